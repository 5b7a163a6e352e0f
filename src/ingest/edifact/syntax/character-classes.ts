/**
 * A lookup table from UTF-16 code unit to what the scanner must do with it, so the hot loop does
 * one typed-array read per character instead of a chain of comparisons.
 */
import { hasRepetition } from './delimiters.ts';
import type { Delimiters } from './segment.ts';
import { repertoireAllows, type SyntaxIdentifier } from './syntax-identifier.ts';

/** What the scanner does with a character; the values are indexes in the class table. */
export const CHAR_CLASSES = Object.freeze({
  TEXT: 0,
  COMPONENT: 1,
  ELEMENT: 2,
  REPETITION: 3,
  RELEASE: 4,
  TERMINATOR: 5,
  LINE_BREAK: 6,
  OUTSIDE: 7,
} as const);
const { COMPONENT, ELEMENT, REPETITION, RELEASE, TERMINATOR, LINE_BREAK, OUTSIDE } = CHAR_CLASSES;

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
  for (let c = 0; c < 0x100; c++) if (!repertoireAllows(syntax, c)) table[c] = OUTSIDE;
  // Single-byte Latin-1 repertoires decode to U+0000..U+00FF only; anything above came from elsewhere.
  if (syntax === 'UNOA' || syntax === 'UNOB' || syntax === 'UNOC') table.fill(OUTSIDE, 0x100);
  table[0xfffd] = OUTSIDE;
  table[10] = LINE_BREAK;
  table[13] = LINE_BREAK;
  set(table, d.component, COMPONENT);
  set(table, d.element, ELEMENT);
  if (hasRepetition(d)) set(table, d.repetition, REPETITION);
  if (d.release !== ' ') set(table, d.release, RELEASE);
  set(table, d.segment, TERMINATOR);
  return table;
}

function set(table: Uint8Array, ch: string, cls: number): void {
  if (ch.length === 1) table[ch.charCodeAt(0)] = cls;
}
