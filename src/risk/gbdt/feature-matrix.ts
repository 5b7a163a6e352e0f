/**
 * The numeric input of the trees: one Float64Array per feature (column-major). Numeric features
 * hold their value, categorical features the category code (0, 1, …); NaN means missing or
 * unknown.
 */
export const FEATURE_KINDS = ['numeric', 'categorical'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

export interface FeatureInfo {
  readonly name: string;
  readonly kind: FeatureKind;
}

export interface FeatureMatrix {
  readonly features: readonly FeatureInfo[];
  readonly columns: readonly Float64Array[];
  readonly rows: number;
}

/** Row i of the matrix as a feature vector. */
export function matrixRow(m: FeatureMatrix, i: number): Float64Array {
  const row = new Float64Array(m.features.length);
  for (let f = 0; f < row.length; f++) row[f] = m.columns[f]![i]!;
  return row;
}

/** A matrix from row vectors (tests, small inputs). */
export function matrixFromRows(
  features: readonly FeatureInfo[],
  rows: readonly (readonly number[])[],
): FeatureMatrix {
  const columns = features.map((_, f) => Float64Array.from(rows, (r) => r[f] ?? NaN));
  return { features, columns, rows: rows.length };
}
