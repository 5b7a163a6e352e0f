// Container and transport events: bulk insert through unnest, idempotent per sender (two senders'
// identical reports are both kept, one sender's resend is not), read back intact.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  VESSEL_IMO,
  containerEventFixture,
  containerNo,
  imo,
  locode,
} from '../../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../../test/support/db.ts';
import { acceptedFiling } from '../accepted-filing-fixture.ts';
import { rowsOf } from '../db.ts';
import {
  insertContainerEvent,
  insertContainerEvents,
  listContainerEventReports,
  listContainerEvents,
} from './container-events.repository.ts';
import { insertTransportEvents, listTransportEvents } from './transport-events.repository.ts';

describeEachEngine('container and transport events repositories', (getDb) => {
  it('bulk-inserts more than one chunk and skips events already stored', async () => {
    const { db } = getDb();
    const events = Array.from({ length: 250 }, (_, i) => containerEventFixture(i * 40));
    expect(await insertContainerEvents(db, events, { chunkSize: 100 })).toBe(250);
    expect(await insertContainerEvents(db, events.slice(0, 10))).toBe(0);
    const ofOne = await listContainerEvents(db, containerNo(200040));
    expect(ofOne).toHaveLength(10);
    expect(ofOne[0]).toEqual(events[1]);
    expect(ofOne.map((e) => e.eventAt)).toEqual([...ofOne.map((e) => e.eventAt)].sort());
  });

  it("keeps two senders' identical reports of a move, and stores one sender's resend once", async () => {
    const { db } = getDb();
    const number = containerNo(300002);
    const { sourceEventId: _id, ...gateIn } = containerEventFixture(7, {
      containerNumber: number,
      eventType: 'GTIN',
    });
    const terminal = await acceptedFiling(db, 'terminal-psa', 'CODECO', 'GATE-1');
    const carrier = await acceptedFiling(db, 'carrier-maeu', 'DCSA-TNT', 'EVENTS-1');
    const resent = await acceptedFiling(db, 'terminal-psa', 'CODECO', 'GATE-2');
    expect(await insertContainerEvents(db, [gateIn], { filingId: terminal })).toBe(1);
    expect(await insertContainerEvents(db, [gateIn], { filingId: carrier })).toBe(1);
    expect(await insertContainerEvents(db, [gateIn], { filingId: resent })).toBe(0);
    expect(await insertContainerEvents(db, [gateIn])).toBe(1);
    expect(await insertContainerEvents(db, [gateIn])).toBe(0);
    const reports = await listContainerEventReports(db, number);
    // The resend is not stored: the terminal's report keeps its first filing.
    expect(new Set(reports.map((r) => r.filing?.id))).toEqual(
      new Set([terminal, carrier, undefined]),
    );
    expect(reports.map((r) => r.event)).toEqual([gateIn, gateIn, gateIn]);
  });

  it('keeps text that needs quoting in array literals, and optional fields absent', async () => {
    const { db } = getDb();
    const tricky = containerEventFixture(1, {
      containerNumber: containerNo(300001),
      facility: 'Quay "A", {north}\\1',
      seals: [{ number: 'a,b"c' }],
    });
    const {
      facility: _f,
      location: _l,
      transportCall: _t,
      ...bare
    } = containerEventFixture(2, {
      containerNumber: containerNo(300001),
    });
    await insertContainerEvents(db, [tricky, bare]);
    await insertContainerEvent(
      db,
      containerEventFixture(3, { containerNumber: containerNo(300001) }),
    );
    const stored = await listContainerEvents(db, containerNo(300001));
    expect(stored).toEqual([
      tricky,
      bare,
      containerEventFixture(3, { containerNumber: containerNo(300001) }),
    ]);
  });

  it('stores transport events once, tells which were new, and returns them by vessel', async () => {
    const { db } = getDb();
    const arrival = {
      eventType: 'ARRI',
      classifier: 'ACT',
      vesselImo: VESSEL_IMO,
      voyageNumber: '2403W',
      location: locode('BEANR'),
      eventAt: '2024-03-05T06:00:00.000Z',
    } as const;
    const departure = {
      ...arrival,
      eventType: 'DEPA',
      voyageNumber: '2404E',
      otherVoyageNumber: '2403W',
      eventAt: '2024-03-06T18:00:00.000Z',
    } as const;
    expect(await insertTransportEvents(db, [departure, arrival, departure])).toEqual([
      departure,
      arrival,
    ]);
    expect(await insertTransportEvents(db, [arrival])).toEqual([]);
    expect(await listTransportEvents(db, VESSEL_IMO)).toEqual([arrival, departure]);
  });

  it("keeps two senders' identical reports of an arrival, each with its filing, and lists it once", async () => {
    const { db } = getDb();
    const vesselImo = imo('9321483');
    const arrival = {
      eventType: 'ARRI',
      classifier: 'ACT',
      vesselImo,
      voyageNumber: '2411W',
      location: locode('BEANR'),
      eventAt: '2024-03-11T05:00:00.000Z',
    } as const;
    const terminal = await acceptedFiling(db, 'terminal-psa', 'IFTSTA', 'VA-1');
    const carrier = await acceptedFiling(db, 'carrier-maeu', 'DCSA-TNT', 'TNT-1');
    const resent = await acceptedFiling(db, 'terminal-psa', 'IFTSTA', 'VA-2');
    expect(await insertTransportEvents(db, [arrival], { filingId: terminal })).toEqual([arrival]);
    expect(await insertTransportEvents(db, [arrival], { filingId: carrier })).toEqual([arrival]);
    expect(await insertTransportEvents(db, [arrival], { filingId: resent })).toEqual([]);
    const rows = rowsOf<{ filing_id: string; sender: string }>(
      await db.execute(sql`SELECT filing_id, sender FROM transport_events
        WHERE vessel_imo = ${vesselImo} ORDER BY sender`),
    );
    // The resend is not stored: the terminal's report keeps its first filing.
    expect(rows).toEqual([
      { filing_id: carrier, sender: 'carrier-maeu' },
      { filing_id: terminal, sender: 'terminal-psa' },
    ]);
    expect(await listTransportEvents(db, vesselImo)).toEqual([arrival]);
  });

  it('takes a stored report without a sender for any sender’s identical report', async () => {
    const { db } = getDb();
    const departure = {
      eventType: 'DEPA',
      classifier: 'EST',
      vesselImo: imo('9321483'),
      voyageNumber: '2412E',
      location: locode('BEANR'),
      eventAt: '2024-03-12T05:00:00.000Z',
    } as const;
    expect(await insertTransportEvents(db, [departure])).toEqual([departure]);
    const carrier = await acceptedFiling(db, 'carrier-maeu', 'DCSA-TNT', 'TNT-2');
    expect(await insertTransportEvents(db, [departure], { filingId: carrier })).toEqual([]);
  });
});
