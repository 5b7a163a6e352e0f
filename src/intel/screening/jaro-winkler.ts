/**
 * Jaro-Winkler similarity on ASCII tokens. Written here rather than taken from `talisman`
 * because it runs millions of times per screening batch and needs typed, allocation-light code.
 */

const scratchA = new Uint8Array(64);
const scratchB = new Uint8Array(64);

function jaroScore(a: string, b: string, matches: number, transpositions: number): number {
  const m = matches;
  return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
}

/** Tokens up to 31 characters (all but a handful): matched positions kept as bits of an int. */
function jaroShort(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let flagsA = 0;
  let flagsB = 0;
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const ch = a.charCodeAt(i);
    const hi = Math.min(lb - 1, i + window);
    for (let j = Math.max(0, i - window); j <= hi; j++) {
      if ((flagsB & (1 << j)) === 0 && ch === b.charCodeAt(j)) {
        flagsA |= 1 << i;
        flagsB |= 1 << j;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if ((flagsA & (1 << i)) === 0) continue;
    while ((flagsB & (1 << j)) === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  return jaroScore(a, b, matches, transpositions);
}

function jaro(a: string, b: string): number {
  if (a.length < 32 && b.length < 32) return jaroShort(a, b);
  if (a.length > 64 || b.length > 64) return a === b ? 1 : 0;
  const window = Math.max(0, (Math.max(a.length, b.length) >> 1) - 1);
  scratchA.fill(0, 0, a.length);
  scratchB.fill(0, 0, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (scratchB[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        scratchA[i] = 1;
        scratchB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (scratchA[i] === 0) continue;
    while (scratchB[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  return jaroScore(a, b, matches, transpositions);
}

/** 0 (nothing alike) to 1 (equal); common prefixes up to 4 characters weigh more. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const j = jaro(a, b);
  let prefix = 0;
  while (
    prefix < 4 &&
    prefix < a.length &&
    prefix < b.length &&
    a.charCodeAt(prefix) === b.charCodeAt(prefix)
  )
    prefix++;
  return j + prefix * 0.1 * (1 - j);
}
