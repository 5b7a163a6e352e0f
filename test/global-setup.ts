// Builds the migrated database templates once per run: a PGlite data directory dumped to
// .test-cache/ (reused across runs while drizzle/ is unchanged) and, when
// PORTCULLIS_TEST_DATABASE_URL is set, a PostgreSQL template database dropped at the end.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/storage/database.ts';
import {
  adminQuery,
  cacheDir,
  dropDatabase,
  migrationsHash,
  pgliteTemplatePath,
  urlOfDatabase,
} from './support/test-databases.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const hash = migrationsHash();
  project.provide('pgliteTemplate', await buildPgliteTemplate(hash));
  const baseUrl = process.env.PORTCULLIS_TEST_DATABASE_URL;
  const template = baseUrl ? await buildPostgresTemplate(baseUrl, hash) : undefined;
  project.provide('postgresTemplate', template);
  return async () => {
    if (baseUrl && template) await dropDatabase(baseUrl, template);
  };
}

async function buildPgliteTemplate(hash: string): Promise<string> {
  const file = pgliteTemplatePath(hash);
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  removeStaleTemplates(file);
  const fresh = await openDatabase({ dataDir: 'memory://' });
  const dump = await fresh.dump();
  await fresh.close();
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, new Uint8Array(await dump.arrayBuffer()));
  renameSync(tmp, file);
  return file;
}

async function buildPostgresTemplate(baseUrl: string, hash: string): Promise<string> {
  // Short names: PostgreSQL cuts identifiers at 63 bytes, which could make two names collide.
  const name = `portcullis_tmpl_${hash.slice(0, 8)}_${process.pid}`;
  await adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${name}"`);
  await adminQuery(baseUrl, `CREATE DATABASE "${name}"`);
  const database = await openDatabase({ url: urlOfDatabase(baseUrl, name), maxConnections: 1 });
  await database.close();
  return name;
}

/**
 * Templates of older migrations are never used again. Only those untouched for an hour go: a run
 * started just before a migration was added may still be reading its template.
 */
function removeStaleTemplates(current: string): void {
  const anHourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(cacheDir)) {
    const file = path.join(cacheDir, name);
    const stale = name.startsWith('pglite-template-') && name.endsWith('.tar') && file !== current;
    if (stale && statSync(file).mtimeMs < anHourAgo) rmSync(file, { force: true });
  }
}
