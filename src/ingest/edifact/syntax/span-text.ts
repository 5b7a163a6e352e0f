/**
 * Reading components straight out of a segment's span of the decoded text (no release
 * characters inside, so no unescaping): the one implementation behind `SpanSegment` and
 * `SegmentTable`. A span is `text[from, end)`, `from` being the separator after the tag; it is
 * walked through the text's character codes `c` (`char-codes.ts`) and values are sliced from
 * the text `t`.
 */
import type { CharCodes } from './char-codes.ts';

/** Where the last element look-up in a span ended, so the next one can start there. */
export interface SpanCursor {
  /** The segment the cursor belongs to (its object, or its number in a table). */
  key: unknown;
  element: number;
  at: number;
}

/** A class, not a literal: see `newCursor`. */
class Cursor implements SpanCursor {
  key: unknown = undefined;
  element = 1;
  at = 0;
}

/**
 * Made with `new`, which has no allocation site: a literal's site, once the engine saw its
 * objects outlive young collections (every table of a whole input does), would have every later
 * cursor allocated in the old generation, where it stays until a full collection.
 */
export function newCursor(): SpanCursor {
  return new Cursor();
}

/**
 * Index of the first character of component `component` of element `element` (both 1-based),
 * or -1 when the span does not reach it. Readers mostly go through a segment's elements in
 * order, so the look-up starts where the previous one in the same span ended when it can.
 */
export function componentStart(
  c: CharCodes,
  from: number,
  end: number,
  es: number,
  cs: number,
  element: number,
  component: number,
  cursor: SpanCursor,
  key: unknown,
): number {
  let i = from;
  let k = 1;
  if (cursor.key === key && cursor.element <= element) {
    i = cursor.at;
    k = cursor.element;
  }
  // Skip to the separator before the element.
  for (; k < element; k++) {
    if (i >= end) return -1;
    i++;
    while (i < end && c[i] !== es) i++;
  }
  if (i >= end) return -1;
  cursor.key = key;
  cursor.element = element;
  cursor.at = i;
  i++;
  // Skip to the component within the element.
  for (let k = 1; k < component; k++) {
    let ch = 0;
    while (i < end && (ch = c[i] as number) !== es && ch !== cs) i++;
    if (i >= end || ch === es) return -1;
    i++;
  }
  return i;
}

/** Index just past the component starting at `i`. */
export function componentEnd(c: CharCodes, i: number, end: number, es: number, cs: number): number {
  let j = i;
  for (let ch = 0; j < end && (ch = c[j] as number) !== es && ch !== cs;) j++;
  return j;
}

/** The component starting at `i` (from `componentStart`); undefined when absent or empty. */
export function valueFrom(
  t: string,
  c: CharCodes,
  i: number,
  end: number,
  es: number,
  cs: number,
): string | undefined {
  if (i < 0) return undefined;
  const j = componentEnd(c, i, end, es, cs);
  return j === i ? undefined : t.slice(i, j);
}

/** Whether the component starting at `i` reads exactly `expected` (nothing allocated). */
export function valueIsAt(
  c: CharCodes,
  i: number,
  end: number,
  es: number,
  cs: number,
  expected: string,
): boolean {
  if (i < 0 || expected === '') return false;
  const n = expected.length;
  if (i + n > end) return false;
  for (let k = 0; k < n; k++) if (c[i + k] !== expected.charCodeAt(k)) return false;
  if (i + n === end) return true;
  const next = c[i + n];
  return next === es || next === cs;
}

/**
 * The non-empty components of the element whose first component starts at `at`, joined by
 * `glue` ('' when there are none; one slice when there is one); `into` collects them instead
 * when given.
 */
export function joinedFrom(
  t: string,
  c: CharCodes,
  at: number,
  end: number,
  es: number,
  cs: number,
  glue: string,
  into?: string[],
): string {
  if (at < 0) return '';
  let out: string | undefined;
  for (let i = at; ;) {
    let j = i;
    let ch = 0;
    while (j < end && (ch = c[j] as number) !== es && ch !== cs) j++;
    if (j > i) {
      const piece = t.slice(i, j);
      if (into) into.push(piece);
      else out = out === undefined ? piece : out + glue + piece;
    }
    if (j >= end || ch === es) return out ?? '';
    i = j + 1;
  }
}

/** Every element's components (empty ones kept as ''), as the exact path gives them. */
export function splitSpan(
  t: string,
  codes: CharCodes,
  from: number,
  end: number,
  es: number,
  cs: number,
) {
  const out: string[][] = [];
  if (from >= end) return out;
  let components: string[] = [];
  let start = from + 1;
  for (let i = start; i <= end; i++) {
    const c = i === end ? es : (codes[i] as number);
    if (c !== es && c !== cs) continue;
    components.push(t.slice(start, i));
    start = i + 1;
    if (c === es) {
      out.push(components);
      components = [];
    }
  }
  return out;
}

/** Powers of ten a decimal fraction of up to 15 digits divides by (all exact doubles). */
const TENS = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The number the component starting at `i` writes as digits with an optional leading minus and
 * one decimal mark (point or comma) between digits, 15 digits at most: undefined when the
 * component is absent or empty, NaN when it holds anything else (read it as text then). The
 * digits are one whole number below 2^53 divided by an exact power of ten, so the quotient is the
 * correctly rounded value `Number` gives for the same text.
 */
export function decimalAt(
  codes: CharCodes,
  i: number,
  end: number,
  es: number,
  cs: number,
): number | undefined {
  if (i < 0) return undefined;
  let j = i;
  const negative = j < end && codes[j] === 45;
  if (negative) j++;
  let n = 0;
  let digits = 0;
  let mark = -1;
  for (; j < end; j++) {
    const c = codes[j] as number;
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
    } else if (c === es || c === cs) break;
    else if ((c === 46 || c === 44) && mark < 0 && digits > 0) mark = digits;
    else return Number.NaN;
  }
  if (j === i) return undefined;
  if (digits === 0 || digits > 15 || mark === digits) return Number.NaN;
  const value = mark < 0 ? n : n / (TENS[digits - mark] as number);
  return negative ? -value : value;
}
