// GET /api/v1/vessel-calls as an arrivals board, on each engine: each call with the vessel's name,
// its ATA and, to a caller who reads scan plans, the newest plan's counts; `order=eta` lists the
// upcoming calls by ETA then the past ones, `limit` cuts the list, and a bad parameter is a 400
// naming it. Without parameters the list is as before: the most recently assessed first.
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import type { PortCall } from '../../src/core/cargo/vessel.ts';
import type { ImoNumber } from '../../src/core/identifiers/imo-number.ts';
import { targetingRoutes } from '../../src/server/routes/targeting.routes.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import {
  insertAssessments,
  upsertPortCall,
  upsertVessel,
  type AssessmentRecord,
} from '../../src/storage/index.ts';
import { describeEachEngine } from '../support/db.ts';
import { routeTestApp } from '../support/route-test-app.ts';

const AGENCY = 'be-customs';
const NOW = Date.parse('2026-11-23T12:00:00Z');
const clock = fixedClock(new Date(NOW).toISOString());
const hours = (h: number) => new Date(NOW + h * 3_600_000).toISOString();
const person = (id: string, roles: Actor['roles']) =>
  createActor({ kind: 'user', id, agencyId: AGENCY, roles });
const actors: Record<string, Actor> = {
  officer: person('officer-1', ['targeting-officer']),
  analyst: person('analyst-1', ['analyst']),
};

/** Voyage, hour of scoring, and port-call times (hours from now), as the product review saw them. */
const CALLS = [
  { voyage: '2647N', scoredAt: -1, eta: 5.2 },
  { voyage: '2651S', scoredAt: -2, eta: -5.6, ata: -5.5 },
  { voyage: '2649N', scoredAt: -3, eta: 10.7 },
  { voyage: '2639W', scoredAt: -4, eta: -40, ata: -39 },
  { voyage: '2655E', scoredAt: -5 },
] as const;

function scored(voyage: string, at: number): AssessmentRecord[] {
  return [1, 2, 3].map((n) => ({
    agencyId: AGENCY,
    vesselImo: '9467304',
    voyageNumber: voyage,
    port: 'BEANR',
    consignmentId: randomUUID(),
    billNumber: `BL-${voyage}-${n}`,
    containerNumber: `MSKU${voyage}${n}`,
    score: 1 - n / 10,
    band: n === 1 ? 'high' : 'low',
    mandatoryHold: false,
    explanation: 'e2|',
    ruleSetVersion: 'r1',
    features: 'f2|',
    assessedAt: new Date(NOW + at * 3_600_000),
  }));
}

interface CallJson {
  id: string;
  voyageNumber: string;
  vesselName?: string;
  eta?: string;
  ata?: string;
  arrival?: string;
  containers: number;
  plan?: { id: string; selected: number; scanned: number; createdAt: string };
}

describeEachEngine('vessel calls route', (getDb) => {
  let app: FastifyInstance;
  const get = async (query: string, who = 'officer') =>
    app.inject({ url: `/api/v1/vessel-calls${query}`, headers: { 'x-api-key': who } });
  const voyages = async (query: string, who?: string) =>
    (await get(query, who)).json<CallJson[]>().map((c) => c.voyageNumber);

  beforeAll(async () => {
    const { db } = getDb();
    await upsertVessel(db, { imo: '9467304' as ImoNumber, name: 'MSC LANTERN' }, new Date(NOW));
    for (const c of CALLS) {
      await insertAssessments(db, scored(c.voyage, c.scoredAt));
      if (!('eta' in c)) continue;
      const times = { eta: hours(c.eta), ...('ata' in c ? { ata: hours(c.ata) } : {}) };
      const call = { vesselImo: '9467304', voyageNumber: c.voyage, port: 'BEANR', ...times };
      await upsertPortCall(db, call as PortCall, new Date(NOW));
    }
    const service = createTargetingService({ database: getDb(), clock });
    await service.makeScanPlan(actors.officer!, '9467304:2649N:BEANR', {
      capacity: 2,
      controlShare: 0,
    });
    app = await routeTestApp({ serverValidation: true });
    await app.register(
      targetingRoutes({
        service,
        actorOf: (request) => {
          const a = actors[String(request.headers['x-api-key'])];
          return a ? Promise.resolve(a) : Promise.reject(new AppError('unauthenticated', 'no'));
        },
      }),
    );
  });
  afterAll(() => app?.close());

  it('lists the most recently assessed first by default, with name, ATA and plan', async () => {
    expect(await voyages('')).toEqual(['2647N', '2651S', '2649N', '2639W', '2655E']);
    const calls = (await get('')).json<CallJson[]>();
    expect(calls[1]).toEqual({
      id: '9467304:2651S:BEANR',
      vesselImo: '9467304',
      voyageNumber: '2651S',
      port: 'BEANR',
      eta: hours(-5.6),
      filed: true,
      containers: 3,
      high: 1,
      holds: 0,
      vesselName: 'MSC LANTERN',
      ata: hours(-5.5),
      arrival: 'upcoming',
    });
    const planned = calls.find((c) => c.voyageNumber === '2649N');
    expect(planned?.plan).toMatchObject({ selected: 2, scanned: 0, createdAt: hours(0) });
    expect(calls.filter((c) => c.plan).length).toBe(1);
    expect(calls.find((c) => c.voyageNumber === '2655E')).not.toHaveProperty('arrival');
  });

  it('reads as an arrivals board with order=eta, and cuts it with limit', async () => {
    const board = (await get('?order=eta')).json<CallJson[]>();
    expect(board.map((c) => [c.voyageNumber, c.arrival])).toEqual([
      ['2651S', 'upcoming'], // arrived 5.5 h ago: still being worked
      ['2647N', 'upcoming'],
      ['2649N', 'upcoming'],
      ['2639W', 'past'],
      ['2655E', undefined],
    ]);
    expect(await voyages('?order=eta&limit=2')).toEqual(['2651S', '2647N']);
    expect(await voyages('?limit=1')).toEqual(['2647N']);
    expect(await voyages('?order=assessed&limit=500')).toHaveLength(5);
  });

  it('gives the plan only to callers who read scan plans', async () => {
    const calls = (await get('?order=eta', 'analyst')).json<CallJson[]>();
    expect(calls.map((c) => c.voyageNumber)).toEqual(['2651S', '2647N', '2649N', '2639W', '2655E']);
    expect(calls.some((c) => 'plan' in c)).toBe(false);
    expect(calls[0]?.vesselName).toBe('MSC LANTERN');
  });

  it('refuses a bad order or limit with a 400 naming the parameter', async () => {
    const cases = [
      ['order=arrival', /querystring\/order must be one of assessed, eta/],
      ['limit=0', /querystring\/limit must be >= 1/],
      ['limit=501', /querystring\/limit must be <= 500/],
      ['limit=ten', /querystring\/limit must be integer/],
    ] as const;
    for (const [query, message] of cases) {
      const res = await get(`?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message, query).toMatch(message);
    }
  });

  it('documents the parameters and the new fields in the OpenAPI document', () => {
    const doc = app.swagger() as {
      paths: Record<string, { get: { parameters: { name: string }[]; responses: object } }>;
    };
    const list = doc.paths['/api/v1/vessel-calls']!.get;
    expect(list.parameters.map((p) => p.name).sort()).toEqual(['limit', 'order']);
    const text = JSON.stringify(list.responses);
    for (const field of ['vesselName', 'ata', 'arrival', 'plan', 'scanned'])
      expect(text).toContain(`"${field}"`);
  });
});
