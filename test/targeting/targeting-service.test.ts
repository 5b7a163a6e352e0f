// Targeting service and API on a small fixture world: scoring jobs with mandatory holds from
// lookouts and history counted once per bill, scan plans with officers' selections, rule set
// versions (draft → active, refusals with diagnostics, backtests), access denials that read as
// "not found", and the HTTP routes with their OpenAPI entries.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import { routeTestApp } from '../support/route-test-app.ts';
import { targetingRoutes } from '../../src/server/routes/targeting.routes.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createTargetingService, formatCallId } from '../../src/services/targeting/index.ts';
import { listAuditEvents, loadPartyHistory, type Database } from '../../src/storage/index.ts';
import {
  consignmentFixture,
  containerNo,
  onContainer,
  VESSEL_IMO,
} from '../support/cargo-fixtures.ts';
import { openTestDatabase } from '../support/db.ts';
import { AGENCY, analyst, officer } from './simulated-world.ts';
import { fileForScoring } from '../support/file-for-scoring.ts';

const clock = fixedClock('2024-03-10T12:00:00Z');
const CALL = formatCallId({ vesselImo: VESSEL_IMO, voyageNumber: '2403W', port: 'BEANR' });
const otherOfficer = createActor({
  kind: 'user',
  id: 'nl-1',
  agencyId: 'nl-customs',
  roles: ['targeting-officer'],
});

function bill(i: number, overrides: Partial<Consignment> = {}): Consignment {
  const base = consignmentFixture(`BL${String(i).padStart(6, '0')}`);
  const n = containerNo(200_000 + i);
  return {
    ...onContainer(base, n),
    ...overrides,
  };
}

