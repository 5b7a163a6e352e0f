/**
 * Reads the cells of one manifest row by canonical column, validating as it goes; every problem
 * becomes a diagnostic carrying the record number and the column name as written in the file.
 */
import {
  diagnostic,
  type Diagnostic,
  type DiagnosticParams,
  type Severity,
} from '../../core/diagnostic.ts';
import type { Result } from '../../core/result.ts';
import type { CsvColumn } from './csv-columns.ts';
import type { CsvRow } from './csv-table.ts';

export interface CsvHeaderMap {
  /** Cell index of each canonical column present in the file. */
  readonly index: ReadonlyMap<CsvColumn, number>;
  /** The column's name as written in the file's header. */
  readonly written: ReadonlyMap<CsvColumn, string>;
}

export class CsvRowReader {
  constructor(
    readonly row: CsvRow,
    readonly header: CsvHeaderMap,
    readonly diagnostics: Diagnostic[],
    readonly source?: string,
  ) {}

  report(
    code: string,
    message: string,
    column?: CsvColumn,
    severity: Severity = 'error',
    params?: DiagnosticParams,
  ): void {
    const at = {
      ...(this.source === undefined ? {} : { source: this.source }),
      record: this.row.record,
      line: this.row.line,
      ...(column === undefined ? {} : { field: this.header.written.get(column) ?? column }),
    };
    this.diagnostics.push(diagnostic(code, message, at, severity, params));
  }

  /** The trimmed cell, or undefined when the column is absent or the cell empty. */
  text(column: CsvColumn, required = false): string | undefined {
    const i = this.header.index.get(column);
    const v = i === undefined ? undefined : this.row.cells[i]?.trim();
    if (v !== undefined && v !== '') return v;
    if (required)
      this.report('csv.required', `Column ${column} is empty.`, column, 'error', { column });
    return undefined;
  }

  list(column: CsvColumn): string[] {
    return (this.text(column) ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  number(
    column: CsvColumn,
    opts: { required?: boolean; integer?: boolean } = {},
  ): number | undefined {
    const raw = this.text(column, opts.required);
    if (raw === undefined) return undefined;
    const n = Number(raw.replace(/\s/g, ''));
    const wrong = !Number.isFinite(n) || n < 0 || (opts.integer === true && !Number.isInteger(n));
    if (!wrong) return n;
    const what = opts.integer ? 'a whole number' : 'a number';
    this.report(
      'csv.number',
      `Column ${column} is "${raw}", expected ${what} ≥ 0 (decimal point ".").`,
      column,
      'error',
      { variant: opts.integer ? 'integer' : 'decimal', column, value: raw },
    );
    return undefined;
  }

  /** Parses a cell with a core identifier parser, positioning its diagnostics on the cell. */
  identifier<T>(
    column: CsvColumn,
    parse: (raw: string) => Result<T>,
    required = false,
  ): T | undefined {
    const raw = this.text(column, required);
    return raw === undefined ? undefined : this.parsed(column, parse(raw));
  }

  parsed<T>(column: CsvColumn, r: Result<T>): T | undefined {
    for (const d of r.diagnostics) this.report(d.code, d.message, column, d.severity, d.params);
    return r.ok ? r.value : undefined;
  }
}
