/**
 * Feature vectors of synthetic consignments and their model rows, categorical cells encoded by
 * their index in the category lists seen (NaN for none), as the service encodes them: the
 * training data of the tests that compare tree walks and scorers.
 */
import { computeFeatures } from '../compute-features.ts';
import type { FeatureVector } from '../feature-vector.ts';
import { MODEL_COLUMNS, toModelRow, type ModelRow } from '../to-model-row.ts';
import { seededRandom, syntheticInput } from './synthetic-consignments.ts';

export const SYNTHETIC_NOW = Date.parse('2026-03-01T00:00:00Z');

export interface SyntheticModelRows {
  readonly vectors: FeatureVector[];
  /** Category lists by column name (code = index). */
  readonly categories: Record<string, string[]>;
  readonly encode: (row: ModelRow) => Float64Array;
  readonly rows: Float64Array[];
  /** The rows by column, for training. */
  readonly columns: Float64Array[];
}

export function syntheticModelRows(seed: number, consignments: number): SyntheticModelRows {
  const rnd = seededRandom(seed);
  const vectors = Array.from({ length: consignments }, (_, i) =>
    computeFeatures(syntheticInput(rnd, i, { now: SYNTHETIC_NOW, anomalyRate: 0.05 })),
  ).flat();
  const categories = Object.fromEntries(
    MODEL_COLUMNS.filter((c) => c.kind === 'categorical').map((c) => [
      c.name,
      [...new Set(vectors.map((v) => v.values[c.name]).filter((x) => typeof x === 'string'))],
    ]),
  );
  const encode = (row: ModelRow) =>
    Float64Array.from(row, (x, i) => {
      const list = categories[MODEL_COLUMNS[i]!.name];
      if (!list) return x as number;
      const k = typeof x === 'string' ? list.indexOf(x) : -1;
      return k < 0 ? NaN : k;
    });
  const rows = vectors.map((v) => encode(toModelRow(v)));
  const columns = MODEL_COLUMNS.map((_, c) => Float64Array.from(rows, (r) => r[c]!));
  return { vectors, categories, encode, rows, columns };
}
