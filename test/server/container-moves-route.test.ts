// A container's history over HTTP on both engines: a gate-in reported by the terminal (CODECO)
// and by the carrier (DCSA) is one move listing both sources; their seal disagreement shows;
// `?reports=all` still gives every stored report; a bad query value is refused by name; a move
// reported to another agency of the node shows that it was, not which sender or filing; `events`
// still lists every stored report's event as received; the terminal's and the carrier's reports
// of one gate-in with the very same time and no event id are both kept, a resend is not.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { admin, carrier, consignments, cuscar, services } from '../intake/intake-fixtures.ts';
import { containerNo, locode } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import type { ContainerEvent } from '../../src/core/cargo/events.ts';
import { writeDcsaEvents } from '../../src/ingest/dcsa/index.ts';
import { writeCodeco } from '../../src/ingest/edifact/index.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import { createCargoQueryService } from '../../src/services/cargo/cargo-query.service.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { buildServer } from '../../src/server/app.ts';

const officer = createActor({
  kind: 'user',
  id: 'officer-1',
  agencyId: 'be-customs',
  roles: ['targeting-officer'],
});
const NUMBER = containerNo(7001);

function gateIn(minutes: number, seal?: string): ContainerEvent & { eventType: 'GTIN' } {
  return {
    eventType: 'GTIN',
    classifier: 'ACT',
    containerNumber: NUMBER,
    eventAt: new Date(Date.UTC(2024, 2, 9, 8, minutes)).toISOString(),
    location: locode('BEANR'),
    facility: 'PSA869',
    fullEmpty: 'full',
    transportCall: { mode: 'TRUCK' },
    ...(seal ? { seals: [{ number: seal, source: 'CAR' as const, type: 'BLT' as const }] } : {}),
  };
}

