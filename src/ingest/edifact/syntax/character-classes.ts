/**
 * A lookup table from UTF-16 code unit to what the scanner must do with it, so the hot loop does
 * one typed-array read per character instead of a chain of comparisons.
 */
import { hasRepetition } from './delimiters.ts';
import type { Delimiters } from './segment.ts';
import { repertoireAllows, type SyntaxIdentifier } from './syntax-identifier.ts';

export const CHAR_TEXT = 0;
export const CHAR_COMPONENT = 1;
export const CHAR_ELEMENT = 2;
export const CHAR_REPETITION = 3;
export const CHAR_RELEASE = 4;
export const CHAR_TERMINATOR = 5;
export const CHAR_LINE_BREAK = 6;
export const CHAR_OUTSIDE = 7;

const TABLE_SIZE = 0x10000;

const cache = new Map<string, Uint8Array>();
const CACHE_LIMIT = 16;

/** Classes for every code unit under the given delimiters and repertoire (shared, read-only). */
export function characterClasses(d: Delimiters, syntax: SyntaxIdentifier): Uint8Array {
  const key = `${syntax}${d.component}${d.element}${d.release}${d.repetition}${d.segment}`;
  let table = cache.get(key);
  if (table) return table;
  table = buildTable(d, syntax);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, table);
  return table;
}

function buildTable(d: Delimiters, syntax: SyntaxIdentifier): Uint8Array {
  const table = new Uint8Array(TABLE_SIZE);
  for (let c = 0; c < 0x100; c++) if (!repertoireAllows(syntax, c)) table[c] = CHAR_OUTSIDE;
  // Single-byte Latin-1 repertoires decode to U+0000..U+00FF only; anything above came from elsewhere.
  if (syntax === 'UNOA' || syntax === 'UNOB' || syntax === 'UNOC') table.fill(CHAR_OUTSIDE, 0x100);
  table[0xfffd] = CHAR_OUTSIDE;
  table[10] = CHAR_LINE_BREAK;
  table[13] = CHAR_LINE_BREAK;
  set(table, d.component, CHAR_COMPONENT);
  set(table, d.element, CHAR_ELEMENT);
  if (hasRepetition(d)) set(table, d.repetition, CHAR_REPETITION);
  if (d.release !== ' ') set(table, d.release, CHAR_RELEASE);
  set(table, d.segment, CHAR_TERMINATOR);
  return table;
}

function set(table: Uint8Array, ch: string, cls: number): void {
  if (ch.length === 1) table[ch.charCodeAt(0)] = cls;
}
