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

const TILDE = 126;
const EQUALS = 61;
const BAR = 124;
const CARET = 94;

/**
 * Whether a string is written as it is: not empty, no separator, no leading `~` or `=`. Read by
 * character code, not a pattern: every stored text tests a few dozen short strings.
 */
function isPlain(s: string): boolean {
  if (s.length === 0) return false;
  const first = s.charCodeAt(0);
  if (first === TILDE || first === EQUALS || first === BAR || first === CARET) return false;
  return s.indexOf(FIELD, 1) < 0 && s.indexOf(ITEM, 1) < 0;
}

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
  return isPlain(s) ? s : escapedText(s);
}

export function stringOf(field: string): string {
  return isEscaped(field) ? String(unescapedValue(field)) : field;
}

/** A number in its shortest round-tripping form (negative zero and non-finite ones kept). */
export function numberText(n: number): string {
  return n === 0 && 1 / n < 0 ? '-0' : String(n);
}

const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000', '0000000'];

/**
 * A safe integer's digits, as String writes them: one above 10⁸ in two parts, each a small
 * integer, several times faster than String on the whole number.
 */
export function integerText(n: number): string {
  if (n < 1e8 && n > -1e8) return String(n);
  const abs = n < 0 ? -n : n;
  const high = Math.floor(abs / 1e8);
  const low = String(abs - high * 1e8);
  return (n < 0 ? '-' : '') + String(high) + ZEROS[8 - low.length]! + low;
}

/** A list of strings as one field: items joined, or escaped when an item would not survive. */
export function listText(items: readonly string[]): string {
  const n = items.length;
  if (n === 0) return '';
  if (n === 1) return isPlain(items[0]!) ? items[0]! : escapedText(items);
  for (let i = 0; i < n; i++) if (!isPlain(items[i]!)) return escapedText(items);
  return items.join(ITEM);
}

export function listOf(field: string): string[] {
  if (field === '') return [];
  if (isEscaped(field)) return unescapedValue(field) as string[];
  return field.split(ITEM);
}
