/**
 * Ranks party communities by what matters to an analyst: a member on a seized consignment, then
 * screening (watchlist) hits, then lookout hits; then how densely the group hangs together, how
 * much binds it, and its size. Each community gets the reasons it ranks where it does.
 */
import type { ReasonKind } from './community-kinds.ts';
import { nodeId } from './link-graph.ts';
import type { PartyCommunity } from './party-communities.ts';

export interface SeizureSignal {
  readonly id: string;
  /** A short reference analysts can quote (`S-…`). */
  readonly reference: string;
  readonly label: string;
  readonly billNumber: string;
  /** The entities of the seized bill's shipper, consignee and notify party. */
  readonly entityIds: readonly string[];
}

export interface WatchlistSignal {
  readonly entityId: string;
  readonly listId: string;
  readonly entryId: string;
  readonly narcotics: boolean;
}

export interface LookoutSignal {
  readonly lookoutId: string;
  readonly billNumber: string;
  readonly entityIds: readonly string[];
}

export interface CommunitySignals {
  readonly seizures: readonly SeizureSignal[];
  readonly watchlistHits: readonly WatchlistSignal[];
  readonly lookoutHits: readonly LookoutSignal[];
}

export type CommunityReason =
  | {
      readonly kind: 'seizure';
      readonly seizureId: string;
      readonly reference: string;
      readonly label: string;
      readonly billNumber: string;
      readonly parties: number;
    }
  | {
      readonly kind: 'watchlist';
      readonly hits: number;
      readonly parties: number;
      readonly narcotics: number;
    }
  | {
      readonly kind: 'lookout';
      readonly hits: number;
      readonly parties: number;
      readonly lookouts: readonly string[];
    };

export interface RankedCommunity extends PartyCommunity {
  /** Its place in the ranking, from 1. */
  readonly id: number;
  readonly reasons: readonly CommunityReason[];
}

const inside = (members: ReadonlySet<string>, entityIds: readonly string[]): number =>
  new Set(entityIds.filter((e) => members.has(nodeId('company', e)))).size;

function reasonsOf(c: PartyCommunity, signals: CommunitySignals): CommunityReason[] {
  const members = new Set(c.members);
  const reasons: CommunityReason[] = [];
  for (const s of signals.seizures) {
    const parties = inside(members, s.entityIds);
    if (parties > 0)
      reasons.push({
        kind: 'seizure',
        seizureId: s.id,
        reference: s.reference,
        label: s.label,
        billNumber: s.billNumber,
        parties,
      });
  }
  const hits = new Map<string, WatchlistSignal>();
  for (const h of signals.watchlistHits)
    if (members.has(nodeId('company', h.entityId)))
      hits.set(`${h.entityId} ${h.listId} ${h.entryId}`, h);
  if (hits.size > 0) {
    const list = [...hits.values()];
    reasons.push({
      kind: 'watchlist',
      hits: list.length,
      parties: new Set(list.map((h) => h.entityId)).size,
      narcotics: list.filter((h) => h.narcotics).length,
    });
  }
  const lookouts = signals.lookoutHits.filter((h) => inside(members, h.entityIds) > 0);
  if (lookouts.length > 0)
    reasons.push({
      kind: 'lookout',
      hits: lookouts.length,
      parties: inside(
        members,
        lookouts.flatMap((h) => h.entityIds),
      ),
      lookouts: [...new Set(lookouts.map((h) => h.lookoutId))].sort(),
    });
  return reasons;
}

// Every reason has a kind of the closed list, and every kind a reason.
type Kinds = CommunityReason['kind'];
const sameKinds: [Kinds, ReasonKind] extends [ReasonKind, Kinds] ? true : never = true;
void sameKinds;

/** Seizures, watchlist hits, lookout hits: the figures the ranking compares first. */
function riskOf(reasons: readonly CommunityReason[]): [number, number, number] {
  const risk: [number, number, number] = [0, 0, 0];
  for (const r of reasons)
    switch (r.kind) {
      case 'seizure':
        risk[0]++;
        break;
      case 'watchlist':
        risk[1] += r.hits;
        break;
      case 'lookout':
        risk[2] += r.hits;
        break;
    }
  return risk;
}

/** What binds a group: its shared identifiers and directors, and its pairs that dealt together. */
const evidenceOf = (c: PartyCommunity): number => c.binds.length + c.dealings.pairs;

/**
 * Highest risk first, then the most tightly bound (links per member), then the one with the most
 * evidence, then the largest; ids follow the ranking.
 */
export function rankCommunities(
  communities: readonly PartyCommunity[],
  signals: CommunitySignals,
): RankedCommunity[] {
  const scored = communities.map((c) => {
    const reasons = reasonsOf(c, signals);
    return { c, reasons, risk: riskOf(reasons) };
  });
  scored.sort(
    (a, b) =>
      b.risk[0] - a.risk[0] ||
      b.risk[1] - a.risk[1] ||
      b.risk[2] - a.risk[2] ||
      b.c.cohesion - a.c.cohesion ||
      evidenceOf(b.c) - evidenceOf(a.c) ||
      b.c.members.length - a.c.members.length ||
      (a.c.members[0] ?? '').localeCompare(b.c.members[0] ?? ''),
  );
  return scored.map(({ c, reasons }, i) => ({ ...c, id: i + 1, reasons }));
}

/** The reason in English, for clients that show the API's own words. */
export function describeReason(r: CommunityReason): string {
  const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  switch (r.kind) {
    case 'seizure':
      return `${s(r.parties, 'party', 'parties')} linked to seizure ${r.reference} (${r.label}, bill ${r.billNumber})`;
    case 'watchlist':
      return `${s(r.hits, 'watchlist hit', 'watchlist hits')} on ${s(r.parties, 'party', 'parties')}${r.narcotics > 0 ? `, ${r.narcotics} narcotics` : ''}`;
    case 'lookout':
      return `${s(r.hits, 'lookout hit', 'lookout hits')} on the consignments of ${s(r.parties, 'party', 'parties')}`;
  }
}
