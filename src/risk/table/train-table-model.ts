/**
 * Trains a model on a labelled table: fits the schema on the training table only, encodes the
 * validation table with it (early stopping), then grows the trees.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import type { GbdtParams } from '../gbdt/gbdt-params.ts';
import { trainGbdt, type LabelledMatrix } from '../gbdt/gbdt-trainer.ts';
import type { CsvTable } from './csv-table.ts';
import { encodeTable } from './encode-table.ts';
import { fitTableSchema, type TableOptions } from './fit-table-schema.ts';
import { parseLabelExpression, tableLabels } from './label-expression.ts';
import { TABLE_MODEL_FORMAT, TABLE_MODEL_FORMAT_VERSION, type TableModel } from './table-model.ts';

export interface TrainTableModelInput {
  readonly train: CsvTable;
  readonly valid?: CsvTable;
  readonly options: TableOptions;
  readonly params?: Partial<GbdtParams>;
  /** SHA-256 (hex) of the training data, recorded in the model. */
  readonly dataSha256?: string;
}

export function trainTableModel(input: TrainTableModelInput): Result<TableModel> {
  const label = parseLabelExpression(input.options.label);
  const labels = tableLabels(input.train, label);
  if (!labels.ok) return fail(...labels.diagnostics);
  const fitted = fitTableSchema(input.train, input.options, labels.value, label.column);
  if (!fitted.ok) return fail(...fitted.diagnostics);
  const warnings: Diagnostic[] = [...fitted.diagnostics];
  let valid: LabelledMatrix | undefined;
  if (input.valid !== undefined) {
    const matrix = encodeTable(fitted.value.schema, input.valid);
    const validLabels = tableLabels(input.valid, label);
    if (!matrix.ok || !validLabels.ok) {
      return fail(...matrix.diagnostics, ...validLabels.diagnostics);
    }
    valid = { matrix: matrix.value, labels: validLabels.value };
  }
  const gbdt = trainGbdt({
    matrix: fitted.value.matrix,
    labels: labels.value,
    ...(valid === undefined ? {} : { valid }),
    ...(input.params === undefined ? {} : { params: input.params }),
    ...(input.dataSha256 === undefined ? {} : { dataSha256: input.dataSha256 }),
  });
  if (!gbdt.ok) return fail(...gbdt.diagnostics);
  const model: TableModel = {
    format: TABLE_MODEL_FORMAT,
    formatVersion: TABLE_MODEL_FORMAT_VERSION,
    table: fitted.value.schema,
    gbdt: gbdt.value,
  };
  return ok(model, warnings);
}
