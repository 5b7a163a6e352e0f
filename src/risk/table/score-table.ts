/** Scores every row of a table with a model, in input order; optionally explains each score. */
import { fail, ok, type Result } from '../../core/result.ts';
import { matrixRow } from '../gbdt/feature-matrix.ts';
import { createPredictor, type GbdtPredictor } from '../gbdt/gbdt-predictor.ts';
import type { CsvTable } from './csv-table.ts';
import { encodeTable } from './encode-table.ts';
import type { TableModel } from './table-model.ts';

export interface FeatureContribution {
  readonly feature: string;
  readonly value: number;
}

export interface TableScores {
  /** Probability per row. */
  readonly scores: Float64Array;
  /** The k largest contributions (by absolute value) per row, when asked for. */
  readonly explanations?: readonly (readonly FeatureContribution[])[];
}

export function scoreTable(
  model: TableModel,
  table: CsvTable,
  explainTop = 0,
  predictor: GbdtPredictor = createPredictor(model.gbdt),
): Result<TableScores> {
  const matrix = encodeTable(model.table, table);
  if (!matrix.ok) return fail(...matrix.diagnostics);
  const scores = predictor.predictMatrix(matrix.value);
  if (explainTop <= 0) return ok({ scores });
  const names = model.gbdt.features.map((f) => f.name);
  const explanations = Array.from({ length: matrix.value.rows }, (_, i) => {
    const { values } = predictor.contributions(matrixRow(matrix.value, i));
    return Array.from(values, (value, f) => ({ feature: names[f]!, value }))
      .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
      .slice(0, explainTop);
  });
  return ok({ scores, explanations });
}
