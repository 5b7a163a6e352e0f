/**
 * The strings of a feature row: every categorical or text value, and every set (as one key),
 * gets a small integer code the first time it is seen, so a container's features fit one
 * Float64Array and rules over strings become table lookups by code. Codes are stable for the
 * life of the dictionary (one per scoring process); they are never stored.
 */
export type DictionaryValue = string | readonly string[];

export interface FeatureDictionary {
  /** Code of a string, added when new. */
  codeOf(value: string): number;
  /** Code of a set of strings (order as given), added when new. */
  codeOfSet(values: readonly string[]): number;
  /** The value a code stands for. */
  valueOf(code: number): DictionaryValue | undefined;
  readonly size: number;
}

// Sets are keyed apart from plain strings: a NUL never occurs in a declared value.
const SET_MARK = '\u0000';

export function createFeatureDictionary(): FeatureDictionary {
  const codes = new Map<string, number>();
  const values: DictionaryValue[] = [];
  const intern = (key: string, value: DictionaryValue) => {
    let code = codes.get(key);
    if (code === undefined) {
      code = values.length;
      codes.set(key, code);
      values.push(value);
    }
    return code;
  };
  return {
    codeOf: (value) => intern(value, value),
    codeOfSet: (list) => intern(SET_MARK + list.join(SET_MARK), list),
    valueOf: (code) => values[code],
    get size() {
      return values.length;
    },
  };
}
