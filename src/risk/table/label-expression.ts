/**
 * The label of a table: a 0/1 column ("Fraud") or a comparison that makes one
 * ("Critical Fraud==2", "Outcome!=none").
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import { columnValues, parseNumber, type CsvTable } from './csv-table.ts';

export interface LabelExpression {
  readonly text: string;
  readonly column: string;
  readonly test: (value: string) => number;
}

export function parseLabelExpression(text: string): LabelExpression {
  const m = /^(.*?)\s*(==|!=)\s*(.*)$/.exec(text);
  if (m === null) {
    const column = text.trim();
    return { text, column, test: (v) => (v === '' ? NaN : parseNumber(v) > 0 ? 1 : 0) };
  }
  const [, column = '', op, wanted = ''] = m;
  const same = (v: string) => v === wanted.trim() || parseNumber(v) === parseNumber(wanted);
  return {
    text,
    column: column.trim(),
    test: (v) => (v === '' ? NaN : same(v) === (op === '==') ? 1 : 0),
  };
}

/** 0/1 labels of every row; diagnostics for a missing column or empty labels. */
export function tableLabels(table: CsvTable, label: LabelExpression): Result<Float64Array> {
  const index = table.header.indexOf(label.column);
  if (index < 0) {
    return fail(
      diagnostic('table.label-column', `label column "${label.column}" is not in the table`, {
        field: label.column,
      }),
    );
  }
  const labels = Float64Array.from(columnValues(table, index), label.test);
  const problems: Diagnostic[] = [];
  labels.forEach((y, i) => {
    if (Number.isNaN(y) && problems.length < 10) {
      problems.push(
        diagnostic('table.label-missing', `row has no ${label.column} value`, {
          record: i + 1,
          field: label.column,
        }),
      );
    }
  });
  return problems.length > 0 ? fail(...problems) : ok(labels);
}
