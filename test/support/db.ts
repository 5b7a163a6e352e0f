// describeEachEngine: runs one storage suite on PGlite (an in-memory copy of the migrated
// template) and on PostgreSQL (a database created from the migrated template) when
// PORTCULLIS_TEST_DATABASE_URL is set. Without it the PostgreSQL suite shows as skipped.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type Database, type Engine } from '../../src/storage/database.ts';
import { adminQuery, dropDatabase, urlOfDatabase } from './test-databases.ts';

let templateBlob: Blob | undefined;

/** A fresh, migrated database on the engine; close it (and drop it) with `release`. */
export async function openTestDatabase(
  engine: Engine,
): Promise<{ database: Database; release: () => Promise<void> }> {
  switch (engine) {
    case 'pglite': {
      templateBlob ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
      const database = await openDatabase({ template: templateBlob, migrate: false });
      return { database, release: () => database.close() };
    }
    case 'postgres':
      return openPostgresCopy();
  }
}

async function openPostgresCopy() {
  const baseUrl = process.env.PORTCULLIS_TEST_DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!baseUrl || !template) throw new Error('PORTCULLIS_TEST_DATABASE_URL is not set');
  const name = `portcullis_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(baseUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const database = await openDatabase({ url: urlOfDatabase(baseUrl, name), migrate: false });
  const release = async () => {
    await database.close();
    await dropDatabase(baseUrl, name);
  };
  return { database, release };
}

/** PostgreSQL runs only when a test database URL is given. */
export function enginesUnderTest(): { engine: Engine; enabled: boolean }[] {
  return [
    { engine: 'pglite', enabled: true },
    { engine: 'postgres', enabled: Boolean(process.env.PORTCULLIS_TEST_DATABASE_URL) },
  ];
}

/** The same suite on each engine, with one fresh database per suite. */
export function describeEachEngine(name: string, body: (getDb: () => Database) => void): void {
  for (const { engine, enabled } of enginesUnderTest()) {
    describe.skipIf(!enabled)(`${name} [${engine}]`, () => {
      let handle: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
      beforeAll(async () => {
        handle = await openTestDatabase(engine);
      });
      afterAll(async () => {
        await handle?.release();
      });
      body(() => {
        if (!handle) throw new Error(`${engine} test database is not open`);
        return handle.database;
      });
    });
  }
}
