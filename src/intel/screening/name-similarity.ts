/**
 * Similarity of two token sets: tokens aligned one to one (exact, Jaro-Winkler, or same Double
 * Metaphone code), then weighted coverage of each side. Word order does not matter; a missing
 * name part costs its weight on one side only, so "CARO QUINTERO" still finds
 * "CARO QUINTERO, Rafael" while a decoy sharing one common word stays low.
 */
import { jaroWinkler } from './jaro-winkler.ts';
import type { MatchReason } from './match-reason.ts';
import type { NameToken } from './name-token.ts';

/** Below this a token pair is not an alignment at all. */
const MIN_TOKEN_SIMILARITY = 0.84;
/** Same sound, different spelling (QUINTERO / KINTERO). */
const PHONETIC_SIMILARITY = 0.9;
const FOLDED_EQUAL = 0.95;
const FOLDED_DISCOUNT = 0.95;
/** Short tokens differ by one letter between different names (HUANG / ZHANG): stricter. */
const SHORT_TOKEN_SIMILARITY = 0.9;
/** Short metaphone codes collide often (GARCIA / GUEROS): the spelling must be close too. */
const PHONETIC_GATE = 0.75;

export interface NameSimilarity {
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

interface Pair {
  readonly q: number;
  readonly c: number;
  readonly sim: number;
  readonly phonetic: boolean;
}

/** Same spelling once romanisation variants are folded (PHALIX / FELIX, MOURIYO / MURILLO). */
function foldedSimilarity(a: NameToken, b: NameToken): number {
  if (a.folded === b.folded) return FOLDED_EQUAL;
  return FOLDED_DISCOUNT * jaroWinkler(a.folded, b.folded);
}

function tokenPairs(query: readonly NameToken[], cand: readonly NameToken[]): Pair[] {
  const pairs: Pair[] = [];
  for (let q = 0; q < query.length; q++) {
    const a = query[q] as NameToken;
    for (let c = 0; c < cand.length; c++) {
      const b = cand[c] as NameToken;
      const jw = a.token === b.token ? 1 : jaroWinkler(a.token, b.token);
      const fold =
        jw >= 0.95 || (jw < 0.6 && a.skeleton !== b.skeleton) ? 0 : foldedSimilarity(a, b);
      const sameSound =
        (a.phonetic !== '' && a.phonetic === b.phonetic) ||
        (a.skeleton.length > 1 && a.skeleton === b.skeleton);
      const close = Math.max(jw, fold);
      const soundSim = sameSound && close >= PHONETIC_GATE ? PHONETIC_SIMILARITY : 0;
      const sim = Math.max(close, soundSim);
      const phonetic = sim > jw;
      const floor =
        Math.min(a.token.length, b.token.length) < 5
          ? SHORT_TOKEN_SIMILARITY
          : MIN_TOKEN_SIMILARITY;
      if (sim >= floor) pairs.push({ q, c, sim, phonetic });
    }
  }
  return pairs.sort((x, y) => y.sim - x.sim);
}

function reasonFor(p: Pair, query: readonly NameToken[], cand: readonly NameToken[]): MatchReason {
  const a = query[p.q]?.token ?? '';
  const b = cand[p.c]?.token ?? '';
  if (p.sim === 1 && a === b) return { kind: 'exact-token', detail: a };
  const kind = p.phonetic ? 'phonetic-token' : 'fuzzy-token';
  return { kind, detail: `${a} ≈ ${b} (${p.sim.toFixed(2)})` };
}

/** Reasons are only spelled out when `explain` is set: most candidates are dropped unread. */
export function nameSimilarity(
  query: readonly NameToken[],
  cand: readonly NameToken[],
  explain = true,
): NameSimilarity {
  const usedQ = new Uint8Array(query.length);
  const usedC = new Uint8Array(cand.length);
  const reasons: MatchReason[] = [];
  let matched = 0;
  let aligned = 0;
  for (const p of tokenPairs(query, cand)) {
    if (usedQ[p.q] || usedC[p.c]) continue;
    usedQ[p.q] = usedC[p.c] = 1;
    const w = Math.max(query[p.q]?.weight ?? 0, cand[p.c]?.weight ?? 0);
    matched += w * p.sim;
    aligned += w;
    if (explain) reasons.push(reasonFor(p, query, cand));
  }
  let extra = 0;
  let missing = 0;
  query.forEach((t, i) => {
    if (usedQ[i]) return;
    extra += t.weight;
    if (explain) reasons.push({ kind: 'extra-part', detail: t.token });
  });
  cand.forEach((t, i) => {
    if (usedC[i]) return;
    missing += t.weight;
    if (explain) reasons.push({ kind: 'missing-part', detail: t.token });
  });
  if (matched === 0) return { score: 0, reasons };
  const qCov = matched / (aligned + extra);
  const cCov = matched / (aligned + missing);
  return { score: (qCov + cCov) / 2, reasons };
}
