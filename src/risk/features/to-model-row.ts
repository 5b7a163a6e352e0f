/**
 * The model's view of a feature vector: a dense row of numeric and categorical columns in a
 * fixed order (MODEL_COLUMNS), for the gradient-boosted trees. Booleans become 0/1, missing
 * numbers NaN, missing categories null; sets and free text stay out (their counts and flags are
 * features of their own).
 */
import { FEATURES, type FeatureName } from './feature-schema.ts';
import type { FeatureVector } from './feature-vector.ts';

export const MODEL_COLUMN_KINDS = ['numeric', 'categorical'] as const;
export type ModelColumnKind = (typeof MODEL_COLUMN_KINDS)[number];

export interface ModelColumn {
  readonly name: FeatureName;
  readonly kind: ModelColumnKind;
}

export type ModelRow = (number | string | null)[];

export const MODEL_COLUMNS: readonly ModelColumn[] = FEATURES.flatMap((f): ModelColumn[] => {
  switch (f.kind) {
    case 'numeric':
    case 'boolean':
      return [{ name: f.name, kind: 'numeric' }];
    case 'categorical':
      return [{ name: f.name, kind: 'categorical' }];
    case 'set':
    case 'text':
      return [];
  }
});

export function toModelRow(fv: FeatureVector): ModelRow {
  const values = fv.values as Readonly<Record<FeatureName, unknown>>;
  const row: ModelRow = new Array<number | string | null>(MODEL_COLUMNS.length);
  for (let i = 0; i < MODEL_COLUMNS.length; i++) {
    const col = MODEL_COLUMNS[i]!;
    const x = values[col.name];
    if (col.kind === 'categorical') row[i] = typeof x === 'string' ? x : null;
    else row[i] = typeof x === 'number' ? x : typeof x === 'boolean' ? (x ? 1 : 0) : Number.NaN;
  }
  return row;
}
