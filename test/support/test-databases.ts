// Shared between the vitest globalSetup and the test workers: where the migrated templates live.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const root = path.resolve(import.meta.dirname, '../..');
export const cacheDir = path.join(root, '.test-cache');

/** Hash of every migration file plus the PGlite version: a new migration means a new template. */
export function migrationsHash(): string {
  const hash = createHash('sha256');
  const dir = path.join(root, 'drizzle');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files) {
    if (!file.endsWith('.sql') && !file.endsWith('.json')) continue;
    hash.update(file).update(readFileSync(path.join(dir, file)));
  }
  const pglite = path.join(root, 'node_modules/@electric-sql/pglite/package.json');
  hash.update((JSON.parse(readFileSync(pglite, 'utf8')) as { version: string }).version);
  return hash.digest('hex').slice(0, 16);
}

export function pgliteTemplatePath(hash: string): string {
  return path.join(cacheDir, `pglite-template-${hash}.tar`);
}

/** The same server, another database. */
export function urlOfDatabase(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement (CREATE/DROP DATABASE) on its own connection to the base database. */
export async function adminQuery(baseUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  await adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the dumped, migrated PGlite data directory. */
    pgliteTemplate: string;
    /** Name of the migrated PostgreSQL template database, when a test database URL is set. */
    postgresTemplate: string | undefined;
  }
}
