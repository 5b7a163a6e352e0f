/** A parsed CSV table: header and rows of strings, as csv-parse returns them. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Values of one column ('' where a row is short). */
export function columnValues(table: CsvTable, index: number): string[] {
  return table.rows.map((r) => (r[index] ?? '').trim());
}

/** Parses a number the way the tables write them; NaN for empty or non-numeric text. */
export function parseNumber(text: string): number {
  const t = text.trim();
  if (t === '') return NaN;
  const v = Number(t);
  return Number.isFinite(v) ? v : NaN;
}
