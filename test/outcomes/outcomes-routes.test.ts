// The outcome routes over HTTP: selections listed and moved on with versions (409 when stale,
// 422 on bad fields), carriers' customs status as DCSA 3.0 events valid against the standard's
// schema and as IFTSTA, only for their own containers and never with a reason or a score, and
// the effectiveness and seizure figures.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { outcomesDeps } from '../../src/server/deps/outcomes.deps.ts';
import type { Actor } from '../../src/services/access/actor.ts';
import { buildAppContext } from '../../src/services/app-context.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { describeEachEngine } from '../support/db.ts';
import { tnt30EventValidator } from './dcsa-tnt30-schema.ts';
import {
  buildOutcomeWorld,
  inspector,
  officer,
  sha,
  supervisor,
  type OutcomeWorld,
} from './outcome-world.ts';
import { AppError } from '../../src/core/app-error.ts';

describeEachEngine('outcome routes', (getDb) => {
  let app: FastifyInstance;
  let world: OutcomeWorld;
  const clock = fixedClock('2026-03-02T10:00:00Z');
  const actors = new Map<string, Actor>();
  const call = async (method: 'GET' | 'POST', url: string, who: string, payload?: unknown) => {
    const res = await app.inject({
      method,
      url,
      headers: { 'x-test-actor': who },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return {
      status: res.statusCode,
      body: res.body,
      headers: res.headers,
      json: () => res.json<Record<string, unknown>>(),
    };
  };

  beforeAll(async () => {
    const database = getDb();
    world = await buildOutcomeWorld(database, clock, 5, '2404E');
    for (const a of [officer, inspector, supervisor, world.carrier, world.otherCarrier])
      actors.set(a.id, a);
    const actorOf = (request: FastifyRequest) => {
      const actor = actors.get(String(request.headers['x-test-actor']));
      if (!actor) throw new AppError('unauthenticated', 'no test actor');
      return Promise.resolve(actor);
    };
    const context = await buildAppContext(database, clock);
    const deps = outcomesDeps(context, actorOf, {});
    app = await buildServer(
      { readiness: () => Promise.resolve({}), ...(deps ? { outcomes: deps } : {}) },
      { logLevel: 'silent', bodyLimitBytes: 1 << 20 },
    );
    await app.ready();
  });
  afterAll(() => app?.close());

  it('lists selections, records a scan, refuses a stale version and bad fields', async () => {
    const list = await call(
      'GET',
      `/api/v1/selections?callId=${encodeURIComponent(world.callId)}`,
      officer.id,
    );
    expect(list.status).toBe(200);
    const items = list.json().items as { id: string; version: number; state: string }[];
    expect(items).toHaveLength(5);
    const [first, second] = items;
    const scan = {
      version: 1,
      scannerId: 'S1',
      imageRef: 'img/1',
      imageSha256: sha(1),
      verdict: 'anomaly',
      anomalyZones: ['roof'],
    };
    const ok = await call('POST', `/api/v1/selections/${first!.id}/scan`, officer.id, scan);
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'scanned', version: 2, scan: { verdict: 'anomaly' } });
    const stale = await call('POST', `/api/v1/selections/${first!.id}/scan`, officer.id, scan);
    expect(stale.status).toBe(409);
    expect((stale.json().error as { code: string }).code).toBe('conflict');
    const bad = await call('POST', `/api/v1/selections/${second!.id}/seizure`, inspector.id, {
      version: 1,
      substance: 'cocaine',
      grossKg: 10,
      netKg: 9,
      packages: 1,
      concealment: 'nowhere',
      location: 'x',
      evidence: [],
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatch(/concealment/);
    const denied = await call('POST', `/api/v1/selections/${second!.id}/waive`, officer.id, {
      version: 1,
      reason: 'x',
    });
    expect(denied.status).toBe(404);
    const inspected = await call(
      'POST',
      `/api/v1/selections/${first!.id}/inspection`,
      inspector.id,
      {
        version: 2,
        team: 'Team 1',
        findings: 'cocaine in the roof lining',
        found: true,
      },
    );
    expect(inspected.status).toBe(200);
    const seized = await call('POST', `/api/v1/selections/${first!.id}/seizure`, inspector.id, {
      version: 3,
      substance: 'cocaine',
      grossKg: 52,
      netKg: 48,
      packages: 40,
      concealment: 'container-structure',
      location: 'roof lining',
      evidence: [{ sha256: sha(7), description: 'photo' }],
    });
    expect(seized.status).toBe(200);
    const custody = await call('POST', `/api/v1/selections/${first!.id}/custody`, inspector.id, {
      holder: 'Evidence store',
      location: 'Antwerp',
      at: '2026-03-02T09:00:00Z',
    });
    expect(custody.status).toBe(201);
    const clear = await call('POST', `/api/v1/selections/${second!.id}/scan`, officer.id, {
      ...scan,
      verdict: 'clear',
      anomalyZones: [],
    });
    expect(clear.status).toBe(200);
    expect(
      (await call('POST', `/api/v1/selections/${second!.id}/release`, officer.id, { version: 2 }))
        .status,
    ).toBe(200);
  });

  it("tells the carrier only its own containers' customs statuses, as valid DCSA 3.0, never why", async () => {
    const res = await call('GET', '/api/v1/customs-status', world.carrier.id);
    expect(res.status).toBe(200);
    const body = res.json();
    const validate = tnt30EventValidator();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    const events = body.events as {
      equipmentDetails: { equipmentReference: string };
      eventClassification: { equipmentEventTypeCode: string };
    }[];
    expect(events.length).toBeGreaterThanOrEqual(5 + 2);
    expect(new Set(events.map((e) => e.equipmentDetails.equipmentReference))).toEqual(
      new Set(world.containers),
    );
    expect(new Set(events.map((e) => e.eventClassification.equipmentEventTypeCode))).toEqual(
      new Set(['CUSS', 'CUSI', 'CUSR']),
    );
    for (const secret of [
      'reason',
      'score',
      'propensity',
      'control',
      'targeted',
      'anomaly',
      'verdict',
      'cocaine',
      'roof',
      'findings',
      'hold',
    ])
      expect(res.body.toLowerCase()).not.toContain(secret);
    const other = await call('GET', '/api/v1/customs-status', world.otherCarrier.id);
    expect(other.json().events).toEqual([]);
    const later = await call(
      'GET',
      `/api/v1/customs-status?since=${encodeURIComponent(String(res.headers['next-page-cursor']))}`,
      world.carrier.id,
    );
    expect(later.json().events).toEqual([]);
    const officerCall = await call('GET', '/api/v1/customs-status', officer.id);
    expect(officerCall.status).toBe(404);
    expect(
      (await call('GET', '/api/v1/customs-status?since=yesterday', world.carrier.id)).status,
    ).toBe(400);
  });

  it('writes the same statuses as an IFTSTA interchange', async () => {
    const res = await call('GET', '/api/v1/customs-status?format=edifact', world.carrier.id);
    expect(res.status).toBe(200);
    const text = res.body;
    expect(text.startsWith('UNA')).toBe(true);
    expect(text).toContain("UNH+1+IFTSTA:D:95B:UN'");
    expect(text).toMatch(/STS\+1\+CSS::ZZZ:CUSS'/);
    expect(text).toMatch(/STS\+1\+CSI::ZZZ:CUSI'/);
    expect(text).toMatch(/STS\+1\+CSR::ZZZ:CUSR'/);
    for (const c of world.containers) expect(text).toContain(`EQD+CN+${c}`);
    expect(text.toLowerCase()).not.toMatch(/cocaine|anomaly|roof|control|targeted/);
  });

  it('gives effectiveness figures and seizures by port and year', async () => {
    const eff = await call('GET', '/api/v1/stats/effectiveness?groupBy=period', supervisor.id);
    expect(eff.status).toBe(200);
    const groups = eff.json().groups as {
      group: string;
      arms: Record<string, { scans: number; hits: number; kg: number }>;
    }[];
    expect(groups.map((g) => g.group)).toEqual(['2026-03']);
    const arms = groups[0]!.arms;
    const scans = Object.values(arms).reduce((s, a) => s + a.scans, 0);
    const kg = Object.values(arms).reduce((s, a) => s + a.kg, 0);
    expect([scans, kg]).toEqual([2, 48]);
    const seizures = await call('GET', '/api/v1/stats/seizures?groupBy=port,year', supervisor.id);
    expect(seizures.json().items).toEqual([
      {
        port: 'BEANR',
        year: 2026,
        seizures: 1,
        containers: 1,
        netKg: 48,
        grossKg: 52,
        packages: 40,
      },
    ]);
    expect(
      (await call('GET', '/api/v1/stats/effectiveness?groupBy=colour', supervisor.id)).status,
    ).toBe(400);
    expect((await call('GET', '/api/v1/stats/seizures', inspector.id)).status).toBe(404);
  });

  it('describes every route in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    for (const path of [
      '/api/v1/selections',
      '/api/v1/selections/{id}',
      '/api/v1/selections/{id}/scan',
      '/api/v1/selections/{id}/custody',
      '/api/v1/customs-status',
      '/api/v1/stats/effectiveness',
      '/api/v1/stats/seizures',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});
