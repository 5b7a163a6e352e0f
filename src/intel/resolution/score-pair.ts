/**
 * Scores one candidate pair: exact identifier agreements, the address key, and the names compared
 * token by token (Jaro-Winkler, Double Metaphone and romanisation folds, weighted by how rare each
 * token is among the records). A pair whose exclusive identifiers (EORI, VAT, IMO) disagree is
 * never linked, whatever else it shares.
 */
import { nameSimilarity } from '../screening/name-similarity.ts';
import { nameToken, type NameToken } from '../screening/name-token.ts';
import { EXCLUSIVE_KINDS, type IdentifierKind } from './identifier-keys.ts';
import type { Evidence, EvidenceKind, ResolutionWeights } from './match-evidence.ts';
import type { PreparedRecord } from './party-record.ts';

export interface PairScore {
  readonly score: number;
  readonly evidence: readonly Evidence[];
  /** Exclusive identifiers disagree: these are two different legal persons. */
  readonly conflict: boolean;
}

const IDENTIFIER_EVIDENCE: Record<IdentifierKind, [EvidenceKind, keyof ResolutionWeights]> = {
  eori: ['same-eori', 'eori'],
  vat: ['same-vat', 'vat'],
  imo: ['same-imo', 'imo'],
  phone: ['same-phone', 'phone'],
  email: ['same-email', 'email'],
  'email-domain': ['same-email-domain', 'emailDomain'],
};

/** A prepared record with its name tokens weighted for this run. */
export interface ScoredRecord {
  readonly prepared: PreparedRecord;
  readonly nameTokens: readonly NameToken[];
}

export function scoredRecord(prepared: PreparedRecord, weight: (token: string) => number) {
  return { prepared, nameTokens: prepared.tokens.map((t) => nameToken(t, weight(t))) };
}

function nameEvidence(
  x: ScoredRecord,
  y: ScoredRecord,
  w: ResolutionWeights,
): Evidence | undefined {
  const a = x.prepared;
  const b = y.prepared;
  if (a.nameKey === '' || b.nameKey === '') return undefined;
  if (a.nameKey === b.nameKey) return { kind: 'same-name', detail: a.nameKey, weight: w.name };
  const sim = nameSimilarity(x.nameTokens, y.nameTokens, false).score;
  if (sim < w.nameFloor) return undefined;
  const share = (sim - w.nameFloor) / (1 - w.nameFloor);
  return {
    kind: 'similar-name',
    detail: `${a.record.name} ≈ ${b.record.name} (${sim.toFixed(2)})`,
    weight: w.name * (0.5 + 0.5 * share),
  };
}

export function scorePair(x: ScoredRecord, y: ScoredRecord, w: ResolutionWeights): PairScore {
  const a = x.prepared;
  const b = y.prepared;
  const evidence: Evidence[] = [];
  let conflict = false;
  for (const [kind, value] of a.identifiers) {
    const other = b.identifiers.get(kind);
    if (other === undefined) continue;
    if (other !== value) {
      if (EXCLUSIVE_KINDS.has(kind)) conflict = true;
      continue;
    }
    const [evidenceKind, key] = IDENTIFIER_EVIDENCE[kind];
    evidence.push({ kind: evidenceKind, detail: value, weight: w[key] });
  }
  if (a.addressKey !== '' && a.addressKey === b.addressKey)
    evidence.push({ kind: 'same-address', detail: a.addressKey, weight: w.address });
  // The name is compared only when it could lift the pair over the threshold.
  const sofar = evidence.reduce((s, e) => s + e.weight, 0);
  const name = !conflict && sofar + w.name >= w.threshold ? nameEvidence(x, y, w) : undefined;
  if (name) evidence.push(name);
  if (a.country !== '' && b.country !== '' && a.country !== b.country)
    evidence.push({
      kind: 'country-differs',
      detail: `${a.country} / ${b.country}`,
      weight: w.countryDiffers,
    });
  const score = evidence.reduce((s, e) => s + e.weight, 0);
  return { score, evidence, conflict };
}
