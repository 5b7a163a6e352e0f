// COPY on both engines (a blob on PGlite, FROM STDIN on PostgreSQL): every value reads back as
// it was written (tabs, line breaks, backslashes and NULL escaped), in a transaction and outside
// one, in several pieces when the rows are many; `canCopy` answers for PGlite only.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/db.ts';
import { canCopy, copyField, copyRows } from './bulk-copy.ts';
import { rowsOf } from './db.ts';

const VALUES = ['plain', 'tab\there', 'line\nbreak\r\n', 'back\\slash \\N', '', 'çå ✓ 中'];

describeEachEngine('bulk copy', (getDb) => {
  it('loads rows by COPY, every value as written', async () => {
    const database = getDb();
    await database.transaction(async (tx) => {
      await tx.execute(sql`CREATE TEMP TABLE copy_probe (n int, t text, b boolean, x float8)`);
      const lines = [...VALUES, null].map((v, i) =>
        [copyField(i), copyField(v), copyField(i % 2 === 0), copyField(i / 3)].join('\t'),
      );
      expect(await copyRows(tx, 'copy_probe', ['n', 't', 'b', 'x'], lines)).toBe(true);
      expect(canCopy(tx)).toBe(database.engine === 'pglite');
      const result = await tx.execute(sql`SELECT n, t, b, x FROM copy_probe ORDER BY n`);
      expect(rowsOf(result)).toEqual(
        [...VALUES, null].map((t, n) => ({ n, t, b: n % 2 === 0, x: n / 3 })),
      );
    });
  });

  it('loads many rows outside a transaction, in order, and fails with the engine error', async () => {
    const database = getDb();
    await database.db.execute(sql`CREATE TABLE copy_many (n int PRIMARY KEY, t text)`);
    try {
      const lines = Array.from({ length: 4_500 }, (_, n) => `${n}\t${copyField(`row ${n}`)}`);
      await copyRows(database.db, 'copy_many', ['n', 't'], lines);
      const result = await database.db.execute(
        sql`SELECT count(*)::int AS n, min(n) AS lo, max(n) AS hi, max(t) FILTER (WHERE n = 4499) AS t FROM copy_many`,
      );
      expect(rowsOf(result)).toEqual([{ n: 4_500, lo: 0, hi: 4_499, t: 'row 4499' }]);
      // A duplicate key: the COPY is refused as a whole, with the engine's error.
      await expect(
        copyRows(database.db, 'copy_many', ['n', 't'], ['4500\tnew', '1\tdup']),
      ).rejects.toThrow(/duplicate key/);
      const after = await database.db.execute(sql`SELECT count(*)::int AS n FROM copy_many`);
      expect(rowsOf(after)).toEqual([{ n: 4_500 }]);
    } finally {
      await database.db.execute(sql`DROP TABLE copy_many`);
    }
  });
});
