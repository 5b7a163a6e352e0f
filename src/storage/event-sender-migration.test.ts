// Migration 0032 on each engine: container events stored before it take the sender of the filing
// that reported them ('' without one), and afterwards another sender's identical report of a move
// is stored beside the first while the same sender's resend is still skipped.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { containerEventFixture, containerNo } from '../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../test/support/db.ts';
import { undoMigrationsAfter } from '../../test/support/migration-undo.ts';
import { acceptedFiling } from './accepted-filing-fixture.ts';
import { migrateDatabase } from './database.ts';
import { rowsOf, type Db } from './db.ts';
import { insertContainerEvents } from './repositories/container-events.repository.ts';

const NUMBER = containerNo(320001);

/** Inserts as the code before 0032 did: no sender column. */
async function insertOld(db: Db, i: number, filingId: string | null) {
  const e = containerEventFixture(i, { containerNumber: NUMBER });
  await db.execute(sql`INSERT INTO container_events (event_at, container_number, event_type,
      classifier, source_event_id, document, filing_id)
    VALUES (${e.eventAt}::timestamptz, ${e.containerNumber}, ${e.eventType}, ${e.classifier},
      '', ${JSON.stringify(e)}::jsonb, ${filingId}::uuid)`);
}

describeEachEngine('migration 0032: the sender in a container event’s key', (getDb) => {
  it('fills in the sender of the rows stored before it, then keeps each sender’s report', async () => {
    const database = getDb();
    const { db } = database;
    const terminal = await acceptedFiling(db, 'terminal-psa', 'CODECO', 'GATE-1');
    const carrier = await acceptedFiling(db, 'carrier-maeu', 'CODECO', 'EVENTS-1');
    await undoMigrationsAfter(db, '0031_intake_submissions_listed');
    await insertOld(db, 1, terminal);
    await insertOld(db, 2, carrier);
    await insertOld(db, 3, null);
    await migrateDatabase(database);
    const rows = rowsOf<{ at: string; sender: string }>(
      await db.execute(sql`SELECT to_char(event_at AT TIME ZONE 'UTC', 'HH24:MI') AS at, sender
        FROM container_events WHERE container_number = ${NUMBER} ORDER BY event_at`),
    );
    expect(rows).toEqual([
      { at: '00:01', sender: 'terminal-psa' },
      { at: '00:02', sender: 'carrier-maeu' },
      { at: '00:03', sender: '' },
    ]);
    // The terminal's stored report, now sent by the carrier too and resent by the terminal.
    const { sourceEventId: _id, ...first } = containerEventFixture(1, { containerNumber: NUMBER });
    expect(await insertContainerEvents(db, [first], { filingId: carrier })).toBe(1);
    expect(await insertContainerEvents(db, [first], { filingId: terminal })).toBe(0);
  });
});
