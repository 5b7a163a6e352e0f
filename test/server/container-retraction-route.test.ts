// A container's retracted events over HTTP on both engines: the carrier's DCSA events of a gate-in
// (which the terminal's CODECO also reports) and of a discharge, then its retraction of both. The
// events stay listed, each report marked retracted, in `moves`, `?reports=all` and `events`; the
// discharge's move, all of whose reports are retracted, is marked so; the gate-in's move stands on
// the terminal's report alone (the retracted seal no longer disagrees). Scoring reads no retracted
// event, and the retraction's scoring job takes the container up again.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ContainerEvent } from '../../src/core/cargo/events.ts';
import { writeDcsaEvents } from '../../src/ingest/dcsa/index.ts';
import { writeCodeco } from '../../src/ingest/edifact/index.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import type { Acknowledgement } from '../../src/services/intake/acknowledgement.ts';
import { createCargoQueryService } from '../../src/services/cargo/cargo-query.service.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { buildServer } from '../../src/server/app.ts';
import { actualEventsOfContainers } from '../../src/storage/repositories/assessments-inputs.repository.ts';
import { consignmentsTouchedByFiling } from '../../src/storage/repositories/touched-consignments.repository.ts';
import { retraction30 } from '../intake/dcsa-transport-events.ts';
import { admin, carrier, consignments, cuscar, services } from '../intake/intake-fixtures.ts';
import { containerNo, locode } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';

const officer = createActor({
  kind: 'user',
  id: 'officer-1',
  agencyId: 'be-customs',
  roles: ['targeting-officer'],
});
const NUMBER = containerNo(7101);
const GATE_IN_ID = '0b1f5a8e-3c6d-4e2b-9a1f-7d5c3b2a7101';
const DISCHARGE_ID = '0b1f5a8e-3c6d-4e2b-9a1f-7d5c3b2a7102';

const gateIn = (seal: string): ContainerEvent & { eventType: 'GTIN' } => ({
  eventType: 'GTIN',
  classifier: 'ACT',
  containerNumber: NUMBER,
  eventAt: '2024-03-09T08:00:00.000Z',
  location: locode('BEANR'),
  facility: 'PSA869',
  fullEmpty: 'full',
  transportCall: { mode: 'TRUCK' },
  seals: [{ number: seal, source: 'CAR', type: 'BLT' }],
});

interface Move {
  eventType: string;
  retracted?: true;
  seals?: unknown;
  reports: { id: string; retracted?: true; source?: { messageType: string } }[];
  discrepancies: unknown[];
}

describeEachEngine('cargo routes: retracted container events', (getDb) => {
  let app: FastifyInstance;
  let retraction: Acknowledgement;
  const bytes = (text: string) => new TextEncoder().encode(text);
  const submit = async (actor: Actor, text: string, contentType: string) =>
    (await services(getDb()).intake.submit(actor, { bytes: bytes(text), contentType }))
      .acknowledgement;

  beforeAll(async () => {
    const database = getDb();
    const shipping = await carrier(database);
    const terminal = await services(database).senders.addSender(admin, {
      name: 'Terminal PSA 869',
      kind: 'terminal',
    });
    const terminalActor = createActor({
      kind: 'machine',
      id: terminal.id,
      agencyId: 'be-customs',
      roles: ['carrier'],
    });
    const json = 'application/json';
    await submit(
      shipping.actor,
      new TextDecoder().decode(cuscar('CR-1', consignments(1, 7101))),
      'application/edifact',
    );
    const codeco = writeCodeco({
      envelope: {
        sender: 'BEANRPSA',
        recipient: 'BECUSTOMS',
        controlReference: 'GATE71',
        preparedAt: '2024-03-09T09:00:00Z',
      },
      documentNumber: 'GATE-71',
      events: [gateIn('ML-111')],
    });
    await submit(terminalActor, codeco, 'application/edifact');
    const discharge: ContainerEvent = {
      ...gateIn('ML-999'),
      eventType: 'DISC',
      eventAt: '2024-03-08T20:00:00.000Z',
      sourceEventId: DISCHARGE_ID,
    };
    const carrierGateIn = { ...gateIn('ML-999'), sourceEventId: GATE_IN_ID };
    await submit(
      shipping.actor,
      writeDcsaEvents({ container: [discharge, carrierGateIn] }, '3.0'),
      json,
    );
    retraction = await submit(
      shipping.actor,
      JSON.stringify({ events: [retraction30(GATE_IN_ID), retraction30(DISCHARGE_ID)] }),
      json,
    );
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

  it('lists the retracted events marked as retracted, and their moves by what stands', async () => {
    expect(retraction.status).toBe('accepted-with-warnings');
    const response = await app.inject({ url: `/api/v1/containers/${NUMBER}?reports=all` });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      moves: Move[];
      reports: { event: { eventType: string }; retracted?: true }[];
      events: { eventType: string; retracted?: true }[];
    }>();
    const [disc, gate] = body.moves;
    expect(disc).toMatchObject({ eventType: 'DISC', retracted: true });
    expect(disc?.reports.map((r) => r.retracted)).toEqual([true]);
    expect(gate?.eventType).toBe('GTIN');
    expect(gate).not.toHaveProperty('retracted');
    // Received at the same time: the two reports come in either order.
    const reports = gate?.reports.map((r) => [r.source?.messageType, r.retracted]);
    expect(reports?.sort()).toEqual([
      ['CODECO', undefined],
      ['DCSA-TNT', true],
    ]);
    expect(gate?.discrepancies).toEqual([]);
    expect(gate?.seals).toEqual([{ number: 'ML-111', source: 'CAR' }]);
    const listed = [
      ['DISC', true],
      ['GTIN', undefined],
      ['GTIN', true],
    ];
    expect(body.reports.map((r) => [r.event.eventType, r.retracted]).sort()).toEqual(listed);
    expect(body.events.map((e) => [e.eventType, e.retracted]).sort()).toEqual(listed);
  });

  it('reads no retracted event for scoring, and has the retraction rescore the container', async () => {
    const events = (await actualEventsOfContainers(getDb().db, [NUMBER])).get(NUMBER) ?? [];
    expect(events.map((e) => [e.eventType, e.seals?.map((s) => s.number)])).toEqual([
      ['GTIN', ['ML-111']],
    ]);
    const filingId = retraction.units[0]?.filing?.id ?? '';
    const touched = await consignmentsTouchedByFiling(getDb().db, filingId, 'be-customs', {
      arrivedSince: new Date('2024-01-01T00:00:00Z'),
      filedSince: new Date('2024-01-01T00:00:00Z'),
      seenAfterMs: 300_000,
    });
    expect(touched.containers).toBe(1);
  });
});
