// COPY from a blob on PGlite: every value reads back as it was written (tabs, line breaks,
// backslashes and NULL escaped), in a transaction too; PostgreSQL is left to the caller's insert.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/db.ts';
import { canCopy, copyField, copyRows } from './bulk-copy.ts';
import { rowsOf } from './db.ts';

const VALUES = ['plain', 'tab\there', 'line\nbreak\r\n', 'back\\slash \\N', '', 'çå ✓ 中'];

describeEachEngine('bulk copy', (getDb) => {
  it('loads rows by COPY on PGlite only, every value as written', async () => {
    const database = getDb();
    await database.transaction(async (tx) => {
      await tx.execute(sql`CREATE TEMP TABLE copy_probe (n int, t text, b boolean, x float8)`);
      const lines = [...VALUES, null].map((v, i) =>
        [copyField(i), copyField(v), copyField(i % 2 === 0), copyField(i / 3)].join('\t'),
      );
      const copied = await copyRows(tx, 'copy_probe', ['n', 't', 'b', 'x'], lines);
      expect(copied).toBe(database.engine === 'pglite');
      expect(canCopy(tx)).toBe(copied);
      if (!copied) return;
      const result = await tx.execute(sql`SELECT n, t, b, x FROM copy_probe ORDER BY n`);
      expect(rowsOf(result)).toEqual(
        [...VALUES, null].map((t, n) => ({ n, t, b: n % 2 === 0, x: n / 3 })),
      );
    });
  });
});
