/**
 * The two columns a CSV manifest carries when it is past cargo imported as a node's history
 * (docs/csv-manifest.md, "History import"): when each bill was filed (`filed_at`) and what its
 * examination found (`outcome`: `seizure`, `hit` or empty). Read per bill from its first row,
 * beside `parseCsvManifest`, which ignores both. Never throws.
 */
import { diagnostic, type Diagnostic, type Position } from '../../core/diagnostic.ts';
import { normaliseHeader, resolveColumn } from './csv-columns.ts';
import { readCsvTable } from './csv-table.ts';

export const HISTORY_OUTCOMES = ['none', 'hit', 'seizure'] as const;
export type HistoryOutcome = (typeof HISTORY_OUTCOMES)[number];

/** Header names (normalised) of the history columns, with their aliases. */
const HISTORY_HEADERS: Readonly<Record<string, 'filed_at' | 'outcome'>> = {
  filed_at: 'filed_at',
  filing_date: 'filed_at',
  filed_on: 'filed_at',
  outcome: 'outcome',
  examination_outcome: 'outcome',
};

/** A date (`2025-11-03`, taken as midnight UTC) or a date and time with its zone. */
const FILED_AT =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** Milliseconds of a filing date or time, NaN when it is not one (2025-02-30 is not). */
function filingTime(text: string): number {
  if (!FILED_AT.test(text)) return Number.NaN;
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return Number.NaN;
  return Date.parse(text.replace(' ', 'T'));
}

export interface BillHistoryValues {
  /** ISO time the bill was filed. */
  readonly filedAt: string;
  readonly outcome: HistoryOutcome;
  /** Record (row) number of the bill's first row, for diagnostics. */
  readonly record: number;
}

export interface CsvHistoryColumns {
  /** By bill number; a bill whose history values are wrong is absent (with an error). */
  readonly bills: ReadonlyMap<string, BillHistoryValues>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Whether a header cell is one of the history columns (`parseCsvManifest` warns it unknown). */
export function isHistoryHeader(header: string): boolean {
  return normaliseHeader(header) in HISTORY_HEADERS;
}

export function readHistoryColumns(text: string, source?: string): CsvHistoryColumns {
  const table = readCsvTable(text, source);
  const diagnostics: Diagnostic[] = [];
  const where = (record: number, line: number, field: string): Position => ({
    ...(source === undefined ? {} : { source }),
    record,
    line,
    field,
  });
  const column = { filed_at: -1, outcome: -1 };
  const written = { filed_at: 'filed_at', outcome: 'outcome' };
  let billColumn = -1;
  table.header.forEach((h, i) => {
    const name = HISTORY_HEADERS[normaliseHeader(h)];
    if (name && column[name] < 0) [column[name], written[name]] = [i, h.trim()];
    if (resolveColumn(h) === 'bill_number' && billColumn < 0) billColumn = i;
  });
  if (column.filed_at < 0) {
    diagnostics.push(
      diagnostic(
        'history.missing-filed-at',
        'A history file needs a filed_at column: the date each bill was filed.',
        where(1, 1, 'filed_at'),
        'error',
        { column: 'filed_at' },
      ),
    );
    return { bills: new Map(), diagnostics };
  }
  const bills = new Map<string, BillHistoryValues>();
  const refused = new Set<string>();
  for (const row of table.rows) {
    const bill = row.cells[billColumn]?.trim();
    // A row without a bill number is reported by the manifest parser.
    if (!bill || bills.has(bill) || refused.has(bill)) continue;
    const filed = (row.cells[column.filed_at] ?? '').trim();
    const outcomeText = (row.cells[column.outcome] ?? '').trim().toLowerCase();
    const outcome = outcomeText === '' ? 'none' : outcomeText;
    const filedAt = filingTime(filed);
    if (Number.isNaN(filedAt)) {
      refused.add(bill);
      diagnostics.push(
        diagnostic(
          'history.filed-at',
          `Bill ${bill}: "${filed}" is not a filing date (2025-11-03, or a time with its zone such as 2025-11-03T14:20:00Z).`,
          where(row.record, row.line, written.filed_at),
          'error',
          { bill, value: filed },
        ),
      );
    } else if (!(HISTORY_OUTCOMES as readonly string[]).includes(outcome)) {
      refused.add(bill);
      diagnostics.push(
        diagnostic(
          'history.outcome',
          `Bill ${bill}: outcome "${outcomeText}" is not one of seizure, hit or none (or empty).`,
          where(row.record, row.line, written.outcome),
          'error',
          { bill, value: outcomeText },
        ),
      );
    } else {
      const at = new Date(filedAt).toISOString();
      bills.set(bill, { filedAt: at, outcome: outcome as HistoryOutcome, record: row.record });
    }
  }
  return { bills, diagnostics };
}
