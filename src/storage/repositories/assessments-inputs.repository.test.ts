// What scoring reads of container events: actual events only, grouped by container, each
// container's in time order, with the fields features read (the vessel of a move among them).
import { expect, it } from 'vitest';
import type { ContainerEvent } from '../../core/cargo/events.ts';
import { containerEventFixture, containerNo } from '../../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../../test/support/db.ts';
import { actualEventsOfContainers } from './assessments-inputs.repository.ts';
import { insertContainerEvents } from './container-events.repository.ts';

/** The event without a location, seals or vessel. */
function bare(event: ContainerEvent): ContainerEvent {
  const { location: _location, seals: _seals, transportCall: _call, ...rest } = event;
  return rest;
}

describeEachEngine('events read for scoring', (getDb) => {
  it('groups the actual events by container in time order, without other containers or plans', async () => {
    const { db } = getDb();
    const [a, b, other] = [containerNo(710001), containerNo(710002), containerNo(710003)];
    const at = (minute: number) => new Date(Date.UTC(2024, 5, 1, 8, minute)).toISOString();
    const events = [
      containerEventFixture(1, { containerNumber: a, eventAt: at(30), eventType: 'GTOT' }),
      containerEventFixture(2, { containerNumber: b, eventAt: at(10), eventType: 'LOAD' }),
      containerEventFixture(3, { containerNumber: a, eventAt: at(5), eventType: 'GTIN' }),
      bare(
        containerEventFixture(4, {
          containerNumber: a,
          eventAt: '2024-06-01T10:20:00+02:00',
          eventType: 'DISC',
        }),
      ),
      containerEventFixture(5, { containerNumber: a, eventAt: at(40), classifier: 'PLN' }),
      containerEventFixture(6, { containerNumber: other, eventAt: at(1) }),
    ];
    await insertContainerEvents(db, events);
    const read = await actualEventsOfContainers(db, [a, b, a]);
    expect([...read.keys()].sort()).toEqual([a, b]);
    expect(read.get(a)?.map((e) => [e.eventType, e.eventAt])).toEqual([
      ['GTIN', at(5)],
      ['DISC', '2024-06-01T10:20:00+02:00'],
      ['GTOT', at(30)],
    ]);
    const [first, second] = read.get(a) ?? [];
    expect(first).toEqual({
      eventType: 'GTIN',
      classifier: 'ACT',
      containerNumber: a,
      eventAt: at(5),
      location: events[2]!.location,
      seals: events[2]!.seals,
      transportCall: { vesselImo: events[2]!.transportCall!.vesselImo },
    });
    expect(second).not.toHaveProperty('location');
    expect(second).not.toHaveProperty('seals');
    expect(second).not.toHaveProperty('transportCall');
    expect(read.get(b)).toHaveLength(1);
  });
});
