// The migration journal: the migrator applies a migration only when its date is later than the
// last one applied, so a migration dated before its predecessor (drizzle-kit stamps the current
// clock, which can be earlier than a hand-set date) would be skipped on every existing database.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { migrationsFolder } from './migrations-folder.ts';

interface Entry {
  readonly idx: number;
  readonly when: number;
  readonly tag: string;
}

const entries = (
  JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: Entry[];
  }
).entries;

it('dates each migration after the one before it', () => {
  const late = entries.filter((e, i) => i > 0 && e.when <= entries[i - 1]!.when).map((e) => e.tag);
  expect(late).toEqual([]);
});

it('lists every SQL file of the folder once, in order', () => {
  const files = readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  expect(entries.map((e) => `${e.tag}.sql`)).toEqual(files);
  expect(entries.map((e) => e.idx)).toEqual(entries.map((_, i) => i));
});
