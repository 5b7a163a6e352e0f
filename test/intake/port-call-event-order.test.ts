// A vessel call known first from its arrival, on each engine: an arrival or departure event at a
// home port (where the agency has a scanner) for a call nobody filed creates the call, which the
// arrivals board shows with its ATA and no container; the CUSCAR filed afterwards completes that
// call (its ATA kept), or, filed under the transport call's other voyage, takes the event-made
// call's place; a call filed after events at a port that is no home port takes their times too.
// Either order ends with the same call. Events at a foreign port create nothing.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PortCall } from '../../src/core/cargo/vessel.ts';
import type { Actor } from '../../src/services/access/actor.ts';
import { getPortCall } from '../../src/storage/index.ts';
import { locode, VESSEL_IMO } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { event30, type Report } from './dcsa-transport-events.ts';
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
  const board = () => arrivalsBoard<BoardCall>(app);
  const onBoard = async (voyageNumber: string) =>
    (await board()).find((c) => c.voyageNumber === voyageNumber);

  async function fileCall(voyageNumber: string, times: Partial<PortCall>, serial: number) {
    const acknowledgement = await fileCuscar(getDb(), actor, { voyageNumber, times, serial });
    expect(acknowledgement.status).toBe('accepted');
  }

  async function send(reports: readonly Report[], who = actor) {
    const acknowledgement = await submitDcsa(getDb(), who, reports.map(event30));
    expect(acknowledgement.status).toBe('accepted');
  }

  beforeAll(async () => {
    actor = (await carrier(getDb())).actor;
    await makeHomePort(getDb());
    app = await arrivalsBoardApp(getDb());
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
    await assessContainer(getDb(), '2501W', 2100);
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
    await submitIftsta(getDb(), terminal, {
      sender: 'TERMINAL',
      controlReference: 'T2503',
      transportEvents: [
        vesselReport('ARRI', '2503W', '2024-03-10T05:30:00Z'),
        vesselReport('DEPA', '2503W', '2024-03-10T11:00:00Z'),
      ],
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
    await fileCuscar(getDb(), actor, { voyageNumber: '2506W', serial: 2600, port: NLRTM });
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
