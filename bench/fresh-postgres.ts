/**
 * Bench support: a fresh PostgreSQL database for one measurement, created on the server of
 * PORTCULLIS_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), migrated, and
 * dropped afterwards, so a bench never touches other data.
 */
import pg from 'pg';
import { openDatabase, type Database } from '../src/storage/database.ts';

/** The server a bench measures PostgreSQL on. */
export const benchPostgresUrl = (): string =>
  process.env.PORTCULLIS_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Runs `f` on a new, migrated database of that server, then drops the database. */
export async function withFreshPostgres<T>(
  baseUrl: string,
  f: (db: Database) => Promise<T>,
): Promise<T> {
  const name = `portcullis_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 3000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ url: url.toString() });
    try {
      return await f(database);
    } finally {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
