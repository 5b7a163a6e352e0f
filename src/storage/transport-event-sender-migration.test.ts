// Migration 0037 on each engine: transport events stored before it keep no filing and sender ''
// (who reported them is not known) and still stand for any sender's identical report, while a
// vessel arrival first reported afterwards is stored once per sender, each row with its filing.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { imo, locode } from '../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../test/support/db.ts';
import { undoMigrationsAfter } from '../../test/support/migration-undo.ts';
import type { TransportEvent } from '../core/cargo/events.ts';
import { acceptedFiling } from './accepted-filing-fixture.ts';
import { migrateDatabase } from './database.ts';
import { rowsOf, type Db } from './db.ts';
import { insertTransportEvents } from './repositories/transport-events.repository.ts';

const VESSEL = imo('9321483');

const arrival = (eventAt: string): TransportEvent => ({
  eventType: 'ARRI',
  classifier: 'ACT',
  vesselImo: VESSEL,
  voyageNumber: '2403W',
  location: locode('BEANR'),
  eventAt,
});

/** Inserts as the code before 0037 did: no filing, no sender. */
async function insertOld(db: Db, e: TransportEvent) {
  await db.execute(sql`INSERT INTO transport_events (event_at, vessel_imo, voyage_number,
      event_type, classifier, location, source_event_id)
    VALUES (${e.eventAt}::timestamptz, ${e.vesselImo}, ${e.voyageNumber}, ${e.eventType},
      ${e.classifier}, ${e.location}, '')`);
}

describeEachEngine('migration 0037: the sender in a transport event’s key', (getDb) => {
  it('keeps the rows stored before it for any sender, then keeps each sender’s report', async () => {
    const database = getDb();
    const { db } = database;
    const terminal = await acceptedFiling(db, 'terminal-psa', 'IFTSTA', 'VA-1');
    const carrier = await acceptedFiling(db, 'carrier-maeu', 'IFTSTA', 'VA-2');
    await undoMigrationsAfter(db, '0036_container_events_filing');
    const before = arrival('2024-03-10T04:00:00.000Z');
    await insertOld(db, before);
    await migrateDatabase(database);
    const rows = () =>
      db.execute(sql`SELECT to_char(event_at AT TIME ZONE 'UTC', 'HH24:MI') AS at, sender,
          filing_id FROM transport_events WHERE vessel_imo = ${VESSEL} ORDER BY event_at, sender`);
    expect(rowsOf(await rows())).toEqual([{ at: '04:00', sender: '', filing_id: null }]);
    // The arrival stored before, sent again by the carrier: not stored twice.
    expect(await insertTransportEvents(db, [before], { filingId: carrier })).toEqual([]);
    const after = arrival('2024-03-11T04:00:00.000Z');
    expect(await insertTransportEvents(db, [after], { filingId: terminal })).toEqual([after]);
    expect(await insertTransportEvents(db, [after], { filingId: carrier })).toEqual([after]);
    expect(await insertTransportEvents(db, [after], { filingId: terminal })).toEqual([]);
    expect(rowsOf(await rows())).toEqual([
      { at: '04:00', sender: '', filing_id: null },
      { at: '04:00', sender: 'carrier-maeu', filing_id: carrier },
      { at: '04:00', sender: 'terminal-psa', filing_id: terminal },
    ]);
  });
});
