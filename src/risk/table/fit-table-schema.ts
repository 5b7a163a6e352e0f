/**
 * Fits a table schema on the training table only (column kinds, category lists, date parts,
 * target encodings) and returns the training matrix it produces.
 */
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import type { FeatureMatrix } from '../gbdt/feature-matrix.ts';
import type { ColumnEncoding, DatePart } from './column-encoding.ts';
import { columnValues, type CsvTable } from './csv-table.ts';
import { datePart } from './date-part.ts';
import { encodeColumn } from './encode-column.ts';
import { inferColumnKind, type ColumnKind } from './infer-column-kind.ts';
import { matrixOf } from './encode-table.ts';
import { fitTargetEncoding } from './target-encoding.ts';
import {
  DEFAULT_CATEGORICAL_ENCODING,
  type CategoricalEncoding,
  type TableSchema,
} from './table-schema.ts';

export interface TableOptions {
  /** Label column or expression ("Critical Fraud==2"); never a feature. */
  readonly label: string;
  readonly drop?: readonly string[];
  readonly categoricalEncoding?: CategoricalEncoding;
  /** Column kinds to use instead of the inferred ones. */
  readonly kinds?: Readonly<Record<string, ColumnKind>>;
  /** More distinct training values than this makes a categorical column high-cardinality. */
  readonly highCardinality?: number;
  readonly smoothing?: number;
  readonly folds?: number;
  readonly seed?: number;
}

interface Fitted {
  readonly encoding: ColumnEncoding;
  readonly train: Float64Array;
}

export function fitTableSchema(
  table: CsvTable,
  options: TableOptions,
  labels: Float64Array,
  labelColumn: string,
): Result<{ schema: TableSchema; matrix: FeatureMatrix }> {
  const excluded = new Set([labelColumn, ...(options.drop ?? [])]);
  const missing = [...excluded].filter((c) => !table.header.includes(c));
  if (missing.length > 0 && missing.includes(labelColumn)) {
    return fail(
      diagnostic('table.label-column', `label column "${labelColumn}" is not in the table`),
    );
  }
  const fitted: Fitted[] = [];
  table.header.forEach((name, index) => {
    if (excluded.has(name)) return;
    const values = columnValues(table, index);
    const kind = options.kinds?.[name] ?? inferColumnKind(name, values);
    fitted.push(...fitColumn(name, kind, values, labels, options));
  });
  const schema: TableSchema = {
    formatVersion: 1,
    label: options.label,
    dropped: [...excluded].filter((c) => c !== labelColumn),
    categoricalEncoding: options.categoricalEncoding ?? DEFAULT_CATEGORICAL_ENCODING,
    encodings: fitted.map((f) => f.encoding),
  };
  const warnings = missing.map((c) =>
    diagnostic(
      'table.drop-column',
      `dropped column "${c}" is not in the table`,
      undefined,
      'warning',
    ),
  );
  return ok(
    {
      schema,
      matrix: matrixOf(
        schema.encodings,
        fitted.map((f) => f.train),
        table.rows.length,
      ),
    },
    warnings,
  );
}

function fitColumn(
  column: string,
  kind: ColumnKind,
  values: readonly string[],
  labels: Float64Array,
  options: TableOptions,
): Fitted[] {
  switch (kind) {
    case 'numeric':
      return [plain({ kind: 'numeric', column }, values)];
    case 'date':
      return dateParts(values).map((part) => plain({ kind: 'date', column, part }, values));
    case 'categorical':
      return fitCategorical(column, values, labels, options);
  }
}

function plain(encoding: ColumnEncoding, values: readonly string[]): Fitted {
  return { encoding, train: encodeColumn(encoding, values) };
}

/** Month and day of week always; the year only when the training years differ. */
function dateParts(values: readonly string[]): DatePart[] {
  const years = new Set(values.map((v) => datePart(v, 'year')).filter((y) => !Number.isNaN(y)));
  return years.size > 1 ? ['year', 'month', 'dayOfWeek'] : ['month', 'dayOfWeek'];
}

function fitCategorical(
  column: string,
  values: readonly string[],
  labels: Float64Array,
  options: TableOptions,
): Fitted[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  const categories = [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const mode = options.categoricalEncoding ?? DEFAULT_CATEGORICAL_ENCODING;
  const high = categories.length > (options.highCardinality ?? 64);
  if (!high) return [plain({ kind: 'categorical', column, categories }, values)];
  const out: Fitted[] = [];
  if (mode === 'native' || mode === 'both') {
    out.push(plain({ kind: 'categorical', column, categories }, values));
  }
  if (mode === 'ordinal') out.push(plain({ kind: 'ordinal', column, categories }, values));
  if (mode === 'native') return out;
  const te = fitTargetEncoding(column, values, labels, {
    smoothing: options.smoothing ?? 20,
    folds: options.folds ?? 5,
    seed: options.seed ?? 1,
  });
  out.push({ encoding: te.encoding, train: te.outOfFold });
  out.push(plain({ kind: 'count', column, counts: Object.fromEntries(counts) }, values));
  return out;
}
