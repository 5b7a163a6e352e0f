/**
 * A closed list of codes and what each one means (party qualifiers, seal issuers, measurement
 * properties and units), matched against a component of a segment table in place: the
 * component is found once and compared with every code, nothing sliced.
 */
import type { SegmentTable } from '../../syntax/segment-table.ts';

export interface CodeList<T> {
  readonly codes: readonly string[];
  /** Each code's character codes, which the table compares in place (`oneOfCodes`). */
  readonly charCodes: readonly Uint16Array[];
  readonly values: readonly T[];
}

/** The list of `[code, meaning]` entries, in the order they are tried (commonest first). */
export function codeList<T>(entries: readonly (readonly [string, T])[]): CodeList<T> {
  const codes = entries.map(([code]) => code);
  const charCodes = codes.map((code) => Uint16Array.from(code, (ch) => ch.charCodeAt(0)));
  return { codes, charCodes, values: entries.map(([, value]) => value) };
}

/** What the code in component (element, component) of segment i means; undefined when unlisted. */
export function codeIn<T>(
  t: SegmentTable,
  i: number,
  element: number,
  component: number,
  list: CodeList<T>,
): T | undefined {
  const k = t.oneOfCodes(i, element, component, list.codes, list.charCodes);
  return k < 0 ? undefined : list.values[k];
}

/**
 * What the code means, `absent` when the component is absent or empty, undefined when the code is
 * not listed (one look-up where a presence test and a match would take two).
 */
export function codeOr<T, A>(
  t: SegmentTable,
  i: number,
  element: number,
  component: number,
  list: CodeList<T>,
  absent: A,
): T | A | undefined {
  const k = t.oneOfCodes(i, element, component, list.codes, list.charCodes);
  return k === -1 ? absent : k < 0 ? undefined : list.values[k];
}
