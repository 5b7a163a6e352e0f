/**
 * A container's features as one Float64Array in schema order (FEATURES): numbers as they are,
 * booleans 1/0, categorical and text values and sets as dictionary codes, NaN where the input
 * does not say. This is what the fast scoring path (compiled row rules, flattened trees) reads;
 * `rowValue` turns a cell back into the feature's value for reasons and explanations.
 */
import type { FeatureDictionary } from './feature-dictionary.ts';
import { FEATURES, type FeatureKind } from './feature-schema.ts';
import { featureValuesInto } from './feature-values-list.ts';
import type { FeatureValues } from './feature-vector.ts';

export const FEATURE_COUNT = FEATURES.length;

const INDEX: ReadonlyMap<string, number> = new Map(FEATURES.map((f, i) => [f.name, i]));
const KINDS: readonly FeatureKind[] = FEATURES.map((f) => f.kind);
/** The values of the record being encoded (encoding is synchronous: one at a time). */
const VALUES: unknown[] = new Array<unknown>(FEATURE_COUNT).fill(undefined);

/** Position of a feature in the row, or -1 for a name not in the schema. */
export function featureIndex(name: string): number {
  return INDEX.get(name) ?? -1;
}

export function featureKindAt(index: number): FeatureKind {
  return KINDS[index]!;
}

export function encodeFeatureRow(
  values: Readonly<FeatureValues>,
  dictionary: FeatureDictionary,
  out: Float64Array = new Float64Array(FEATURE_COUNT),
): Float64Array {
  const list = featureValuesInto(values, VALUES);
  for (let i = 0; i < FEATURE_COUNT; i++) {
    const x = list[i];
    out[i] =
      x === undefined || x === null
        ? NaN
        : typeof x === 'number'
          ? x
          : typeof x === 'boolean'
            ? x
              ? 1
              : 0
            : typeof x === 'string'
              ? dictionary.codeOf(x)
              : Array.isArray(x)
                ? dictionary.codeOfSet(x as string[])
                : NaN;
  }
  return out;
}

/** The value of feature `index` in a row, as the feature record holds it (undefined if missing). */
export function rowValue(
  row: ArrayLike<number>,
  index: number,
  dictionary: FeatureDictionary,
): unknown {
  return cellValue(row[index]!, KINDS[index]!, dictionary);
}

export function cellValue(x: number, kind: FeatureKind, dictionary: FeatureDictionary): unknown {
  if (Number.isNaN(x)) return undefined;
  switch (kind) {
    case 'numeric':
      return x;
    case 'boolean':
      return x === 1;
    case 'categorical':
    case 'text':
    case 'set':
      return dictionary.valueOf(x);
  }
}
