// Migration 0040 on each engine: a call's ETA and ETD on file before it become reports that
// replace the time, so that settling the call's times again keeps them, and a later estimate's
// retraction falls back to them.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { imo, locode } from '../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../test/support/db.ts';
import { undoMigrationsAfter } from '../../test/support/migration-undo.ts';
import { migrateDatabase } from './database.ts';
import { rowsOf } from './db.ts';
import { settleEstimatedTimes } from './repositories/port-call-estimates.repository.ts';

const at = new Date('2024-03-10T12:00:00Z');

describeEachEngine('migration 0040: the estimated times on file as reports', (getDb) => {
  it('keeps each call\u2019s ETA and ETD as reports that replace', async () => {
    const database = getDb();
    const { db } = database;
    await undoMigrationsAfter(db, '0039_party_history_first_seen');
    await db.execute(sql`INSERT INTO port_calls (vessel_imo, voyage_number, port, eta, etd,
        updated_at)
      VALUES (${imo('9321483')}, '2401W', ${locode('BEANR')}, '2024-03-10T03:00:00Z', NULL,
        ${at.toISOString()}::timestamptz),
        (${imo('9321483')}, '2402W', ${locode('BEANR')}, NULL, '2024-03-11T03:00:00Z',
        ${at.toISOString()}::timestamptz)`);
    await migrateDatabase(database);
    const reports = await db.execute(sql`SELECT c.voyage_number, e.event_type, e.sender,
        e.replaces, to_char(e.at AT TIME ZONE 'UTC', 'DD HH24:MI') AS at
      FROM port_call_estimates e JOIN port_calls c ON c.id = e.call_id ORDER BY c.voyage_number`);
    expect(rowsOf(reports)).toEqual([
      { voyage_number: '2401W', event_type: 'ARRI', sender: null, replaces: true, at: '10 03:00' },
      { voyage_number: '2402W', event_type: 'DEPA', sender: null, replaces: true, at: '11 03:00' },
    ]);
    const ids = rowsOf<{ id: string }>(await db.execute(sql`SELECT id::text FROM port_calls`));
    expect(
      await settleEstimatedTimes(
        db,
        ids.map((r) => r.id),
        at,
      ),
    ).toEqual([]);
  });
});
