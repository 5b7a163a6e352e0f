// A vessel call known first from its arrival, on each engine: an arrival or departure event at a
// home port (where the agency has a scanner) for a call nobody filed creates the call, which the
// arrivals board shows with its ATA and no container; the CUSCAR filed afterwards completes that
// call (its ATA kept), or, filed under the transport call's other voyage, takes the event-made
// call's place; a call filed after events at a port that is no home port takes their times too.
// Either order ends with the same call. Events at a foreign port create nothing.
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PortCall } from '../../src/core/cargo/vessel.ts';
import { writeCuscar, writeIftsta } from '../../src/ingest/edifact/index.ts';
import { targetingRoutes } from '../../src/server/routes/targeting.routes.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import { getPortCall, insertAssessments, upsertScanner } from '../../src/storage/index.ts';
import { locode, VESSEL_IMO } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { routeTestApp } from '../support/route-test-app.ts';
import { event30, type Report } from './dcsa-transport-events.ts';
import { AGENCY, carrier, clock, consignments, services } from './intake-fixtures.ts';

const BEANR = locode('BEANR');
const officer = createActor({
  kind: 'user',
  id: 'officer-1',
  agencyId: AGENCY,
  roles: ['targeting-officer'],
});

interface BoardCall {
  readonly voyageNumber: string;
  readonly port: string;
  readonly containers: number;
  readonly eta?: string;
  readonly ata?: string;
  readonly arrival?: string;
}

