// Migration 0038 on each engine: a call's ATA and ATD on file before it become reports that
// replace the time, with the sender that set them (none for a time stored before 0035), so that
// settling the call's times again keeps them, and only their sender's actual report moves them.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { imo, locode } from '../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../test/support/db.ts';
import { undoMigrationsAfter } from '../../test/support/migration-undo.ts';
import { migrateDatabase } from './database.ts';
import { rowsOf, type Db } from './db.ts';
import { applyPortCallReports } from './repositories/port-call-reports.repository.ts';
import { settleActualTimes } from './repositories/port-call-actuals.repository.ts';
import { getPortCall } from './repositories/vessels.repository.ts';

const VESSEL = imo('9321483');
const BEANR = locode('BEANR');
const at = new Date('2024-03-10T12:00:00Z');

async function idOf(db: Db, voyage: string) {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT id::text FROM port_calls WHERE voyage_number = ${voyage}`),
  );
  return rows[0]?.id as string;
}

describeEachEngine('migration 0038: the times on file as reports', (getDb) => {
  it('keeps each call’s ATA and ATD with their senders, and lets only that sender move them', async () => {
    const database = getDb();
    const { db } = database;
    await undoMigrationsAfter(db, '0037_transport_event_sender');
    await db.execute(sql`INSERT INTO port_calls (vessel_imo, voyage_number, port, ata, ata_sender,
        atd, updated_at)
      VALUES (${VESSEL}, '2401W', ${BEANR}, '2024-03-10T03:00:00Z', 'carrier-maeu',
        '2024-03-10T11:00:00Z', ${at.toISOString()}::timestamptz),
        (${VESSEL}, '2402W', ${BEANR}, NULL, NULL, NULL, ${at.toISOString()}::timestamptz)`);
    await migrateDatabase(database);
    const reports = await db.execute(sql`SELECT c.voyage_number, a.event_type, a.sender,
        a.replaces, to_char(a.at AT TIME ZONE 'UTC', 'HH24:MI') AS at, c.filed
      FROM port_call_actuals a JOIN port_calls c ON c.id = a.call_id ORDER BY a.event_type`);
    expect(rowsOf(reports)).toEqual([
      {
        voyage_number: '2401W',
        event_type: 'ARRI',
        sender: 'carrier-maeu',
        replaces: true,
        at: '03:00',
        filed: true,
      },
      {
        voyage_number: '2401W',
        event_type: 'DEPA',
        sender: null,
        replaces: true,
        at: '11:00',
        filed: true,
      },
    ]);
    const ids = [await idOf(db, '2401W'), await idOf(db, '2402W')];
    expect(await settleActualTimes(db, ids, at)).toEqual([]);
    const arrival = (voyageNumber: string, eventAt: string, eventType: 'ARRI' | 'DEPA') => ({
      eventType,
      classifier: 'ACT' as const,
      vesselImo: VESSEL,
      voyageNumber,
      location: BEANR,
      eventAt,
    });
    // A terminal's reports move neither time; the carrier's correction moves the ATA, and the
    // departure on file without a sender is moved by nobody's event.
    const reported = (sender: string, eventAt: string, type: 'ARRI' | 'DEPA' = 'ARRI') =>
      applyPortCallReports(db, {
        agencyId: 'be-customs',
        sender,
        events: [arrival('2401W', eventAt, type)],
        at,
      });
    await reported('terminal-psa', '2024-03-10T03:30:00Z');
    await reported('terminal-psa', '2024-03-10T11:30:00Z', 'DEPA');
    await reported('carrier-maeu', '2024-03-10T03:10:00Z');
    await reported('carrier-maeu', '2024-03-10T11:10:00Z', 'DEPA');
    expect(
      await getPortCall(db, { vesselImo: VESSEL, voyageNumber: '2401W', port: BEANR }),
    ).toEqual({
      vesselImo: VESSEL,
      voyageNumber: '2401W',
      port: 'BEANR',
      ata: '2024-03-10T03:10:00.000Z',
      atd: '2024-03-10T11:00:00.000Z',
    });
  });
});
