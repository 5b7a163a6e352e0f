/**
 * One cargo condition's test on one value, exactly as `lookout-matcher.ts` words it (`=`: equal
 * once both are upper-cased; `LIKE`: `%` any run, `_` one character, case-insensitive, as a
 * JavaScript regular expression with the `i` and `s` flags reads it), made for testing many
 * values: an ASCII pattern is walked over the value's UTF-16 code units with ASCII letters folded
 * by hand, without a regular expression, an upper-cased copy or any allocation. Such a regular
 * expression folds no character outside ASCII onto one inside it, so a code unit from 128 up only
 * meets `_` or `%`. A pattern with other characters keeps the regular expression.
 */
import type { CargoCondition } from '../../exchange/objects/lookout.ts';

export type ValueTest = (value: string) => boolean;

/** A pattern code unit that `_` stands for: any one code unit. */
const ONE = -1;
/** `%`: any run of code units, none included. */
const RUN = -2;

/** The code unit as an `i` regular expression compares it with an ASCII one. */
const fold = (c: number): number => (c >= 97 && c <= 122 ? c - 32 : c);

export function conditionTest(d: Pick<CargoCondition, 'operator' | 'value'>): ValueTest {
  if (d.operator === '=') return equalsTest(d.value.toUpperCase());
  if (!isAscii(d.value)) return likeRegexTest(d.value);
  const pattern = Array.from(d.value, (ch) =>
    ch === '_' ? ONE : ch === '%' ? RUN : fold(ch.charCodeAt(0)),
  );
  const runs = pattern.filter((p) => p === RUN).length;
  if (runs === 1 && pattern.at(-1) === RUN && !pattern.includes(ONE))
    return prefixTest(pattern.slice(0, -1));
  return (value) => likeMatches(pattern, value);
}

/**
 * The literal head of an ASCII `LIKE` pattern, upper-cased: a value meets the condition only if
 * its first code units are these letters in either case or these other characters. Undefined for
 * `=`, other patterns and patterns that begin with `%` or `_`.
 */
export function literalPrefix(d: Pick<CargoCondition, 'operator' | 'value'>): string | undefined {
  if (d.operator !== 'LIKE' || !isAscii(d.value)) return undefined;
  const end = d.value.search(/[%_]/);
  const head = (end < 0 ? d.value : d.value.slice(0, end)).toUpperCase();
  return head === '' ? undefined : head;
}

/** `value.toUpperCase() === expected`, upper-casing only values with code units from 128 up. */
function equalsTest(expected: string): ValueTest {
  return (value) => {
    const n = value.length;
    for (let j = 0; j < n; j++) {
      const c = value.charCodeAt(j);
      // Upper-casing keeps an ASCII head in place, so a difference there is final.
      if (c >= 128) return value.toUpperCase() === expected;
      if (fold(c) !== expected.charCodeAt(j)) return false;
    }
    return n === expected.length;
  };
}

/** A pattern of literals followed by one `%`. */
function prefixTest(head: readonly number[]): ValueTest {
  const k = head.length;
  return (value) => {
    if (value.length < k) return false;
    for (let j = 0; j < k; j++) if (fold(value.charCodeAt(j)) !== head[j]) return false;
    return true;
  };
}

/**
 * Wildcard matching with backtracking to the last `%` only: a later `%` can absorb whatever an
 * earlier one would have, so this finds a match whenever one exists.
 */
function likeMatches(pattern: readonly number[], value: string): boolean {
  const m = pattern.length;
  const n = value.length;
  let i = 0;
  let j = 0;
  let star = -1;
  let resume = 0;
  while (j < n) {
    const p = i < m ? pattern[i]! : 0;
    if (i < m && (p === ONE || p === fold(value.charCodeAt(j)))) {
      i++;
      j++;
    } else if (p === RUN) {
      star = i++;
      resume = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++resume;
    } else return false;
  }
  while (i < m && pattern[i] === RUN) i++;
  return i === m;
}

/** The regular expression `lookout-matcher.ts` makes of a LIKE pattern. */
function likeRegexTest(value: string): ValueTest {
  const pattern = value
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replaceAll('%', '.*')
    .replaceAll('_', '.');
  const re = new RegExp(`^${pattern}$`, 'is');
  return (v) => re.test(v);
}

function isAscii(s: string): boolean {
  for (let j = 0; j < s.length; j++) if (s.charCodeAt(j) >= 128) return false;
  return true;
}
