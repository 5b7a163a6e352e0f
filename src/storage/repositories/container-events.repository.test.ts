// Container and transport events: bulk insert through unnest, idempotent, read back intact.
import { expect, it } from 'vitest';
import {
  VESSEL_IMO,
  containerEventFixture,
  containerNo,
  locode,
} from '../../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../../test/support/db.ts';
import {
  insertContainerEvent,
  insertContainerEvents,
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

  it('stores transport events once and returns them by vessel', async () => {
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
      eventAt: '2024-03-06T18:00:00.000Z',
    } as const;
    expect(await insertTransportEvents(db, [departure, arrival])).toBe(2);
    expect(await insertTransportEvents(db, [arrival])).toBe(0);
    expect(await listTransportEvents(db, VESSEL_IMO)).toEqual([arrival, departure]);
  });
});
