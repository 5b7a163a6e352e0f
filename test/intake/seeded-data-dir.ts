// A node data directory on disk with the migrated test template already in it: creating and
// migrating a fresh embedded database takes several seconds, loading the template less.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

export async function seededDataDir(prefix: string): Promise<string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), prefix));
  const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
  const client = await PGlite.create(path.join(dataDir, 'pglite'), {
    loadDataDir: template,
    extensions: { pg_trgm },
  });
  await client.close();
  return dataDir;
}
