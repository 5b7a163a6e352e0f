/**
 * How far a database's schema has been migrated, named by the migration files in drizzle/: the
 * migrator records each applied migration with its journal time (`created_at`), so the newest
 * recorded time names the last migration applied. A backup carries its level; a restore compares
 * it with the migrations this build ships.
 */
import { sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from './db.ts';
import { rowsOf } from './db.ts';
import { migrationsFolder } from './migrations-folder.ts';

export interface MigrationLevel {
  /** Migrations applied (or, for this build, shipped). */
  readonly count: number;
  /** Tag of the newest one, e.g. `0024_exchange_seen_requests`; `none` before the first. */
  readonly latest: string;
  /** Its journal time (milliseconds), which orders levels. */
  readonly when: number;
}

interface JournalEntry {
  readonly tag: string;
  readonly when: number;
}

function journal(): JournalEntry[] {
  const file = path.join(migrationsFolder, 'meta', '_journal.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { entries: JournalEntry[] }).entries;
}

/** The level a fully migrated database of this build is at. */
export function shippedMigrationLevel(): MigrationLevel {
  const entries = journal();
  const last = entries.at(-1);
  return { count: entries.length, latest: last?.tag ?? 'none', when: last?.when ?? 0 };
}

/** The level of an open database, read from the migrator's own table. */
export async function readMigrationLevel(db: Db): Promise<MigrationLevel> {
  const exists = rowsOf<{ t: string | null }>(
    await db.execute(sql`SELECT to_regclass('drizzle.__drizzle_migrations')::text AS t`),
  );
  if (!exists[0]?.t) return { count: 0, latest: 'none', when: 0 };
  const rows = rowsOf<{ n: number | string; last: number | string | null }>(
    await db.execute(
      sql`SELECT count(*) AS n, max(created_at) AS last FROM drizzle.__drizzle_migrations`,
    ),
  );
  const when = Number(rows[0]?.last ?? 0);
  const tag = journal().find((e) => e.when === when)?.tag ?? `unknown (${when})`;
  return { count: Number(rows[0]?.n ?? 0), latest: when === 0 ? 'none' : tag, when };
}