const file = (database: Database, bills: readonly Consignment[]) =>
  fileForScoring(database, { agencyId: AGENCY, bills, filedAt: clock.now() });

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe('targeting service and routes', () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let service: ReturnType<typeof createTargetingService>;
  let app: FastifyInstance;
  const held = containerNo(200_003);

  beforeAll(async () => {
    handle = await openTestDatabase('pglite');
    service = createTargetingService({
      database: handle.database,
      clock,
      lookouts: (_agency, c) =>
        c.billNumber === 'BL000003'
          ? [
              {
                lookoutId: 'LK-9',
                ownerAgency: 'us-cbp',
                mandatoryHold: true,
                containerNumber: held,
                reason: 'consignee of interest',
              },
            ]
          : [],
    });
    const bills = Array.from({ length: 20 }, (_, i) =>
      bill(i, i % 2 === 0 ? {} : { parties: [{ role: 'shipper', name: `Exporter ${i}` }] }),
    );
    await file(handle.database, bills);
    app = await routeTestApp();
    const actors: Record<string, ReturnType<typeof createActor>> = {
      officer,
      analyst,
      other: otherOfficer,
    };
    await app.register(
      targetingRoutes({
        service,
        actorOf: (request) => {
          const a = actors[String(request.headers['x-api-key'])];
          return a
            ? Promise.resolve(a)
            : Promise.reject(new AppError('unauthenticated', 'no actor'));
        },
      }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await handle?.release();
  });

  it('scores queued filings: holds from lookouts, explanations, history counted once per bill', async () => {
    const run = await service.scorePending(analyst);
    expect(run).toEqual({ jobs: 1, containers: 20, failed: 0 });
    const queue = await service.queue(officer, CALL);
    expect(queue).toHaveLength(20);
    const hold = queue.find((a) => a.containerNumber === held)!;
    expect(hold).toMatchObject({ mandatoryHold: true, band: 'high' });
    expect((hold.explanation as { text: string }).text).toContain(
      'Lookout LK-9 of us-cbp (mandatory hold)',
    );
    expect(queue.filter((a) => a.mandatoryHold)).toHaveLength(1);
    const shipper = { role: 'shipper', key: 'FRUTAS DEL PACIFICO S A' };
    const before = await loadPartyHistory(handle.database.db, AGENCY, [shipper]);
    expect(before.get('shipper|FRUTAS DEL PACIFICO S A')?.shipments).toBe(10);
    await file(handle.database, [bill(0, { bookingReference: 'AMENDED' }), bill(100)]);
    await service.scorePending(analyst);
    const after = await loadPartyHistory(handle.database.db, AGENCY, [shipper]);
    expect(after.get('shipper|FRUTAS DEL PACIFICO S A')?.shipments).toBe(11);
    const events = await listAuditEvents(handle.database.db, { actorId: analyst.id });
    expect(events.some((e) => e.action === 'assessment.score')).toBe(true);
  });

  it('plans holds first with a control sample, and records officers’ selections with reasons', async () => {
    const plan = await service.makeScanPlan(officer, CALL, {
      capacity: 6,
      controlShare: 0.4,
      seed: 's',
    });
    expect(plan.selections[0]).toMatchObject({
      containerNumber: held,
      reason: 'hold',
      propensity: 1,
    });
    const reasons = plan.selections.map((s) => s.reason).sort();
    expect(reasons).toEqual(['control', 'control', 'hold', 'targeted', 'targeted', 'targeted']);
    const control = plan.selections.find((s) => s.reason === 'control')!;
    expect(control.propensity).toBeCloseTo(2 / plan.controlPool);
    const changed = await service.changeSelection(officer, plan.id, {
      containerNumber: control.containerNumber,
      selected: false,
      note: 'reefer unplugged',
    });
    expect(
      changed.selections.find((s) => s.containerNumber === control.containerNumber),
    ).toMatchObject({ selected: false, note: 'reefer unplugged', reason: 'control' });
    expect(
      (
        await rejection(
          service.changeSelection(officer, plan.id, {
            containerNumber: control.containerNumber,
            selected: true,
            note: ' ',
          }),
        )
      ).code,
    ).toBe('validation_failed');
    const denied = await rejection(
      service.changeSelection(otherOfficer, plan.id, {
        containerNumber: held,
        selected: false,
        note: 'x',
      }),
    );
    expect([denied.code, denied.message]).toEqual(['not_found', 'scan-plan not found']);
    expect((await service.getScanPlanOfCall(officer, CALL)).id).toBe(plan.id);
  });

  it('versions rule sets: drafts refused with diagnostics, activation, backtests on recorded outcomes', async () => {
    const bad = await rejection(
      service.addRuleSet(analyst, { id: 'x', version: '1', rules: [{ id: 'R' }] }),
    );
    expect(bad.code).toBe('validation_failed');
    expect(bad.details?.diagnostics?.length).toBeGreaterThan(0);
    const rules = [
      {
        id: 'BANANA',
        version: 1,
        owner: AGENCY,
        title: 'Bananas',
        status: 'active',
        weight: 0.9,
        condition: 'coverLoad = bananas',
        reason: 'Bananas.',
      },
    ];
    const draft = await service.addRuleSet(analyst, { id: 'be-rules', version: '2', rules });
    expect(draft.status).toBe('draft');
    expect(
      (await rejection(service.addRuleSet(analyst, { id: 'be-rules', version: '2', rules }))).code,
    ).toBe('conflict');
    for (const a of (await service.queue(officer, CALL)).slice(0, 4)) {
      await service.recordOutcome(officer, {
        containerNumber: a.containerNumber,
        found: a.containerNumber === held,
      });
    }
    const [report] = await service.backtestRuleSet(analyst, draft.id);
    expect(report).toMatchObject({ ruleId: 'BANANA', records: 4, positives: 1 });
    const active = await service.activateRuleSet(analyst, draft.id);
    expect(active.status).toBe('active');
    await file(handle.database, [bill(101)]);
    await service.scorePending(analyst);
    const [a] = await service.getAssessment(officer, containerNo(200_101));
    expect(a!.ruleSetVersion).toBe('be-rules@2');
    expect((await rejection(service.listRuleSets(officer))).code).toBe('not_found');
  });

  it('serves calls, queues, assessments, plans, selections, rules and models over HTTP, in OpenAPI', async () => {
    const get = (url: string, who = 'officer') =>
      app.inject({ method: 'GET', url, headers: { 'x-api-key': who } });
    const calls = (await get('/api/v1/vessel-calls')).json<{ id: string; containers: number }[]>();
    expect(calls.map((c) => c.id)).toContain(CALL);
    const queue = await get(`/api/v1/vessel-calls/${encodeURIComponent(CALL)}/queue`);
    expect(queue.statusCode).toBe(200);
    const first =
      queue.json<{ containerNumber: string; topReasons: unknown[]; features?: unknown }[]>()[0]!;
    expect(first.containerNumber).toBe(held);
    expect(first.features).toBeUndefined();
    const assessment = (await get(`/api/v1/assessments/${held}`)).json<{
      current: { explanation: { text: string }; features: object };
    }>();
    expect(assessment.current.explanation.text).toContain('mandatory hold');
    expect((await get(`/api/v1/assessments/${held}`, 'other')).statusCode).toBe(404);
    const made = await app.inject({
      method: 'POST',
      url: `/api/v1/vessel-calls/${encodeURIComponent(CALL)}/scan-plan`,
      headers: { 'x-api-key': 'officer' },
      payload: { capacity: 3, controlShare: 0 },
    });
    expect(made.statusCode).toBe(201);
    const plan = made.json<{ id: string; selections: { reason: string }[] }>();
    expect(plan.selections.map((s) => s.reason).sort()).toEqual(['hold', 'targeted', 'targeted']);
    const sel = await app.inject({
      method: 'POST',
      url: `/api/v1/scan-plans/${plan.id}/selections`,
      headers: { 'x-api-key': 'officer' },
      payload: {
        containerNumber: containerNo(200_019),
        selected: true,
        reason: 'tip-off from the terminal',
      },
    });
    expect(
      sel.json<{ selections: { reason: string }[] }>().selections.map((s) => s.reason),
    ).toContain('manual');
    const versions = (await get('/api/v1/rules', 'analyst')).json<
      { id: string; status: string; document?: unknown }[]
    >();
    expect(versions.map((r) => [r.status, r.document])).toEqual([['active', undefined]]);
    const one = (await get(`/api/v1/rules/${versions[0]!.id}`, 'analyst')).json<{
      document: { id: string; rules: { id: string }[] };
    }>();
    expect(one.document.id).toBe('be-rules');
    expect(one.document.rules.length).toBeGreaterThan(0);
    expect((await get('/api/v1/models', 'analyst')).json()).toEqual([]);
    expect((await get('/api/v1/models', 'officer')).statusCode).toBe(404);
    const paths = Object.keys((app.swagger() as { paths: object }).paths);
    for (const p of [
      '/api/v1/vessel-calls',
      '/api/v1/vessel-calls/{id}/queue',
      '/api/v1/vessel-calls/{id}/scan-plan',
      '/api/v1/assessments/{containerNumber}',
      '/api/v1/scan-plans/{id}/selections',
      '/api/v1/rules',
      '/api/v1/rules/{id}',
      '/api/v1/rules/{id}/backtest',
      '/api/v1/rules/{id}/activate',
      '/api/v1/models',
    ]) {
      expect(paths).toContain(p);
    }
  });
});
