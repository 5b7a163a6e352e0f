/**
 * Bulk loading through COPY on the embedded engine: PGlite reads a COPY's rows from a blob it is
 * handed with the statement (`COPY t (…) FROM '/dev/blob'`), which stores tens of thousands of
 * rows for a fraction of what an INSERT … SELECT over a JSON parameter costs there (no JSON to
 * parse, no expressions per row). PostgreSQL gets no blob: callers keep their INSERT for it, so
 * `copyRows` answers false and does nothing there. PGlite has a single connection, so a caller
 * that checked what a table holds can COPY what is missing without another writer in between.
 */
import { is } from 'drizzle-orm';
import { PgliteSession } from 'drizzle-orm/pglite';
import type { Db } from './db.ts';

/** The member of PGlite's client (or transaction) that COPY uses. */
interface BlobQueryClient {
  query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}

/** The PGlite client behind a drizzle handle (database or transaction); none on PostgreSQL. */
function blobClientOf(db: Db): BlobQueryClient | undefined {
  const session: unknown = db._.session;
  // drizzle keeps the client private; PgliteSession always has one.
  return is(session, PgliteSession)
    ? (session as unknown as { client: BlobQueryClient }).client
    : undefined;
}

/** Whether `copyRows` can load into this handle's database. */
export function canCopy(db: Db): boolean {
  return blobClientOf(db) !== undefined;
}

/** A value as one field of COPY's text format (`null` and `undefined` are NULL). */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c]!) : value;
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

/**
 * Loads rows (each already `copyField`s joined by tabs) into `table`'s `columns` with one COPY.
 * False, loading nothing, when the database is not PGlite.
 */
export async function copyRows(
  db: Db,
  table: string,
  columns: readonly string[],
  lines: readonly string[],
): Promise<boolean> {
  const client = blobClientOf(db);
  if (!client) return false;
  if (lines.length === 0) return true;
  const blob = new Blob([lines.join('\n'), '\n']);
  await client.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], { blob });
  return true;
}
