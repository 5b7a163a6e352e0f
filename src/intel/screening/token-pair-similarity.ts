/**
 * How alike two name tokens are, for aligning names: Jaro-Winkler on the spelling, on the
 * romanisation-folded spelling (discounted), or a fixed similarity for the same sound; pairs
 * below a floor (stricter for short tokens) do not align at all.
 */
import { jaroWinkler } from './jaro-winkler.ts';
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

/** Whether `longer` with one letter left out is `shorter`. */
function oneLetterMore(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i);
}

/**
 * The sound codes drop vowels (and the skeleton H too), so they also equate names of a different
 * number of syllables (YANG / YINGJIE, HUANG / JIANGZHOU, DIALLO / DOLL); romanisation changes
 * letters, not syllables. A letter left out by a typo may drop one (PNACEA / PANACEA).
 */
function sameSyllables(a: NameToken, b: NameToken): boolean {
  if (a.syllables === b.syllables) return true;
  return a.token.length > b.token.length
    ? oneLetterMore(a.token, b.token)
    : oneLetterMore(b.token, a.token);
}

/** Same spelling once romanisation variants are folded (PHALIX / FELIX, MOURIYO / MURILLO). */
function foldedSimilarity(a: NameToken, b: NameToken): number {
  if (a.folded === b.folded) return FOLDED_EQUAL;
  return FOLDED_DISCOUNT * jaroWinkler(a.folded, b.folded);
}

/**
 * The pair's similarity when it aligns, negated when it aligns by folding or sound rather than
 * by spelling (a phonetic alignment); 0 when it does not align.
 */
export function tokenPairSimilarity(a: NameToken, b: NameToken): number {
  const jw = a.token === b.token ? 1 : jaroWinkler(a.token, b.token);
  const fold = jw >= 0.95 || (jw < 0.6 && a.skeleton !== b.skeleton) ? 0 : foldedSimilarity(a, b);
  const sameSound =
    ((a.phonetic !== '' && a.phonetic === b.phonetic) ||
      (a.skeleton.length > 1 && a.skeleton === b.skeleton)) &&
    sameSyllables(a, b);
  const close = Math.max(jw, fold);
  const soundSim = sameSound && close >= PHONETIC_GATE ? PHONETIC_SIMILARITY : 0;
  const sim = Math.max(close, soundSim);
  const floor =
    Math.min(a.token.length, b.token.length) < 5 ? SHORT_TOKEN_SIMILARITY : MIN_TOKEN_SIMILARITY;
  if (sim < floor) return 0;
  return sim > jw ? -sim : sim;
}
