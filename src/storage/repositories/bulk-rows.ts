/**
 * Many rows into one table, the same rows on both engines: by one COPY on PGlite
 * (`bulk-copy.ts`: no parameters to serialise, no arrays or JSON array to take apart, each field
 * read by its type's input function), and on PostgreSQL as `INSERT … SELECT FROM ROWS FROM
 * (unnest($1::text[]), …, jsonb_array_elements($n::jsonb))` per 5,000 rows. A table is described
 * once (its columns and their types); rows are arrays of values in that order, json and jsonb
 * values as JSON text.
 */
import { sql, type SQL } from 'drizzle-orm';
import { canCopy, copyField, copyRows } from '../bulk-copy.ts';
import type { Db } from '../db.ts';
import { chunksOf, textArray } from './bulk.ts';

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

/** Rows per INSERT statement on PostgreSQL. */
const CHUNK = 5_000;

/** Writes the rows (each in the table's column order). */
export async function insertRows(
  db: Db,
  table: BulkTable,
  rows: readonly (readonly BulkValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  if (canCopy(db)) {
    const names = table.columns.map(([name]) => name);
    await copyRows(
      db,
      table.name,
      names,
      rows.map((row) => row.map(copyField).join('\t')),
    );
    return;
  }
  for (const chunk of chunksOf(rows, CHUNK)) await db.execute(insertStatement(table, chunk));
}

function insertStatement(table: BulkTable, rows: readonly (readonly BulkValue[])[]): SQL {
  const sources = table.columns.map(([, type], i) =>
    type === 'jsonb' || type === 'json'
      ? sql`${sql.raw(`${type}_array_elements`)}(${jsonArray(rows.map((r) => r[i]))}::${sql.raw(type)})`
      : sql`unnest(${textArray(rows.map((r) => asText(r[i])))}::text[])`,
  );
  const values = table.columns.map(([, type], i) => sql.raw(selected(`t.c${i}`, type)));
  const names = table.columns.map(([name]) => name).join(', ');
  const aliases = table.columns.map((_, i) => `c${i}`).join(', ');
  return sql`INSERT INTO ${sql.raw(table.name)} (${sql.raw(names)})
    SELECT ${sql.join(values, sql`, `)}
    FROM ROWS FROM (${sql.join(sources, sql`, `)}) AS t(${sql.raw(aliases)})`;
}

function selected(column: string, type: BulkType): string {
  switch (type) {
    case 'text':
      return column;
    // jsonb_array_elements yields JSON null, not SQL NULL, for a missing document.
    case 'jsonb':
      return `nullif(${column}, 'null'::jsonb)`;
    // json has no equality: its null is told by its type (each element's text is kept as sent).
    case 'json':
      return `CASE WHEN json_typeof(${column}) = 'null' THEN NULL ELSE ${column} END`;
    case 'uuid':
    case 'integer':
    case 'float8':
    case 'boolean':
    case 'timestamptz':
      return `${column}::${type}`;
  }
}

const asText = (v: BulkValue): string | null => (v === undefined || v === null ? null : String(v));

/**
 * JSON texts as ONE JSON array parameter (a missing one as null), for `jsonb_array_elements`:
 * the same documents as a text[] cost about twice the CPU on PGlite (every quote escaped into
 * the array literal, which the engine then parses again).
 */
function jsonArray(texts: readonly BulkValue[]): SQL {
  return sql`${sql.param(`[${texts.map((t) => (t === undefined || t === null ? 'null' : String(t))).join(',')}]`)}`;
}
