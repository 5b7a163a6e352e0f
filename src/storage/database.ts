/**
 * Opens the database on either engine, migrated to the latest schema: PGlite (embedded, in a data
 * directory, or in memory from a dumped template) or PostgreSQL (by URL). Same schema, same
 * migrations, same queries on both.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import type { Db } from './db.ts';
import { migrationsFolder } from './migrations-folder.ts';
import { lockDataDir } from './pglite-lock.ts';
import * as schema from './schema/index.ts';

export const ENGINES = ['pglite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

export type OpenDatabaseOptions =
  | {
      readonly dataDir: string;
      readonly migrate?: boolean;
      /** A `dumpDataDir` tarball to fill a directory that holds no database yet (a restore). */
      readonly loadDataDir?: Blob;
    }
  /** An in-memory PGlite loaded from a `dumpDataDir` tarball (tests: a migrated template). */
  | { readonly template: Blob; readonly migrate?: boolean }
  | { readonly url: string; readonly migrate?: boolean; readonly maxConnections?: number };

export interface Database {
  readonly engine: Engine;
  readonly db: Db;
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Resolves when the engine answers `select 1` (readiness checks). */
  ping(): Promise<void>;
  /** PGlite only: the data directory as a tarball (test templates, backups). */
  dump(compression?: 'none' | 'gzip'): Promise<Blob>;
  close(): Promise<void>;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const database = 'url' in options ? openPostgres(options) : await openPglite(options);
  if (options.migrate !== false) await migrateDatabase(database);
  return database;
}

async function openPglite(
  options: { dataDir: string; loadDataDir?: Blob } | { template: Blob },
): Promise<Database> {
  const extensions = { pg_trgm };
  let client: PGlite;
  let unlock = () => undefined as void;
  if ('dataDir' in options) {
    // PGlite needs the parent directory to exist; 'memory://' keeps everything in memory.
    if (!options.dataDir.startsWith('memory://')) {
      mkdirSync(options.dataDir, { recursive: true });
      unlock = lockDataDir(options.dataDir);
    }
    const load = options.loadDataDir ? { loadDataDir: options.loadDataDir } : {};
    client = await PGlite.create(options.dataDir, { extensions, ...load }).catch((error) => {
      unlock();
      throw error;
    });
  } else {
    client = await PGlite.create({ loadDataDir: options.template, extensions });
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    engine: 'pglite',
    db,
    transaction: (fn) => db.transaction(fn),
    ping: () => client.query('select 1').then(() => undefined),
    dump: (compression = 'none') => client.dumpDataDir(compression),
    close: () => client.close().finally(unlock),
  };
}

function openPostgres(options: { url: string; maxConnections?: number }): Database {
  // At least two: scoring reads on a second connection beside its transaction.
  const max = Math.max(2, options.maxConnections ?? 10);
  const pool = new pg.Pool({ connectionString: options.url, max });
  // An idle connection the server drops (restart, DROP DATABASE … FORCE) must not crash the
  // process: the pool discards it and the next query opens a new one.
  pool.on('error', () => undefined);
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    engine: 'postgres',
    db,
    transaction: (fn) => db.transaction(fn),
    ping: () => pool.query('select 1').then(() => undefined),
    dump: () => Promise.reject(new Error('dump() is only available on PGlite')),
    close: () => pool.end(),
  };
}

/** Applies the pending migrations in drizzle/ (the same files on both engines). */
export async function migrateDatabase(database: Database): Promise<void> {
  const config = { migrationsFolder };
  switch (database.engine) {
    case 'pglite':
      return migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], config);
    case 'postgres':
      return migratePg(database.db as unknown as Parameters<typeof migratePg>[0], config);
  }
}
