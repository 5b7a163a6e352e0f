/**
 * Many rows into one table, the same rows on both engines, by one COPY (`bulk-copy.ts`: no
 * parameters to serialise, no arrays or JSON array to take apart, each field read by its type's
 * input function). A table is described once (its columns and their types); rows are arrays of
 * values in that order, json and jsonb values as JSON text.
 */
import { copyField, copyRows } from '../bulk-copy.ts';
import type { Db } from '../db.ts';

export const BULK_TYPES = [
  'text',
  'uuid',
  'integer',
  'float8',
  'boolean',
  'timestamptz',
  'json',
  'jsonb',
] as const;
export type BulkType = (typeof BULK_TYPES)[number];

export interface BulkTable {
  readonly name: string;
  readonly columns: readonly (readonly [name: string, type: BulkType])[];
}

/** One field: text as it is, numbers and booleans as SQL reads them, json(b) as JSON text. */
export type BulkValue = string | number | boolean | null | undefined;

/** Writes the rows (each in the table's column order). */
export async function insertRows(
  db: Db,
  table: BulkTable,
  rows: readonly (readonly BulkValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = table.columns.map(([name]) => name);
  await copyRows(
    db,
    table.name,
    names,
    rows.map((row) => row.map(copyField).join('\t')),
  );
}
