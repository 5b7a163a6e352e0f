// Vessel-call test helpers: a carrier's CUSCAR filing a call at BEANR, a terminal's IFTSTA of the
// vessel's arrival and departure, DCSA events sent as JSON, an assessed container of a call (the
// arrivals board lists assessed calls), BEANR made a home port, and the arrivals board served to
// a targeting officer.
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TransportEvent } from '../../src/core/cargo/events.ts';
import type { PortCall } from '../../src/core/cargo/vessel.ts';
import type { UnLocode } from '../../src/core/identifiers/un-locode.ts';
import { writeCuscar, writeIftsta } from '../../src/ingest/edifact/index.ts';
import type { IftstaInput } from '../../src/ingest/edifact/messages/iftsta/iftsta-writer.ts';
import { targetingRoutes } from '../../src/server/routes/targeting.routes.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import {
  insertAssessments,
  upsertScanner,
  type AssessmentRecord,
  type Database,
} from '../../src/storage/index.ts';
import { locode, VESSEL_IMO } from '../support/cargo-fixtures.ts';
import { routeTestApp } from '../support/route-test-app.ts';
import { AGENCY, clock, consignments, services } from './intake-fixtures.ts';

export const BEANR = locode('BEANR');

const officer = createActor({
  kind: 'user',
  id: 'officer-1',
  agencyId: AGENCY,
  roles: ['targeting-officer'],
});

/** Files the carrier's CUSCAR for the vessel's call (at BEANR unless told) with the given times. */
export async function fileCuscar(
  database: Database,
  who: Actor,
  call: { voyageNumber: string; serial: number; times?: Partial<PortCall>; port?: UnLocode },
) {
  const { voyageNumber, serial } = call;
  const text = writeCuscar({
    envelope: {
      sender: 'MAEU',
      recipient: 'BECUSTOMS',
      controlReference: `C${serial}`,
      preparedAt: '2024-03-09T10:00:00Z',
    },
    documentNumber: `CUSCAR-${voyageNumber}`,
    portCall: { vesselImo: VESSEL_IMO, voyageNumber, port: call.port ?? BEANR, ...call.times },
    consignments: consignments(1, serial, `BL${voyageNumber}`),
  });
  const { acknowledgement } = await services(database).intake.submit(who, {
    bytes: new TextEncoder().encode(text),
    contentType: 'application/edifact',
  });
  return acknowledgement;
}

/** A vessel's actual arrival or departure at BEANR, as a terminal reports it. */
export function vesselReport(
  eventType: 'ARRI' | 'DEPA',
  voyageNumber: string,
  eventAt: string,
): TransportEvent {
  return {
    eventType,
    classifier: 'ACT',
    vesselImo: VESSEL_IMO,
    voyageNumber,
    location: BEANR,
    eventAt,
  };
}

/** Submits an IFTSTA of the vessel's reports (and any container events) as `who`. */
export async function submitIftsta(
  database: Database,
  who: Actor,
  message: {
    sender: string;
    controlReference: string;
    transportEvents: readonly TransportEvent[];
    events?: IftstaInput['events'];
  },
) {
  const text = writeIftsta({
    envelope: {
      sender: message.sender,
      recipient: 'BECUSTOMS',
      controlReference: message.controlReference,
      preparedAt: '2024-03-10T09:00:00Z',
    },
    events: message.events ?? [],
    transportEvents: message.transportEvents,
  });
  const { acknowledgement } = await services(database).intake.submit(who, {
    bytes: new TextEncoder().encode(text),
    contentType: 'application/edifact',
  });
  return acknowledgement;
}

/** Submits a DCSA JSON document (an event list, or `{ events }`) as `who`; returns the acknowledgement. */
export async function submitDcsa(database: Database, who: Actor, document: object, indent = 0) {
  const { acknowledgement } = await services(database).intake.submit(who, {
    bytes: new TextEncoder().encode(JSON.stringify(document, null, indent)),
    contentType: 'application/json',
    idempotencyKey: randomUUID(),
  });
  return acknowledgement;
}

/** One container of the call at BEANR assessed, as the scoring job would store it. */
export async function assessContainer(
  database: Database,
  voyageNumber: string,
  serial: number,
  container: Partial<
    Pick<AssessmentRecord, 'billNumber' | 'containerNumber' | 'score' | 'band'>
  > = {},
) {
  await insertAssessments(database.db, [
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
      ...container,
      mandatoryHold: false,
      explanation: 'e2|',
      ruleSetVersion: 'r1',
      features: 'f2|',
      assessedAt: new Date('2024-03-10T11:00:00Z'),
    },
  ]);
}

/** A scanner of the agency at BEANR, which makes it one of the agency's home ports. */
export async function makeHomePort(database: Database) {
  await upsertScanner(database.db, {
    agencyId: AGENCY,
    port: BEANR,
    terminal: '',
    name: 'BEANR-1',
    containersPerHour: 20,
  });
}

/** The calls on the arrivals board, as the officer sees them. */
export async function arrivalsBoard<T>(app: FastifyInstance): Promise<T[]> {
  const res = await app.inject({ url: '/api/v1/vessel-calls?order=eta&limit=500' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T[]>();
}

/** The targeting routes (the arrivals board, GET /api/v1/vessel-calls) served to an officer. */
export async function arrivalsBoardApp(database: Database): Promise<FastifyInstance> {
  const app = await routeTestApp({ serverValidation: true });
  const service = createTargetingService({ database, clock });
  await app.register(targetingRoutes({ service, actorOf: () => Promise.resolve(officer) }));
  return app;
}
