/** The fitted recipe that turns any table with the training columns into the model's matrix. */
import type { ColumnEncoding } from './column-encoding.ts';

export const CATEGORICAL_ENCODINGS = ['native', 'target', 'ordinal', 'both'] as const;
/**
 * Low-cardinality categorical columns are always split natively by the trees. High-cardinality
 * ones are: native (category codes, rare ones pooled); target (out-of-fold target encoding +
 * training count); ordinal (frequency rank as a number + target encoding + count); both (native
 * codes + target encoding + count).
 */
export type CategoricalEncoding = (typeof CATEGORICAL_ENCODINGS)[number];

/** Chosen on the customs benchmark's validation split (see bench/customs.bench.ts). */
export const DEFAULT_CATEGORICAL_ENCODING: CategoricalEncoding = 'target';

export interface TableSchema {
  readonly formatVersion: 1;
  readonly label: string;
  readonly dropped: readonly string[];
  readonly categoricalEncoding: CategoricalEncoding;
  readonly encodings: readonly ColumnEncoding[];
}