describeEachEngine('vessel calls whichever message comes first', (getDb) => {
  let actor: Actor;
  let app: FastifyInstance;
  const call = (voyageNumber: string, port = BEANR) =>
    getPortCall(getDb().db, { vesselImo: VESSEL_IMO, voyageNumber, port });
  const board = async () => {
    const res = await app.inject({ url: '/api/v1/vessel-calls?order=eta&limit=500' });
    if (res.statusCode !== 200) throw new Error(res.body);
    return res.json<BoardCall[]>();
  };
  const onBoard = async (voyageNumber: string) =>
    (await board()).find((c) => c.voyageNumber === voyageNumber);

  async function fileCall(voyageNumber: string, times: Partial<PortCall>, serial: number) {
    const text = writeCuscar({
      envelope: {
        sender: 'MAEU',
        recipient: 'BECUSTOMS',
        controlReference: `C${serial}`,
        preparedAt: '2024-03-09T10:00:00Z',
      },
      documentNumber: `CUSCAR-${voyageNumber}`,
      portCall: { vesselImo: VESSEL_IMO, voyageNumber, port: BEANR, ...times },
      consignments: consignments(1, serial, `BL${voyageNumber}`),
    });
    const bytes = new TextEncoder().encode(text);
    const { acknowledgement } = await services(getDb()).intake.submit(actor, {
      bytes,
      contentType: 'application/edifact',
    });
    expect(acknowledgement.status).toBe('accepted');
  }

  /** The call's containers assessed, as the scoring job would (the board lists assessed calls). */
  async function assess(voyageNumber: string, serial: number) {
    await insertAssessments(getDb().db, [
      {
        agencyId: AGENCY,
        vesselImo: VESSEL_IMO,
        voyageNumber,
        port: BEANR,
        consignmentId: randomUUID(),
        billNumber: `BL${voyageNumber}${serial}`,
        containerNumber: 'MSKU0010001',
        score: 0.5,
        band: 'medium',
        mandatoryHold: false,
        explanation: 'e2|',
        ruleSetVersion: 'r1',
        features: 'f2|',
        assessedAt: new Date('2024-03-10T11:00:00Z'),
      },
    ]);
  }

  async function send(reports: readonly Report[], who = actor) {
    const bytes = new TextEncoder().encode(JSON.stringify(reports.map(event30)));
    const { acknowledgement } = await services(getDb()).intake.submit(who, {
      bytes,
      contentType: 'application/json',
      idempotencyKey: randomUUID(),
    });
    expect(acknowledgement.status).toBe('accepted');
  }

  beforeAll(async () => {
    actor = (await carrier(getDb())).actor;
    await upsertScanner(getDb().db, {
      agencyId: AGENCY,
      port: BEANR,
      terminal: '',
      name: 'BEANR-1',
      containersPerHour: 20,
    });
    app = await routeTestApp({ serverValidation: true });
    const service = createTargetingService({ database: getDb(), clock });
    await app.register(targetingRoutes({ service, actorOf: () => Promise.resolve(officer) }));
  });
  afterAll(() => app?.close());

  it('creates the call from an arrival at the home port, shows it on the board, and the CUSCAR filed later keeps its ATA', async () => {
    const voyages = { importVoyage: '2501W', exportVoyage: '2501W' } as const;
    await send([{ type: 'ARRI', classifier: 'ACT', at: '2024-03-10T04:00:00Z', ...voyages }]);
    expect(await call('2501W')).toEqual({
      vesselImo: VESSEL_IMO,
      voyageNumber: '2501W',
      port: 'BEANR',
      ata: '2024-03-10T04:00:00.000Z',
    });
    // Arrived 8 hours ago, nothing filed: on the board, upcoming (being worked), no container.
    expect(await onBoard('2501W')).toMatchObject({
      port: 'BEANR',
      containers: 0,
      ata: '2024-03-10T04:00:00.000Z',
      arrival: 'upcoming',
    });
    expect(await onBoard('2501W')).not.toHaveProperty('eta');

    await fileCall('2501W', { eta: '2024-03-09T22:00:00.000Z' }, 2100);
    await assess('2501W', 2100);
    const filed = {
      vesselImo: VESSEL_IMO,
      voyageNumber: '2501W',
      port: 'BEANR',
      eta: '2024-03-09T22:00:00.000Z',
      ata: '2024-03-10T04:00:00.000Z',
    };
    expect(await call('2501W')).toEqual(filed);
    const shown = (await board()).filter((c) => c.voyageNumber === '2501W');
    expect(shown).toEqual([
      expect.objectContaining({ containers: 1, ata: filed.ata, arrival: 'upcoming' }),
    ]);
  });

  it('ends with the same call when the CUSCAR comes first', async () => {
    await fileCall('2502W', { eta: '2024-03-09T22:00:00.000Z' }, 2200);
    const voyages = { importVoyage: '2502W', exportVoyage: '2502W' } as const;
    await send([{ type: 'ARRI', classifier: 'ACT', at: '2024-03-10T04:00:00Z', ...voyages }]);
    expect(await call('2502W')).toEqual({
      vesselImo: VESSEL_IMO,
      voyageNumber: '2502W',
      port: 'BEANR',
      eta: '2024-03-09T22:00:00.000Z',
      ata: '2024-03-10T04:00:00.000Z',
    });
  });

  it('keeps the first sender\u2019s ATA when the call is filed after two senders reported the arrival', async () => {
    const terminal = (await carrier(getDb())).actor;
    const voyages = { importVoyage: '2503W', exportVoyage: '2503W' } as const;
    await send([{ type: 'ARRI', classifier: 'ACT', at: '2024-03-10T05:00:00Z', ...voyages }]);
    const iftsta = writeIftsta({
      envelope: {
        sender: 'TERMINAL',
        recipient: 'BECUSTOMS',
        controlReference: 'T2503',
        preparedAt: '2024-03-10T09:00:00Z',
      },
      events: [],
      transportEvents: [
        {
          eventType: 'ARRI',
          classifier: 'ACT',
          vesselImo: VESSEL_IMO,
          voyageNumber: '2503W',
          location: BEANR,
          eventAt: '2024-03-10T05:30:00Z',
        },
        {
          eventType: 'DEPA',
          classifier: 'ACT',
          vesselImo: VESSEL_IMO,
          voyageNumber: '2503W',
          location: BEANR,
          eventAt: '2024-03-10T11:00:00Z',
        },
      ],
    });
    await services(getDb()).intake.submit(terminal, {
      bytes: new TextEncoder().encode(iftsta),
      contentType: 'application/edifact',
    });
    const expected = { ata: '2024-03-10T05:00:00.000Z', atd: '2024-03-10T11:00:00.000Z' };
    expect(await call('2503W')).toMatchObject(expected);
    await fileCall('2503W', { eta: '2024-03-10T01:00:00.000Z' }, 2300);
    expect(await call('2503W')).toMatchObject({ eta: '2024-03-10T01:00:00.000Z', ...expected });
    // The carrier's own correction still moves it: the carrier set it.
    await send([{ type: 'ARRI', classifier: 'ACT', at: '2024-03-10T05:10:00Z', ...voyages }]);
    expect(await call('2503W')).toMatchObject({ ata: '2024-03-10T05:10:00.000Z' });
  });

  it('lets a CUSCAR filed under the transport call\u2019s other voyage take the place of the call the arrival made', async () => {
    const voyages = { importVoyage: '2504W', exportVoyage: '2505E' } as const;
    await send([
      { type: 'ARRI', classifier: 'ACT', at: '2024-03-10T06:00:00Z', ...voyages },
      { type: 'DEPA', classifier: 'EST', at: '2024-03-11T06:00:00Z', ...voyages },
    ]);
    // One call, under the arrival's voyage; the departure's estimate is the same call's.
    expect(await call('2504W')).toMatchObject({
      ata: '2024-03-10T06:00:00.000Z',
      etd: '2024-03-11T06:00:00.000Z',
    });
    expect(await call('2505E')).toBeUndefined();
    await fileCall('2505E', { eta: '2024-03-10T05:00:00.000Z' }, 2500);
    expect(await call('2505E')).toEqual({
      vesselImo: VESSEL_IMO,
      voyageNumber: '2505E',
      port: 'BEANR',
      eta: '2024-03-10T05:00:00.000Z',
      etd: '2024-03-11T06:00:00.000Z',
      ata: '2024-03-10T06:00:00.000Z',
    });
    expect(await call('2504W')).toBeUndefined();
    expect((await board()).filter((c) => c.voyageNumber === '2504W')).toEqual([]);
  });

  it('creates no call at a port that is no home port, and a call filed there later takes the events\u2019 times', async () => {
    const NLRTM = locode('NLRTM');
    const voyages = { importVoyage: '2506W', exportVoyage: '2506W', port: 'NLRTM' } as const;
    await send([
      { type: 'ARRI', classifier: 'EST', at: '2024-03-12T06:00:00Z', ...voyages },
      { type: 'ARRI', classifier: 'ACT', at: '2024-03-10T07:00:00Z', ...voyages },
    ]);
    expect(await call('2506W', NLRTM)).toBeUndefined();
    const text = writeCuscar({
      envelope: {
        sender: 'MAEU',
        recipient: 'BECUSTOMS',
        controlReference: 'C2600',
        preparedAt: '2024-03-09T10:00:00Z',
      },
      documentNumber: 'CUSCAR-2506W',
      portCall: { vesselImo: VESSEL_IMO, voyageNumber: '2506W', port: NLRTM },
      consignments: consignments(1, 2600, 'BL2506W'),
    });
    await services(getDb()).intake.submit(actor, {
      bytes: new TextEncoder().encode(text),
      contentType: 'application/edifact',
    });
    expect(await call('2506W', NLRTM)).toEqual({
      vesselImo: VESSEL_IMO,
      voyageNumber: '2506W',
      port: 'NLRTM',
      eta: '2024-03-12T06:00:00.000Z',
      ata: '2024-03-10T07:00:00.000Z',
    });
  });

  it('creates no call from an estimate alone', async () => {
    const voyages = { importVoyage: '2507W', exportVoyage: '2507W' } as const;
    await send([{ type: 'ARRI', classifier: 'EST', at: '2024-03-12T06:00:00Z', ...voyages }]);
    expect(await call('2507W')).toBeUndefined();
    await fileCall('2507W', {}, 2700);
    expect(await call('2507W')).toMatchObject({ eta: '2024-03-12T06:00:00.000Z' });
  });
});
