/**
 * One interned string per valid segment tag (three upper-case letters or digits), shared by every
 * reader and found by index from the tag's three character codes, without a map: comparisons of
 * tags with tag literals are then pointer checks, and a tag found here needs no other check.
 */
import type { CharCodes } from './char-codes.ts';

/** Value of a tag character: 0-9 for digits, 10-35 for upper-case letters, -1 for any other. */
const VALUES = (() => {
  const v = new Int8Array(128).fill(-1);
  for (let d = 0; d <= 9; d++) v[48 + d] = d;
  for (let l = 0; l < 26; l++) v[65 + l] = 10 + l;
  return v;
})();

/** The tags met so far by index ('' where none yet). */
const TABLE: string[] = new Array<string>(36 * 36 * 36).fill('');

/** The valid tag text[start, start + 3) as its interned string, or undefined when it is not one. */
export function validTagAt(text: string, start: number): string | undefined {
  const k = indexOfCodes(
    text.charCodeAt(start),
    text.charCodeAt(start + 1),
    text.charCodeAt(start + 2),
  );
  if (k < 0) return undefined;
  const tag = TABLE[k] as string;
  return tag === '' ? (TABLE[k] = internedTag(text.slice(start, start + 3))) : tag;
}

/**
 * The index of the valid tag at codes[start, start + 3) of a scanned piece's character codes
 * (`char-codes.ts`), or -1; `tagOfIndexIn` gives its string.
 */
export function tagIndexIn(codes: CharCodes, start: number): number {
  return indexOfCodes(codes[start] ?? 0x80, codes[start + 1] ?? 0x80, codes[start + 2] ?? 0x80);
}

/** The interned string of the valid tag of index k found at codes[start, start + 3). */
export function tagOfIndexIn(k: number, codes: CharCodes, start: number): string {
  const tag = TABLE[k] as string;
  if (tag !== '') return tag;
  const text = String.fromCharCode(codes[start] ?? 0, codes[start + 1] ?? 0, codes[start + 2] ?? 0);
  return (TABLE[k] = internedTag(text));
}

/** The index of three character codes forming a valid tag, or -1. */
function indexOfCodes(a: number, b: number, c: number): number {
  if ((a | b | c) > 0x7f) return -1;
  const x = VALUES[a] as number;
  const y = VALUES[b] as number;
  const z = VALUES[c] as number;
  return x < 0 || y < 0 || z < 0 ? -1 : (x * 36 + y) * 36 + z;
}

/** The string as an internalized property key (the engine keeps one copy of each). */
export function internedTag(tag: string): string {
  return Object.keys({ [tag]: 0 })[0] ?? tag;
}

/** How many indexes `tagIndex` gives. */
export const TAG_INDEXES = TABLE.length;

/** The index of a valid tag (0 to TAG_INDEXES - 1), or -1 for any other string. */
export function tagIndex(tag: string): number {
  if (tag.length !== 3) return -1;
  return indexOfCodes(tag.charCodeAt(0), tag.charCodeAt(1), tag.charCodeAt(2));
}