describeEachEngine('cargo routes: container moves', (getDb) => {
  let app: FastifyInstance;
  let shipping: { actor: Actor };
  let terminalActor: Actor;
  const bytes = (text: string) => new TextEncoder().encode(text);
  const submit = async (actor: Actor, payload: Uint8Array, contentType: string) => {
    const outcome = await services(getDb()).intake.submit(actor, { bytes: payload, contentType });
    expect(outcome.acknowledgement.status, JSON.stringify(outcome.acknowledgement)).toBe(
      'accepted',
    );
  };
  beforeAll(async () => {
    const database = getDb();
    shipping = await carrier(database);
    const terminal = await services(database).senders.addSender(admin, {
      name: 'Terminal PSA 869',
      kind: 'terminal',
    });
    terminalActor = createActor({
      kind: 'machine',
      id: terminal.id,
      agencyId: 'be-customs',
      roles: ['carrier'],
    });
    await submit(shipping.actor, cuscar('CM-1', consignments(1, 7001)), 'application/edifact');
    const codeco = writeCodeco({
      envelope: {
        sender: 'BEANRPSA',
        recipient: 'BECUSTOMS',
        controlReference: 'GATE1',
        preparedAt: '2024-03-09T09:00:00Z',
      },
      documentNumber: 'GATE-1',
      events: [gateIn(0, 'ML-111')],
    });
    await submit(terminalActor, bytes(codeco), 'application/edifact');
    const discharge: ContainerEvent = {
      ...gateIn(0),
      eventType: 'DISC',
      eventAt: '2024-03-08T20:00:00.000Z',
      sourceEventId: 'b8ad9b3e-6c0e-4f43-8d55-9a3bd5e1a001',
    };
    const carrierGateIn = {
      ...gateIn(2, 'ML-999'),
      sourceEventId: 'b8ad9b3e-6c0e-4f43-8d55-9a3bd5e1a002',
    };
    const json = writeDcsaEvents({ container: [discharge, carrierGateIn] }, '2.2');
    await submit(shipping.actor, bytes(json), 'application/json');
    app = await buildServer(
      {
        readiness: () => Promise.resolve({}),
        cargo: {
          service: createCargoQueryService({ database, clock: fixedClock('2024-03-10T12:00:00Z') }),
          actorOf: () => Promise.resolve(officer),
        },
      },
      { logLevel: 'silent', bodyLimitBytes: 1024 * 1024 },
    );
  });
  afterAll(async () => app?.close());
  const get = (query = '') => app.inject({ url: `/api/v1/containers/${NUMBER}${query}` });

  it('shows a move reported by the terminal and the carrier once, with both sources', async () => {
    const response = await get();
    expect(response.statusCode).toBe(200);
    const body = response.json<{ moves: Move[]; reports?: unknown }>();
    expect(body.reports).toBeUndefined();
    expect(body.moves.map((m) => [m.eventType, m.eventAt, m.reports.length])).toEqual([
      ['DISC', '2024-03-08T20:00:00Z', 1],
      ['GTIN', '2024-03-09T08:00:00.000Z', 2],
    ]);
    const gate = body.moves[1];
    expect(gate?.reports.map((r) => [r.source?.messageType, r.source?.senderKind])).toEqual([
      ['CODECO', 'terminal'],
      [expect.stringMatching(/DCSA|EVENTS/i), 'carrier'],
    ]);
    expect(gate?.reports[0]?.source?.senderName).toBe('Terminal PSA 869');
    expect(gate?.reports.every((r) => r.source?.receivedAt === '2024-03-10T12:00:00.000Z')).toBe(
      true,
    );
    // The terminal's seal against the carrier's: one move, the disagreement shown, no seal chosen.
    const ids = gate?.reports.map((r) => r.id) ?? [];
    expect(gate?.discrepancies).toEqual([
      {
        field: 'seals',
        values: [
          { value: 'ML-111', reportIds: [ids[0]] },
          { value: 'ML-999', reportIds: [ids[1]] },
        ],
      },
    ]);
    expect(gate?.seals).toBeUndefined();
    expect(gate?.fullEmpty).toBe('full');
  });

  it('keeps every stored report reachable with ?reports=all', async () => {
    const body = (await get('?reports=all')).json<{ moves: Move[]; reports: Report[] }>();
    expect(body.reports.map((r) => [r.event.eventType, r.source?.messageType])).toEqual([
      ['DISC', expect.any(String)],
      ['GTIN', 'CODECO'],
      ['GTIN', expect.any(String)],
    ]);
    const inMoves = body.moves.flatMap((m) => m.reports.map((r) => r.id)).sort();
    expect(body.reports.map((r) => r.id).sort()).toEqual(inMoves);
    expect(body.reports[2]?.event.seals).toEqual([
      { number: 'ML-999', source: 'CAR', type: 'BLT' },
    ]);
  });

  it("names another agency's sender and filing only as another agency's", async () => {
    const nlAdmin = createActor({
      kind: 'user',
      id: 'nl-admin',
      agencyId: 'nl-customs',
      roles: ['admin'],
    });
    const nlTerminal = await services(getDb()).senders.addSender(nlAdmin, {
      name: 'Terminal ECT Delta',
      kind: 'terminal',
    });
    const gateOut = { ...gateIn(240), eventType: 'GTOT' as const, facility: 'ECTDELTA' };
    const codeco = writeCodeco({
      envelope: {
        sender: 'NLRTMECT',
        recipient: 'NLCUSTOMS',
        controlReference: 'GATE2',
        preparedAt: '2024-03-09T13:00:00Z',
      },
      documentNumber: 'GATE-2',
      events: [gateOut],
    });
    const nlActor = createActor({
      kind: 'machine',
      id: nlTerminal.id,
      agencyId: 'nl-customs',
      roles: ['carrier'],
    });
    await submit(nlActor, bytes(codeco), 'application/edifact');
    const body = (await get('?reports=all')).json<{
      moves: Move[];
      reports: Report[];
      events: ContainerEvent[];
    }>();
    const out = body.moves.find((m) => m.eventType === 'GTOT');
    expect(out?.reports).toHaveLength(1);
    const source = out?.reports[0]?.source as Record<string, unknown> | undefined;
    expect(source).toMatchObject({
      messageType: 'CODECO',
      senderKind: 'terminal',
      otherAgency: true,
    });
    expect(source).not.toHaveProperty('sender');
    expect(source).not.toHaveProperty('senderName');
    expect(source).not.toHaveProperty('filingId');
    expect(JSON.stringify(body)).not.toContain('ECT Delta');
    expect(JSON.stringify(body)).not.toContain(nlTerminal.id);
    // The own agency's reports keep their sender.
    const gate = body.moves.find((m) => m.eventType === 'GTIN');
    expect(gate?.reports[0]?.source?.senderName).toBe('Terminal PSA 869');
    // Every stored report's event as received, as the route gave before moves were grouped.
    expect(body.events.map((e) => e.eventType)).toEqual(['DISC', 'GTIN', 'GTIN', 'GTOT']);
    expect(body.events.map((e) => e.eventType)).toEqual(body.reports.map((r) => r.event.eventType));
  });

  it("keeps both senders' reports of a move made at the same time, and a resend once", async () => {
    const number = containerNo(7002);
    await submit(shipping.actor, cuscar('CM-2', consignments(1, 7002)), 'application/edifact');
    const same = { ...gateIn(30, 'ML-222'), containerNumber: number };
    const codeco = (reference: string) =>
      writeCodeco({
        envelope: {
          sender: 'BEANRPSA',
          recipient: 'BECUSTOMS',
          controlReference: reference,
          preparedAt: '2024-03-09T09:00:00Z',
        },
        documentNumber: reference,
        events: [same],
      });
    await submit(terminalActor, bytes(codeco('GATE3')), 'application/edifact');
    const json = writeDcsaEvents({ container: [same] }, '2.2');
    await submit(shipping.actor, bytes(json), 'application/json');
    await submit(terminalActor, bytes(codeco('GATE4')), 'application/edifact');
    const response = await app.inject({ url: `/api/v1/containers/${number}?reports=all` });
    const body = response.json<{ moves: Move[]; reports: Report[] }>();
    expect(body.moves).toHaveLength(1);
    // Received at the same time for the same time: the two reports come in either order.
    const sources = body.moves[0]?.reports.map(
      (r) => `${r.source?.senderKind} ${r.source?.messageType}`,
    );
    expect(sources?.sort()).toEqual(['carrier DCSA-TNT', 'terminal CODECO']);
    expect(body.moves[0]?.discrepancies).toEqual([]);
    expect(body.reports).toHaveLength(2);
  });

  it('refuses an unknown value of reports, naming it', async () => {
    const response = await get('?reports=some');
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('reports');
  });
});

interface Source {
  messageType: string;
  sender: string;
  senderName?: string;
  senderKind?: string;
  receivedAt: string;
}
interface Move {
  eventType: string;
  eventAt: string;
  seals?: unknown;
  fullEmpty?: string;
  reports: { id: string; source?: Source }[];
  discrepancies: unknown[];
}
interface Report {
  id: string;
  event: ContainerEvent;
  source?: Source;
}
