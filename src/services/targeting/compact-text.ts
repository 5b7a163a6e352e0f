/**
 * The pieces of the compact stored assessment formats (feature-snapshot.ts,
 * compact-explanation.ts): fields separated by `|`, list items by `^`, numbers in their
 * shortest round-tripping form, and anything that would not survive that plainly (an empty
 * string, a separator inside a value, a leading `~` or `=`, a value of an unexpected type) as
 * `~` + its JSON, with `%` and the separators percent-encoded. Plain characters only, so the
 * JSON parameter that carries a batch to the database escapes nothing.
 */

export const FIELD = '|';
export const ITEM = '^';
const ESCAPED = '~';
/** Starts a reference to an earlier field (feature-snapshot.ts). */
export const SAME_AS = '=';
const PLAIN = /^[^|^~=][^|^]*$/;

/** Any JSON value as one field: its JSON with `%` and the separators percent-encoded. */
export function escapedText(value: unknown): string {
  return ESCAPED + JSON.stringify(value).replace(/[%|^]/g, (c) => PERCENT[c]!);
}

const PERCENT: Readonly<Record<string, string>> = { '%': '%25', '|': '%7C', '^': '%5E' };

export function isEscaped(field: string): boolean {
  return field.startsWith(ESCAPED);
}

export function unescapedValue(field: string): unknown {
  return JSON.parse(decodeURIComponent(field.slice(1))) as unknown;
}

/** A string as one field (or one list item). */
export function stringText(s: string): string {
  return PLAIN.test(s) ? s : escapedText(s);
}

export function stringOf(field: string): string {
  return isEscaped(field) ? String(unescapedValue(field)) : field;
}

/** A number in its shortest round-tripping form (negative zero and non-finite ones kept). */
export function numberText(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

/** A list of strings as one field: items joined, or escaped when an item would not survive. */
export function listText(items: readonly string[]): string {
  if (items.length === 0) return '';
  return items.every((s) => PLAIN.test(s)) ? items.join(ITEM) : escapedText(items);
}

export function listOf(field: string): string[] {
  if (field === '') return [];
  if (isEscaped(field)) return unescapedValue(field) as string[];
  return field.split(ITEM);
}
