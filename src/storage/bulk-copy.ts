/**
 * Bulk loading through COPY. PGlite reads a COPY's rows from a blob it is handed with the
 * statement (`COPY t (…) FROM '/dev/blob'`); PostgreSQL from the connection
 * (`COPY t (…) FROM STDIN`, through `pg-copy-streams`). Either stores tens of thousands of rows for
 * a fraction of what an INSERT … SELECT over a JSON or array parameter costs (no parameter to
 * serialise and parse again, no expressions per row). `canCopy` answers for PGlite only: PGlite
 * has a single connection, so a caller that checked what a table holds can COPY what is missing
 * without another writer in between, which PostgreSQL does not promise; `copyRows` loads on both.
 */
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { is } from 'drizzle-orm';
import { NodePgSession } from 'drizzle-orm/node-postgres';
import { PgliteSession } from 'drizzle-orm/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
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
 * Loads rows (each already `copyField`s joined by tabs) into `table`'s `columns` with one COPY,
 * on either engine. Always true (kept a boolean for callers written when only PGlite could).
 */
export async function copyRows(
  db: Db,
  table: string,
  columns: readonly string[],
  lines: readonly string[],
): Promise<boolean> {
  if (lines.length === 0) return true;
  const statement = `COPY ${table} (${columns.join(', ')})`;
  const client = blobClientOf(db);
  if (client) {
    const blob = new Blob([lines.join('\n'), '\n']);
    await client.query(`${statement} FROM '/dev/blob'`, [], { blob });
  } else await copyToServer(db, `${statement} FROM STDIN`, lines);
  return true;
}

/** The members of a node-postgres client (or pool) that COPY FROM STDIN uses. */
interface ServerClient {
  query(stream: Writable): Writable;
}

/** Lines per write to the COPY stream: large enough to keep calls few, small enough to stream. */
const PIECE = 2_000;

async function copyToServer(db: Db, statement: string, lines: readonly string[]): Promise<void> {
  const session: unknown = db._.session;
  if (!is(session, NodePgSession))
    throw new Error('COPY: the database is neither PGlite nor PostgreSQL');
  const held = (session as unknown as { client: ServerClient | pg.Pool }).client;
  // Outside a transaction the session holds the pool: COPY takes a connection of its own.
  const pooled = held instanceof pg.Pool ? await held.connect() : undefined;
  const client: ServerClient = pooled ?? held;
  try {
    await pipeline(pieces(lines), client.query(copyFrom(statement)));
  } finally {
    pooled?.release();
  }
}

function* pieces(lines: readonly string[]): Generator<string> {
  for (let at = 0; at < lines.length; at += PIECE)
    yield `${lines.slice(at, at + PIECE).join('\n')}\n`;
}
