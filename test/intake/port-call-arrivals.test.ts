// A vessel call's times from arrival and departure events, on each engine: a DCSA ARRI ACT at
// the call's port sets its ATA (and the arrivals board shows it), a departure matched through the
// transport call's other voyage its ATD (2.2 and 3.0) unless a call has the event's own voyage, an
// estimate its ETA but never its ATA, an event at another port nothing, a resend nothing, and
// another sender's actual report does not move the ATA (an event's or a filing's) while its own
// sender's correction does. Two senders' identical reports of an arrival are two rows, each with
// its filing, and count once: one ATA, one call on the board; a sender's resend is not stored
// again, and its acknowledgement says so.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PortCall } from '../../src/core/cargo/vessel.ts';
import type { Actor } from '../../src/services/access/actor.ts';
import { getPortCall } from '../../src/storage/index.ts';
import { rowsOf } from '../../src/storage/db.ts';
import { containerEventFixture, containerNo, VESSEL_IMO } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { event30, type Report } from './dcsa-transport-events.ts';
import { carrier } from './intake-fixtures.ts';
import {
  arrivalsBoard,
  arrivalsBoardApp,
  assessContainer,
  BEANR,
  fileCuscar,
  submitDcsa,
  submitIftsta,
  vesselReport,
} from './vessel-call-fixtures.ts';

/** The same as a DCSA Track & Trace 2.2 event. */
function event22(r: Report) {
  return {
    eventID: r.id ?? randomUUID(),
    eventType: 'TRANSPORT',
    eventCreatedDateTime: '2024-03-10T11:59:00Z',
    eventClassifierCode: r.classifier,
    eventDateTime: r.at,
    transportEventTypeCode: r.type,
    transportCall: {
      transportCallID: randomUUID(),
      modeOfTransport: 'VESSEL',
      exportVoyageNumber: r.exportVoyage,
      importVoyageNumber: r.importVoyage,
      UNLocationCode: r.port ?? 'BEANR',
      vessel: { vesselIMONumber: VESSEL_IMO, vesselName: 'MAERSK KENSINGTON' },
    },
  };
}

