/**
 * A consistent copy of an embedded database, taken through PGlite itself: a checkpoint writes
 * every committed change to the data files, then `dumpDataDir` tars the directory while holding
 * PGlite's query lock, so nothing changes under it. The result loads with `loadDataDir`
 * (`openDatabase({ dataDir, loadDataDir })`) into a directory that holds no database yet.
 */
import { sql } from 'drizzle-orm';
import type { Database } from './database.ts';
import { rowsOf } from './db.ts';
import { readMigrationLevel, type MigrationLevel } from './migration-level.ts';

export interface PgliteSnapshot {
  /** The data directory as a gzip-compressed tar file. */
  readonly tarball: Uint8Array;
  readonly migration: MigrationLevel;
  /** `server_version` of the PostgreSQL inside PGlite: a tarball loads only into the same major. */
  readonly postgresVersion: string;
}

export async function snapshotPglite(database: Database): Promise<PgliteSnapshot> {
  if (database.engine !== 'pglite') throw new Error('snapshotPglite needs the embedded database');
  await database.db.execute(sql`CHECKPOINT`);
  const migration = await readMigrationLevel(database.db);
  const version = rowsOf<{ v: string }>(
    await database.db.execute(sql`SELECT current_setting('server_version') AS v`),
  );
  const blob = await database.dump('gzip');
  return {
    tarball: new Uint8Array(await blob.arrayBuffer()),
    migration,
    postgresVersion: version[0]?.v ?? 'unknown',
  };
}
