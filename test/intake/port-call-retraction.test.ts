// A DCSA Track & Trace 3.0 retraction (`isRetracted`, by eventID) of the event that set a vessel
// call's ATA or ATD, on each engine: the call falls back to another sender's actual report, to
// the filing's own time that the event corrected, or to none, and the board shows it; the
// retracted event stays stored and the retraction is kept with its filing. A retraction by
// another sender, or of an event that set nothing, changes nothing; an event retracted in the
// same submission, or sent after its retraction, sets nothing; an event-made call left without
// a standing report is no longer on the board.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PortCall } from '../../src/core/cargo/vessel.ts';
import type { Actor } from '../../src/services/access/actor.ts';
import { rowsOf } from '../../src/storage/db.ts';
import { getPortCall } from '../../src/storage/index.ts';
import { VESSEL_IMO } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { event30, retraction30, type Report } from './dcsa-transport-events.ts';
import { carrier } from './intake-fixtures.ts';
import {
  arrivalsBoard,
  arrivalsBoardApp,
  assessContainer,
  BEANR,
  fileCuscar,
  makeHomePort,
  submitDcsa,
  submitIftsta,
  vesselReport,
} from './vessel-call-fixtures.ts';

describeEachEngine('retracted arrival and departure events', (getDb) => {
  let actor: Actor;
  let app: FastifyInstance;
  const call = (voyageNumber: string) =>
    getPortCall(getDb().db, { vesselImo: VESSEL_IMO, voyageNumber, port: BEANR });
  const onBoard = async (voyageNumber: string) =>
    (
      await arrivalsBoard<{
        voyageNumber: string;
        ata?: string;
        containers: number;
        filed: boolean;
      }>(app)
    ).find((c) => c.voyageNumber === voyageNumber);

  async function fileCall(voyageNumber: string, times: Partial<PortCall>, serial: number) {
    await fileCuscar(getDb(), actor, { voyageNumber, times, serial });
    await assessContainer(getDb(), voyageNumber, serial);
  }

  /** Sends DCSA 3.0 events and retractions; returns the unit's acknowledgement. */
  const send = (events: readonly object[], who = actor) => submitDcsa(getDb(), who, { events });

  /** The terminal's IFTSTA: the vessel arrived (VA) at this time. */
  async function terminalArrival(who: Actor, voyageNumber: string, eventAt: string) {
    await submitIftsta(getDb(), who, {
      sender: 'TERMINAL',
      controlReference: `T${voyageNumber}`,
      transportEvents: [vesselReport('ARRI', voyageNumber, eventAt)],
    });
  }

  const nothing = { consignments: 0, equipment: 0, containerEvents: 0, transportEvents: 0 };
  const stored = async (id: string) =>
    rowsOf<{ n: number }>(
      await getDb().db.execute(
        sql`SELECT count(*)::int AS n FROM transport_events WHERE source_event_id = ${id}`,
      ),
    )[0]?.n;
  const retractions = async (id: string) =>
    rowsOf<{ sender: string; filing_id: string }>(
      await getDb().db.execute(
        sql`SELECT sender, filing_id::text FROM event_retractions WHERE source_event_id = ${id}`,
      ),
    );

  beforeAll(async () => {
    actor = (await carrier(getDb())).actor;
    await makeHomePort(getDb());
    app = await arrivalsBoardApp(getDb());
  });
  afterAll(() => app?.close());

  const report = (voyage: string, r: Omit<Report, 'importVoyage' | 'exportVoyage'>) =>
    event30({ ...r, importVoyage: voyage, exportVoyage: voyage });

  it('falls back to the other sender\u2019s arrival when the carrier retracts the one that set the ATA, and keeps both on record', async () => {
    await fileCall('2601W', { eta: '2024-03-10T03:00:00.000Z' }, 3100);
    const id = randomUUID();
    await send([
      report('2601W', { type: 'ARRI', classifier: 'ACT', at: '2024-03-10T04:00:00Z', id }),
    ]);
    const terminal = (await carrier(getDb())).actor;
    await terminalArrival(terminal, '2601W', '2024-03-10T04:30:00Z');
    expect(await call('2601W')).toMatchObject({ ata: '2024-03-10T04:00:00.000Z' });

    const ack = await send([retraction30(id)]);
    expect(ack.status).toBe('accepted-with-warnings');
    const unit = ack.units[0];
    expect(unit?.diagnostics.map((d) => d.code)).toEqual(['dcsa.event-retracted']);
    // A message holding only the retraction says so: no record, one event retracted.
    expect(unit?.accepted).toEqual(nothing);
    expect(unit?.retracted).toBe(1);
    expect(await call('2601W')).toMatchObject({ ata: '2024-03-10T04:30:00.000Z' });
    expect(await onBoard('2601W')).toMatchObject({ ata: '2024-03-10T04:30:00.000Z', filed: true });
    expect(await stored(id)).toBe(1);
    expect(await retractions(id)).toEqual([{ sender: actor.id, filing_id: unit?.filing?.id }]);

    // The retraction sent again changes nothing and is recorded once.
    const again = await send([retraction30(id)]);
    expect(again.status).toBe('accepted-with-warnings');
    expect(again.units[0]?.retracted).toBe(1);
    expect(await retractions(id)).toHaveLength(1);
    expect(await call('2601W')).toMatchObject({ ata: '2024-03-10T04:30:00.000Z' });
  });

  it('falls back to the filing\u2019s ATA that the retracted event corrected', async () => {
    await fileCall('2602W', { ata: '2024-03-10T03:00:00.000Z' }, 3200);
    const id = randomUUID();
    await send([
      report('2602W', { type: 'ARRI', classifier: 'ACT', at: '2024-03-10T03:10:00Z', id }),
    ]);
    expect(await call('2602W')).toMatchObject({ ata: '2024-03-10T03:10:00.000Z' });
    await send([retraction30(id)]);
    expect(await call('2602W')).toMatchObject({ ata: '2024-03-10T03:00:00.000Z' });
  });

  it('leaves a call with no ATD when the only departure is retracted, and keeps the ATA', async () => {
    await fileCall('2603W', { eta: '2024-03-10T01:00:00.000Z' }, 3300);
    const departure = randomUUID();
    await send([
      report('2603W', { type: 'ARRI', classifier: 'ACT', at: '2024-03-10T02:00:00Z' }),
      report('2603W', {
        type: 'DEPA',
        classifier: 'ACT',
        at: '2024-03-10T10:00:00Z',
        id: departure,
      }),
    ]);
    expect(await call('2603W')).toMatchObject({ atd: '2024-03-10T10:00:00.000Z' });
    await send([retraction30(departure)]);
    const after = await call('2603W');
    expect(after).toMatchObject({ ata: '2024-03-10T02:00:00.000Z' });
    expect(after).not.toHaveProperty('atd');
  });

  it('changes nothing for another sender\u2019s retraction of the same event id', async () => {
    await fileCall('2604W', {}, 3400);
    const id = randomUUID();
    await send([
      report('2604W', { type: 'ARRI', classifier: 'ACT', at: '2024-03-10T05:00:00Z', id }),
    ]);
    const other = (await carrier(getDb())).actor;
    expect((await send([retraction30(id)], other)).status).toBe('accepted-with-warnings');
    expect(await call('2604W')).toMatchObject({ ata: '2024-03-10T05:00:00.000Z' });
  });

  it('sets nothing from an event retracted in the same submission or sent after its retraction', async () => {
    await fileCall('2605W', {}, 3500);
    const first = randomUUID();
    await send([
      report('2605W', { type: 'ARRI', classifier: 'ACT', at: '2024-03-10T06:00:00Z', id: first }),
      retraction30(first),
    ]);
    expect(await call('2605W')).not.toHaveProperty('ata');
    const late = randomUUID();
    await send([retraction30(late)]);
    await send([
      report('2605W', { type: 'ARRI', classifier: 'ACT', at: '2024-03-10T06:30:00Z', id: late }),
    ]);
    expect(await call('2605W')).not.toHaveProperty('ata');
    expect(await stored(late)).toBe(1);
  });

  it('takes an event-made call off the board when its only arrival is retracted', async () => {
    const id = randomUUID();
    await send([
      report('2606W', { type: 'ARRI', classifier: 'ACT', at: '2024-03-10T07:00:00Z', id }),
    ]);
    // No cargo report yet: the board says so rather than a count of none.
    expect(await onBoard('2606W')).toMatchObject({
      ata: '2024-03-10T07:00:00.000Z',
      containers: 0,
      filed: false,
    });
    await send([retraction30(id)]);
    expect(await onBoard('2606W')).toBeUndefined();
    expect(await call('2606W')).toBeUndefined();
    expect(await stored(id)).toBe(1);
  });
});

