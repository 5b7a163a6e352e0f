/**
 * Splits CSV text into a header and data rows with csv-parse (sync, pure JavaScript), keeping
 * each row's record number (the header is record 1) and line. The delimiter (",", ";" or tab)
 * is taken from the header line. A syntax error ends the table there with a diagnostic; the
 * rows before it are kept.
 */
import { parse } from 'csv-parse/sync';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';

export interface CsvRow {
  /** 1-based record number in the file; the header row is record 1. */
  readonly record: number;
  /** 1-based line where the record ends. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly diagnostics: readonly Diagnostic[];
}

interface RecordInfo {
  readonly lines: number;
  readonly records: number;
}

export function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const count = (c: string) => firstLine.split(c).length;
  return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

function errorLine(e: unknown): number | undefined {
  const lines = (e as { lines?: unknown }).lines;
  return typeof lines === 'number' ? lines : undefined;
}

export function readCsvTable(text: string, source?: string): CsvTable {
  const rows: CsvRow[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    parse(text, {
      bom: true,
      delimiter: guessDelimiter(text),
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (cells: string[], info: RecordInfo) => {
        rows.push({ record: info.records, line: info.lines, cells });
        return null;
      },
    });
  } catch (e) {
    // csv-parse reports syntax errors (e.g. an unclosed quote) by throwing; keep what was read.
    const line = errorLine(e);
    const message = `CSV syntax error: ${e instanceof Error ? e.message : String(e)}.`;
    const at = {
      ...(source === undefined ? {} : { source }),
      ...(line === undefined ? {} : { line }),
    };
    diagnostics.push(diagnostic('csv.syntax', message, at));
  }
  const [head, ...data] = rows;
  return { header: head?.cells ?? [], rows: data, diagnostics };
}
