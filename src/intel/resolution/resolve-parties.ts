/**
 * Entity resolution over a set of party records: prepare, apply analysts' decisions, join records
 * sharing an exclusive identifier (EORI, VAT, IMO) directly, then records filed with the same name
 * at the same address, block, score the candidate pairs, cluster, and return each entity with its
 * members, the identifiers its records share (with any clearly different names filed under one),
 * the names and addresses that joined its records, and the links that joined the rest, each link
 * with the evidence behind it.
 */
import { candidatePairs } from './candidate-pairs.ts';
import { applyDecisions, Clusters, type Link } from './cluster-records.ts';
import {
  explainIdentifiers,
  type IdentifierConflict,
  type IdentifierExplanation,
  type SharedIdentifier,
} from './identifier-explanation.ts';
import { DEFAULT_WEIGHTS, type Evidence, type ResolutionWeights } from './match-evidence.ts';
import { prepareRecord, type PartyRecord, type PreparedRecord } from './party-record.ts';
import type { ResolutionDecision } from './resolution-decision.ts';
import { scoredRecord, scorePair, type ScoredRecord } from './score-pair.ts';
import {
  explainSameNameAddress,
  joinSameNameAddress,
  type SameNameAndAddress,
} from './same-name-address.ts';
import { joinSharedIdentifiers } from './shared-identifiers.ts';

export interface EntityLink {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

export interface ResolvedEntity {
  /** Derived from the smallest member id: stable while that member stays in the entity. */
  readonly id: string;
  readonly memberIds: readonly string[];
  /** The links that joined the members (a spanning tree), strongest first. */
  readonly links: readonly EntityLink[];
  /** Exclusive identifiers its members share (they joined those members), most carried first. */
  readonly shared: readonly SharedIdentifier[];
  /** Clearly different names filed under one of those identifiers: a possibly misused one. */
  readonly conflicts: readonly IdentifierConflict[];
  /** Names filed at one address that joined its members directly, most records first. */
  readonly sameNameAndAddress: readonly SameNameAndAddress[];
}

export interface ResolutionResult {
  readonly entities: readonly ResolvedEntity[];
  readonly candidatePairs: number;
}

export interface ResolutionOptions {
  readonly weights?: ResolutionWeights;
  readonly decisions?: readonly ResolutionDecision[];
}

/** Rare tokens count more: inverse document frequency over the records, scaled to 0.2..1. */
function tokenWeights(records: readonly PreparedRecord[]): (token: string) => number {
  const df = new Map<string, number>();
  for (const r of records) for (const t of new Set(r.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const max = Math.log(records.length + 1);
  return (t) => Math.max(0.2, Math.log((records.length + 1) / (df.get(t) ?? 1)) / max);
}

export function entityIdOf(memberIds: readonly string[]): string {
  return `E-${[...memberIds].sort()[0] ?? ''}`;
}

export function resolveParties(
  records: readonly PartyRecord[],
  options: ResolutionOptions = {},
): ResolutionResult {
  const w = options.weights ?? DEFAULT_WEIGHTS;
  const prepared = records.map(prepareRecord);
  const weight = tokenWeights(prepared);
  const scored = prepared.map((p) => scoredRecord(p, weight));
  const index = new Map(records.map((r, i) => [r.id, i]));
  const clusters = new Clusters(prepared);
  applyDecisions(clusters, options.decisions ?? [], index);
  joinSharedIdentifiers(prepared, clusters);
  // Only when an identical name and address link two records on their own (the default weights).
  const joined =
    w.name + w.address >= w.threshold ? joinSameNameAddress(prepared, clusters) : new Set<string>();
  const pairs = candidatePairs(prepared, w.name >= w.threshold, (i) => clusters.find(i));
  const links: Array<Link & { evidence: readonly Evidence[] }> = [];
  for (const [i, j] of pairs) {
    const s = scorePair(scored[i] as ScoredRecord, scored[j] as ScoredRecord, w);
    if (!s.conflict && s.score >= w.threshold) links.push({ i, j, ...s });
  }
  links.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const tree = new Map<number, EntityLink[]>();
  for (const l of links) {
    const before = clusters.find(l.i) !== clusters.find(l.j);
    if (!before || !clusters.join(l.i, l.j)) continue;
    const a = (records[l.i] as PartyRecord).id;
    const b = (records[l.j] as PartyRecord).id;
    const list = tree.get(l.i) ?? [];
    list.push({ a, b, score: l.score, evidence: l.evidence });
    tree.set(l.i, list);
  }
  const rootOf = (i: number) => clusters.find(i);
  const explained = {
    identifiers: explainIdentifiers(scored, rootOf),
    sameNameAddress: explainSameNameAddress(prepared, rootOf, joined),
  };
  return { entities: collect(records, clusters, tree, explained), candidatePairs: pairs.length };
}

interface Explained {
  readonly identifiers: ReadonlyMap<number, IdentifierExplanation>;
  readonly sameNameAddress: ReadonlyMap<number, readonly SameNameAndAddress[]>;
}

const NOTHING_SHARED: IdentifierExplanation = { shared: [], conflicts: [] };

function collect(
  records: readonly PartyRecord[],
  clusters: Clusters,
  tree: ReadonlyMap<number, EntityLink[]>,
  explained: Explained,
): ResolvedEntity[] {
  const members = new Map<number, string[]>();
  const links = new Map<number, EntityLink[]>();
  records.forEach((r, i) => {
    const root = clusters.find(i);
    const list = members.get(root);
    if (list) list.push(r.id);
    else members.set(root, [r.id]);
    const own = tree.get(i);
    if (!own) return;
    const joined = links.get(root);
    if (joined) joined.push(...own);
    else links.set(root, [...own]);
  });
  return [...members].map(([root, ids]) => ({
    id: entityIdOf(ids),
    memberIds: ids,
    links: (links.get(root) ?? []).sort((x, y) => y.score - x.score),
    ...(explained.identifiers.get(root) ?? NOTHING_SHARED),
    sameNameAndAddress: explained.sameNameAddress.get(root) ?? [],
  }));
}