describeEachEngine('retracted estimated arrivals', (getDb) => {
  let actor: Actor;
  let app: FastifyInstance;
  const eta = async (voyageNumber: string) =>
    (await getPortCall(getDb().db, { vesselImo: VESSEL_IMO, voyageNumber, port: BEANR }))?.eta;
  const boardEta = async (voyageNumber: string) =>
    (await arrivalsBoard<{ voyageNumber: string; eta?: string }>(app)).find(
      (c) => c.voyageNumber === voyageNumber,
    )?.eta;
  const send = (events: readonly object[]) => submitDcsa(getDb(), actor, { events });
  const estimate = (voyage: string, at: string, id: string, classifier: 'EST' | 'PLN' = 'EST') =>
    event30({ type: 'ARRI', classifier, at, id, importVoyage: voyage, exportVoyage: voyage });

  beforeAll(async () => {
    actor = (await carrier(getDb())).actor;
    await makeHomePort(getDb());
    app = await arrivalsBoardApp(getDb());
  });
  afterAll(() => app?.close());

  it('falls back to the latest remaining estimate, then to the filing\u2019s ETA', async () => {
    await fileCuscar(getDb(), actor, {
      voyageNumber: '2611W',
      times: { eta: '2024-03-12T00:00:00.000Z' },
      serial: 3610,
    });
    await assessContainer(getDb(), '2611W', 3610);
    const [first, second] = [randomUUID(), randomUUID()];
    await send([estimate('2611W', '2024-03-12T06:00:00Z', first)]);
    await send([estimate('2611W', '2024-03-12T09:00:00Z', second)]);
    expect(await eta('2611W')).toBe('2024-03-12T09:00:00.000Z');

    await send([retraction30(second)]);
    expect(await eta('2611W')).toBe('2024-03-12T06:00:00.000Z');
    expect(await boardEta('2611W')).toBe('2024-03-12T06:00:00.000Z');
    // The retraction sent again, and the retracted estimate sent again, change nothing.
    await send([retraction30(second)]);
    await send([estimate('2611W', '2024-03-12T09:00:00Z', second)]);
    expect(await eta('2611W')).toBe('2024-03-12T06:00:00.000Z');

    await send([retraction30(first)]);
    expect(await eta('2611W')).toBe('2024-03-12T00:00:00.000Z');
  });

  it('falls back to a plan, or to no ETA, when the estimates are retracted', async () => {
    await fileCuscar(getDb(), actor, { voyageNumber: '2612W', times: {}, serial: 3620 });
    const [plan, est] = [randomUUID(), randomUUID()];
    await send([estimate('2612W', '2024-03-13T05:00:00Z', plan, 'PLN')]);
    await send([estimate('2612W', '2024-03-13T08:00:00Z', est)]);
    expect(await eta('2612W')).toBe('2024-03-13T08:00:00.000Z');
    await send([retraction30(est)]);
    expect(await eta('2612W')).toBe('2024-03-13T05:00:00.000Z');
    await send([retraction30(plan)]);
    expect(await eta('2612W')).toBeUndefined();
  });

  it('keeps the last ETA before arrival when an estimate sent after arrival is retracted', async () => {
    await fileCuscar(getDb(), actor, { voyageNumber: '2613W', times: {}, serial: 3630 });
    const late = randomUUID();
    await send([estimate('2613W', '2024-03-14T05:00:00Z', randomUUID())]);
    await send([
      event30({
        type: 'ARRI',
        classifier: 'ACT',
        at: '2024-03-14T07:00:00Z',
        importVoyage: '2613W',
        exportVoyage: '2613W',
      }),
    ]);
    await send([estimate('2613W', '2024-03-14T09:00:00Z', late)]);
    expect(await eta('2613W')).toBe('2024-03-14T05:00:00.000Z');
    await send([retraction30(late)]);
    expect(await eta('2613W')).toBe('2024-03-14T05:00:00.000Z');
  });
});
