import { describe, expect, it } from 'vitest';
import type { ContainerEvent } from '../../core/cargo/events.ts';
import type { ImoNumber } from '../../core/identifiers/imo-number.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import { containerTimeline } from './container-timeline.ts';
import type { Consignment } from '../../core/cargo/consignment.ts';
import { inUseWhileAboard, sequenceAnomalies } from './event-features.ts';

const BOX = 'MSCU1234565' as ContainerEvent['containerNumber'];
const DECLARED = '9461386';

/** One actual event of the box: type, port, day of January, and the vessel of a move. */
function ev(
  eventType: ContainerEvent['eventType'],
  location: string,
  day: number,
  vesselImo?: string,
): ContainerEvent {
  return {
    eventType,
    classifier: 'ACT',
    containerNumber: BOX,
    eventAt: new Date(Date.UTC(2026, 0, day)).toISOString(),
    location: location as UnLocode,
    ...(vesselImo === undefined
      ? {}
      : { transportCall: { mode: 'VESSEL' as const, vesselImo: vesselImo as ImoNumber } }),
  };
}

const aboard = (events: ContainerEvent[]) =>
  inUseWhileAboard(containerTimeline(events, BOX), DECLARED);

describe('a number in use elsewhere while the box is aboard the declared vessel', () => {
  it('is not seen on an ordinary voyage with a transshipment, a restow and a duplicate report', () => {
    expect(
      aboard([
        ev('GTIN', 'ECGYE', 1),
        ev('LOAD', 'ECGYE', 2, '9301201'),
        ev('DISC', 'PAMIT', 5, '9301201'),
        ev('LOAD', 'PAMIT', 8, DECLARED),
        // A restow at a port on the way: off and on the same vessel.
        ev('DISC', 'ESALG', 15, DECLARED),
        ev('LOAD', 'ESALG', 15, DECLARED),
        ev('DISC', 'BEANR', 20, DECLARED),
        ev('DISC', 'BEANR', 20, DECLARED),
        ev('GTOT', 'BEANR', 22),
      ]),
    ).toBe(false);
  });

  it('is not seen when a move names no vessel (a sender that left it out)', () => {
    expect(
      aboard([
        ev('LOAD', 'PAMIT', 8, DECLARED),
        ev('DISC', 'ESALG', 12),
        ev('DISC', 'BEANR', 20, DECLARED),
      ]),
    ).toBe(false);
  });

  it('is seen when the number enters a terminal by truck while the box sails', () => {
    // The genuine box is gated in at Antwerp for export on 1 January; the clone arrives on the 5th.
    expect(
      aboard([
        ev('LOAD', 'PAMIT', 23 - 31, DECLARED),
        ev('GTIN', 'BEANR', 1),
        ev('DISC', 'BEANR', 5, DECLARED),
        ev('LOAD', 'BEANR', 5, '9332705'),
      ]),
    ).toBe(true);
  });

  it('is seen when another vessel loads the number while the box sails', () => {
    expect(
      aboard([
        ev('LOAD', 'PABLB', 1, DECLARED),
        ev('LOAD', 'CNSHA', 3, '9839430'),
        ev('DISC', 'BEANR', 6, DECLARED),
      ]),
    ).toBe(true);
  });

  it('is not seen before the box boards or after it is discharged', () => {
    expect(
      aboard([
        ev('GTIN', 'COCTG', 1),
        ev('LOAD', 'COCTG', 2, DECLARED),
        ev('DISC', 'BEANR', 12, DECLARED),
        ev('GTOT', 'BEANR', 13),
        ev('GTIN', 'BEANR', 20),
        ev('LOAD', 'BEANR', 21, '9332705'),
      ]),
    ).toBe(false);
  });
});

describe('sequence anomalies count a move once, however many senders report it', () => {
  const route = {
    route: { portOfLoading: 'COCTG', transshipmentPorts: [], portOfDischarge: 'BEANR' },
  } as unknown as Consignment;
  /** An event `minutes` after the start of its day. */
  const at = (e: ContainerEvent, minutes: number): ContainerEvent => ({
    ...e,
    eventAt: new Date(Date.parse(e.eventAt) + minutes * 60_000).toISOString(),
  });
  const count = (events: ContainerEvent[]) =>
    sequenceAnomalies(containerTimeline(events, BOX), route);

  it('reads a terminal and a carrier report of one load and one discharge as no anomaly', () => {
    const found = count([
      ev('LOAD', 'COCTG', 2, DECLARED),
      at(ev('LOAD', 'COCTG', 2, DECLARED), 6),
      ev('DISC', 'BEANR', 12, DECLARED),
      at(ev('DISC', 'BEANR', 12), 15),
    ]);
    expect(found.count).toBe(0);
  });

  it('counts a repeat beyond the window, or at another place, as a second move', () => {
    expect(
      count([ev('LOAD', 'COCTG', 2, DECLARED), at(ev('LOAD', 'COCTG', 2, DECLARED), 16)]).count,
    ).toBe(1);
    expect(count([ev('LOAD', 'COCTG', 2), ev('LOAD', 'BEANR', 9)]).count).toBe(1);
  });

  it('counts an unplanned discharge reported twice once', () => {
    const found = count([
      ev('LOAD', 'COCTG', 2),
      ev('DISC', 'PAMIT', 6),
      at(ev('DISC', 'PAMIT', 6), 3),
    ]);
    expect(found).toMatchObject({ unplanned: ['PAMIT'], discUnplanned: true, count: 1 });
  });
});
