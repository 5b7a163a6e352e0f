/** Encodes a table (training, validation or new rows) with a fitted schema. */
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import type { FeatureMatrix } from '../gbdt/feature-matrix.ts';
import { featureName, type ColumnEncoding } from './column-encoding.ts';
import { columnValues, type CsvTable } from './csv-table.ts';
import { encodeColumn } from './encode-column.ts';
import type { TableSchema } from './table-schema.ts';

export function encodeTable(schema: TableSchema, table: CsvTable): Result<FeatureMatrix> {
  const needed = [...new Set(schema.encodings.map((e) => e.column))];
  const absent = needed.filter((c) => !table.header.includes(c));
  if (absent.length > 0) {
    return fail(
      ...absent.map((c) =>
        diagnostic('table.missing-column', `column "${c}" used by the model is not in the table`, {
          field: c,
        }),
      ),
    );
  }
  const columns = schema.encodings.map((e) =>
    encodeColumn(e, columnValues(table, table.header.indexOf(e.column))),
  );
  return ok(matrixOf(schema.encodings, columns, table.rows.length));
}

export function matrixOf(
  encodings: readonly ColumnEncoding[],
  columns: readonly Float64Array[],
  rows: number,
): FeatureMatrix {
  return {
    features: encodings.map((e) => ({
      name: featureName(e),
      kind: e.kind === 'categorical' ? 'categorical' : 'numeric',
    })),
    columns,
    rows,
  };
}