describeEachEngine('vessel call times from arrival and departure events', (getDb) => {
  let actor: Actor;
  let app: FastifyInstance;
  const call = (voyageNumber: string) =>
    getPortCall(getDb().db, { vesselImo: VESSEL_IMO, voyageNumber, port: BEANR });

  /** Files a CUSCAR for the call at BEANR with the given times, as the carrier. */
  async function fileCall(voyageNumber: string, times: Partial<PortCall>, serial: number) {
    await fileCuscar(getDb(), actor, { voyageNumber, times, serial });
  }

  /** Sends DCSA events as JSON text; returns the acknowledgement's status. */
  async function send(events: readonly object[], who = actor, indent = 0) {
    return (await submitDcsa(getDb(), who, events, indent)).status;
  }

  beforeAll(async () => {
    actor = (await carrier(getDb())).actor;
    app = await arrivalsBoardApp(getDb());
  });
  afterAll(() => app?.close());

  it('sets the ATA from an actual arrival at the port, and the board shows the call arrived', async () => {
    await fileCall('2403W', { eta: '2024-03-09T18:00:00.000Z' }, 1000);
    await assessContainer(getDb(), '2403W', 1000, {
      billNumber: 'BL2403W001000',
      containerNumber: 'MSKU0010001',
      score: 0.9,
      band: 'high',
    });
    const board = async () =>
      (await arrivalsBoard<{ voyageNumber: string; ata?: string; arrival?: string }>(app)).find(
        (c) => c.voyageNumber === '2403W',
      );
    // 18 h past its ETA with no ATA: the board takes it for gone.
    expect(await board()).toMatchObject({ arrival: 'past' });
    expect(await board()).not.toHaveProperty('ata');

    const arrival = { importVoyage: '2403W', exportVoyage: '2404E' } as const;
    const at = '2024-03-10T04:00:00Z';
    expect(await send([event30({ type: 'ARRI', classifier: 'ACT', at, ...arrival })])).toBe(
      'accepted',
    );
    expect(await call('2403W')).toMatchObject({ ata: '2024-03-10T04:00:00.000Z' });
    expect(await board()).toMatchObject({ ata: '2024-03-10T04:00:00.000Z', arrival: 'upcoming' });

    // A 2.2 departure names the call's voyage as its import voyage: the same call.
    const departure = event22({
      type: 'DEPA',
      classifier: 'ACT',
      at: '2024-03-10T11:30:00Z',
      ...arrival,
    });
    await send([departure]);
    expect(await call('2403W')).toEqual({
      vesselImo: VESSEL_IMO,
      voyageNumber: '2403W',
      port: 'BEANR',
      eta: '2024-03-09T18:00:00.000Z',
      ata: '2024-03-10T04:00:00.000Z',
      atd: '2024-03-10T11:30:00.000Z',
    });
  });

  it('takes the latest estimate as the ETA, fills one from a plan, and never moves the ATA', async () => {
    await fileCall('2410S', { eta: '2024-03-10T08:00:00.000Z' }, 1100);
    const voyages = { importVoyage: '2410N', exportVoyage: '2410S' } as const;
    const report = (type: 'ARRI' | 'DEPA', classifier: 'ACT' | 'EST' | 'PLN', at: string) =>
      event30({ type, classifier, at, ...voyages });
    await send([
      report('ARRI', 'EST', '2024-03-10T09:00:00Z'),
      report('ARRI', 'EST', '2024-03-10T09:30:00Z'),
      report('DEPA', 'PLN', '2024-03-11T02:00:00Z'),
    ]);
    expect(await call('2410S')).toMatchObject({
      eta: '2024-03-10T09:30:00.000Z',
      etd: '2024-03-11T02:00:00.000Z',
    });
    // A plan does not replace an ETA; an actual arrival sets the ATA, and a later estimate of
    // the arrival then changes neither.
    await send([report('ARRI', 'PLN', '2024-03-10T07:00:00Z')]);
    await send([report('ARRI', 'ACT', '2024-03-10T10:00:00Z')]);
    await send([report('ARRI', 'EST', '2024-03-10T11:00:00Z')]);
    await send([report('DEPA', 'EST', '2024-03-11T04:00:00Z')]);
    expect(await call('2410S')).toMatchObject({
      eta: '2024-03-10T09:30:00.000Z',
      ata: '2024-03-10T10:00:00.000Z',
      etd: '2024-03-11T04:00:00.000Z',
    });
  });

  it('leaves the call alone for an event at another port', async () => {
    await fileCall('2420W', { eta: '2024-03-10T06:00:00.000Z' }, 1200);
    const before = await call('2420W');
    const voyages = { importVoyage: '2420W', exportVoyage: '2420W', port: 'NLRTM' } as const;
    await send([
      event30({ type: 'ARRI', classifier: 'ACT', at: '2024-03-10T05:00:00Z', ...voyages }),
      event30({ type: 'ARRI', classifier: 'EST', at: '2024-03-11T05:00:00Z', ...voyages }),
    ]);
    expect(await call('2420W')).toEqual(before);
    expect(before).not.toHaveProperty('ata');
  });

  it('sets the call of the event\u2019s own voyage when the other voyage is another call at the port', async () => {
    // A service calling the port on both legs: westbound 2450W, eastbound 2451E.
    await fileCall('2450W', {}, 1250);
    await fileCall('2451E', {}, 1260);
    const voyages = { importVoyage: '2450W', exportVoyage: '2451E' } as const;
    await send([
      event30({ type: 'ARRI', classifier: 'ACT', at: '2024-03-10T05:00:00Z', ...voyages }),
    ]);
    expect(await call('2450W')).toMatchObject({ ata: '2024-03-10T05:00:00.000Z' });
    expect(await call('2451E')).not.toHaveProperty('ata');
  });

  it('changes nothing when events already received are sent again', async () => {
    await fileCall('2430W', {}, 1300);
    const voyages = { importVoyage: '2430W', exportVoyage: '2431E' } as const;
    const early = event30({
      type: 'ARRI',
      classifier: 'EST',
      at: '2024-03-12T06:00:00Z',
      ...voyages,
    });
    const later = event30({
      type: 'ARRI',
      classifier: 'EST',
      at: '2024-03-12T09:00:00Z',
      ...voyages,
    });
    await send([early]);
    expect(await call('2430W')).toMatchObject({ eta: '2024-03-12T06:00:00.000Z' });
    await send([later]);
    // The first estimate again, after the later one in another file, then alone in a file laid
    // out otherwise: both were received before, so the latest estimate stays.
    expect(await send([later, early])).toBe('accepted');
    expect(await send([early], actor, 2)).toBe('accepted');
    expect(await call('2430W')).toMatchObject({ eta: '2024-03-12T09:00:00.000Z' });
  });

  it('lets only the sender of the ATA correct it: another sender\u2019s actual report does not move it', async () => {
    await fileCall('2440W', { eta: '2024-03-10T07:00:00.000Z' }, 1400);
    const terminal = (await carrier(getDb())).actor;
    const voyages = { importVoyage: '2440W', exportVoyage: '2440W' } as const;
    await send([
      event30({ type: 'ARRI', classifier: 'ACT', at: '2024-03-10T08:00:00Z', ...voyages }),
    ]);
    // The terminal's IFTSTA reports the vessel arrived (VA) half an hour later.
    const acknowledgement = await submitIftsta(getDb(), terminal, {
      sender: 'TERMINAL',
      controlReference: 'T1',
      transportEvents: [vesselReport('ARRI', '2440W', '2024-03-10T08:30:00Z')],
    });
    expect(acknowledgement.units[0]?.accepted.transportEvents).toBe(1);
    expect(await call('2440W')).toMatchObject({ ata: '2024-03-10T08:00:00.000Z' });
    // The carrier corrects its own report.
    await send([
      event30({ type: 'ARRI', classifier: 'ACT', at: '2024-03-10T08:10:00Z', ...voyages }),
    ]);
    expect(await call('2440W')).toMatchObject({ ata: '2024-03-10T08:10:00.000Z' });
  });

  it('treats a filing\u2019s ATA (DTM 178) as its sender\u2019s: only that sender\u2019s actual report moves it', async () => {
    await fileCall('2460W', { ata: '2024-03-10T03:00:00.000Z' }, 1500);
    const other = (await carrier(getDb())).actor;
    const voyages = { importVoyage: '2460W', exportVoyage: '2460W' } as const;
    const arrival = (at: string) => event30({ type: 'ARRI', classifier: 'ACT', at, ...voyages });
    await send([arrival('2024-03-10T03:20:00Z')], other);
    expect(await call('2460W')).toMatchObject({ ata: '2024-03-10T03:00:00.000Z' });
    await send([arrival('2024-03-10T03:10:00Z')]);
    expect(await call('2460W')).toMatchObject({ ata: '2024-03-10T03:10:00.000Z' });
  });

  it('keeps two senders\u2019 identical arrival reports, each with its filing, counts them once, and acknowledges a resend as already stored', async () => {
    await fileCall('2470W', { eta: '2024-03-10T02:00:00.000Z' }, 1700);
    await assessContainer(getDb(), '2470W', 1700, {
      billNumber: 'BL2470W001700',
      containerNumber: 'MSKU0017009',
      score: 0.2,
      band: 'low',
    });
    const terminal = (await carrier(getDb())).actor;
    const other = (await carrier(getDb())).actor;
    const { sourceEventId: _id, ...fixture } = containerEventFixture(17, {
      containerNumber: containerNo(470001),
      transportCall: { mode: 'VESSEL', vesselImo: VESSEL_IMO, voyageNumber: '2470W' },
    });
    const discharge = { ...fixture, eventType: 'DISC' } as const;
    /** The same IFTSTA (the vessel arrived, a container discharged) under a control reference. */
    const submit = async (who: Actor, controlReference: string) =>
      (
        await submitIftsta(getDb(), who, {
          sender: 'PORT',
          controlReference,
          events: [discharge],
          transportEvents: [vesselReport('ARRI', '2470W', '2024-03-10T03:00:00Z')],
        })
      ).units[0];
    const first = await submit(terminal, 'A1');
    const second = await submit(other, 'B1');
    for (const unit of [first, second]) {
      expect(unit).toMatchObject({
        status: 'accepted',
        accepted: { containerEvents: 1, transportEvents: 1 },
        alreadyStored: { containerEvents: 0, transportEvents: 0 },
      });
    }
    const rows = async () =>
      rowsOf<{ filing_id: string; sender: string }>(
        await getDb().db.execute(sql`SELECT filing_id, sender FROM transport_events
          WHERE vessel_imo = ${VESSEL_IMO} AND voyage_number = '2470W'`),
      );
    const reports = [
      { filing_id: first?.filing?.id, sender: terminal.id },
      { filing_id: second?.filing?.id, sender: other.id },
    ];
    expect(new Set((await rows()).map((r) => JSON.stringify(r)))).toEqual(
      new Set(reports.map((r) => JSON.stringify(r))),
    );
    // The terminal sends the same message again as a new interchange: accepted, not stored twice.
    const resent = await submit(terminal, 'A2');
    expect(resent).toMatchObject({
      status: 'accepted',
      accepted: { containerEvents: 1, transportEvents: 1 },
      alreadyStored: { containerEvents: 1, transportEvents: 1 },
    });
    expect(await rows()).toHaveLength(2);
    expect(await call('2470W')).toMatchObject({ ata: '2024-03-10T03:00:00.000Z' });
    const board = (await arrivalsBoard<{ voyageNumber: string; ata?: string }>(app)).filter(
      (c) => c.voyageNumber === '2470W',
    );
    expect(board).toEqual([expect.objectContaining({ ata: '2024-03-10T03:00:00.000Z' })]);
  });
});
