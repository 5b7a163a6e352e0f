/**
 * Similarity of two token sets: tokens aligned one to one (exact, Jaro-Winkler, or same Double
 * Metaphone code), then weighted coverage of each side, each in its own tokens' weights. Word
 * order does not matter; a missing name part costs its weight on one side only, so
 * "CARO QUINTERO" still finds "CARO QUINTERO, Rafael" while a decoy sharing one common word stays
 * low. Names that align only on generic trade words (IMPORT EXPORT) do not match at all.
 */
import type { MatchReason } from './match-reason.ts';
import type { NameToken } from './name-token.ts';
import { tokenPairSimilarity } from './token-pair-similarity.ts';

export interface NameSimilarity {
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

/**
 * Aligning pairs, best first (pairs of equal similarity in query-then-candidate order), kept in
 * reused typed arrays: scoring runs for every candidate and allocates nothing per pair.
 */
const pairs = {
  count: 0,
  q: new Int32Array(64),
  c: new Int32Array(64),
  /** Signed as `tokenPairSimilarity` returns it. */
  sim: new Float64Array(64),
};

function growPairs(size: number): void {
  if (pairs.q.length >= size) return;
  pairs.q = new Int32Array(size);
  pairs.c = new Int32Array(size);
  pairs.sim = new Float64Array(size);
}

/** Inserts after every pair at least as similar, as a stable sort by similarity would. */
function insertPair(q: number, c: number, signed: number): void {
  const sim = Math.abs(signed);
  let at = pairs.count++;
  while (at > 0 && Math.abs(pairs.sim[at - 1] as number) < sim) {
    pairs.q[at] = pairs.q[at - 1] as number;
    pairs.c[at] = pairs.c[at - 1] as number;
    pairs.sim[at] = pairs.sim[at - 1] as number;
    at--;
  }
  pairs.q[at] = q;
  pairs.c[at] = c;
  pairs.sim[at] = signed;
}

/** Signed similarity of every query token (rows) with every candidate token (columns). */
const matrix = { sims: new Float64Array(64) };

/** A reused matrix with room for `size` pairs, for callers that fill it themselves. */
export function pairMatrix(size: number): Float64Array {
  if (matrix.sims.length < size)
    matrix.sims = new Float64Array(Math.max(size, 2 * matrix.sims.length));
  return matrix.sims;
}

function fillPairMatrix(query: readonly NameToken[], cand: readonly NameToken[]): Float64Array {
  const sims = pairMatrix(query.length * cand.length);
  for (let q = 0, k = 0; q < query.length; q++) {
    const a = query[q] as NameToken;
    for (let c = 0; c < cand.length; c++, k++)
      sims[k] = tokenPairSimilarity(a, cand[c] as NameToken);
  }
  return sims;
}

function alignPairs(queryLength: number, candLength: number, sims: Float64Array): void {
  growPairs(queryLength * candLength);
  pairs.count = 0;
  for (let q = 0, k = 0; q < queryLength; q++) {
    for (let c = 0; c < candLength; c++, k++) {
      const signed = sims[k] as number;
      if (signed !== 0) insertPair(q, c, signed);
    }
  }
}

function reasonFor(a: string, b: string, signed: number): MatchReason {
  const sim = Math.abs(signed);
  if (sim === 1 && a === b) return { kind: 'exact-token', detail: a };
  const kind = signed < 0 ? 'phonetic-token' : 'fuzzy-token';
  return { kind, detail: `${a} ≈ ${b} (${sim.toFixed(2)})` };
}

/** Reasons are only spelled out when `explain` is set: most candidates are dropped unread. */
export function nameSimilarity(
  query: readonly NameToken[],
  cand: readonly NameToken[],
  explain = true,
): NameSimilarity {
  return alignedSimilarity(query, cand, fillPairMatrix(query, cand), explain);
}

/**
 * `nameSimilarity` from the pair similarities already worked out (`sims`, row-major, as
 * `tokenPairSimilarity` gives them).
 */
export function alignedSimilarity(
  query: readonly NameToken[],
  cand: readonly NameToken[],
  sims: Float64Array,
  explain: boolean,
): NameSimilarity {
  const reasons: MatchReason[] = [];
  const score = align(query, cand, sims, explain ? reasons : undefined);
  return { score, reasons };
}

/** The score alone, allocating nothing. */
export function alignedScore(
  query: readonly NameToken[],
  cand: readonly NameToken[],
  sims: Float64Array,
): number {
  return align(query, cand, sims, undefined);
}

const used = { q: new Uint8Array(16), c: new Uint8Array(16) };

function usedFlags(queryLength: number, candLength: number): { q: Uint8Array; c: Uint8Array } {
  if (used.q.length < queryLength) used.q = new Uint8Array(2 * queryLength);
  if (used.c.length < candLength) used.c = new Uint8Array(2 * candLength);
  used.q.fill(0, 0, queryLength);
  used.c.fill(0, 0, candLength);
  return used;
}

/** Greedy one-to-one alignment, best pairs first, then weighted coverage of both sides. */
function align(
  query: readonly NameToken[],
  cand: readonly NameToken[],
  sims: Float64Array,
  reasons: MatchReason[] | undefined,
): number {
  alignPairs(query.length, cand.length, sims);
  const { q: usedQ, c: usedC } = usedFlags(query.length, cand.length);
  // Each side's coverage in its own tokens' weights: a word unknown to the list (IMPORTS) says
  // nothing of how rare it is, so it must not lend its default rare weight to the list word it
  // aligns with, nor a rare list word lend its weight to a common query word.
  let matchedQ = 0;
  let matchedC = 0;
  let identifying = false;
  for (let k = 0; k < pairs.count; k++) {
    const q = pairs.q[k] as number;
    const c = pairs.c[k] as number;
    if (usedQ[q] || usedC[c]) continue;
    usedQ[q] = usedC[c] = 1;
    const a = query[q] as NameToken;
    const b = cand[c] as NameToken;
    const signed = pairs.sim[k] as number;
    matchedQ += a.weight * Math.abs(signed);
    matchedC += b.weight * Math.abs(signed);
    if (!a.generic && !b.generic) identifying = true;
    reasons?.push(reasonFor(a.token, b.token, signed));
  }
  let totalQ = 0;
  for (let i = 0; i < query.length; i++) {
    const t = query[i] as NameToken;
    totalQ += t.weight;
    if (!usedQ[i]) reasons?.push({ kind: 'extra-part', detail: t.token });
  }
  let totalC = 0;
  let genericOnly = true;
  let missing = false;
  for (let i = 0; i < cand.length; i++) {
    const t = cand[i] as NameToken;
    totalC += t.weight;
    if (!t.generic) genericOnly = false;
    if (usedC[i]) continue;
    missing = true;
    reasons?.push({ kind: 'missing-part', detail: t.token });
  }
  if (matchedQ === 0) return 0;
  // Generic words alone (IMPORT EXPORT, UNITED GLOBAL) identify no one: a name matches on them
  // only when the listed name is made of them and all of it is there.
  if (!identifying && !(genericOnly && !missing)) return 0;
  return (matchedQ / totalQ + matchedC / totalC) / 2;
}
