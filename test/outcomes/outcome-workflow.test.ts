// The outcome workflow on both engines: selections opened from the scan plan, scan → release,
// scan → inspection → seizure → custody, a mandatory hold waived by a supervisor only, labels
// for targeting, the audit event of every step; illegal transitions and stale versions are
// refused with clear errors and change nothing.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import {
  createOutcomesService,
  type OutcomesService,
  type SelectionSummary,
} from '../../src/services/outcomes/index.ts';
import {
  listAuditEvents,
  listLabelledAssessments,
  type Database,
} from '../../src/storage/index.ts';
import { describeEachEngine } from '../support/db.ts';
import { rowsOf } from '../../src/storage/db.ts';
import {
  AGENCY,
  buildOutcomeWorld,
  foreignOfficer,
  inspector,
  officer,
  secondOfficer,
  sha,
  supervisor,
  type OutcomeWorld,
} from './outcome-world.ts';

async function rejects(p: Promise<unknown>, code: string, message?: RegExp): Promise<AppError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const e = error as AppError;
  expect(e.code).toBe(code);
  if (message) expect(e.message).toMatch(message);
  return e;
}

const scanOf = (version: number, verdict: 'clear' | 'anomaly', zones?: string[]) => ({
  version,
  scannerId: 'BEANR-S1',
  imageRef: `s3://scans/${version}-${verdict}.tiff`,
  imageSha256: sha(version + 1),
  verdict,
  ...(zones ? { anomalyZones: zones } : {}),
});

const seizureOf = (version: number) => ({
  version,
  substance: 'cocaine',
  grossKg: 110,
  netKg: 100.5,
  packages: 90,
  concealment: 'door-bags',
  location: 'behind the doors, rear of the load',
  evidence: [{ sha256: sha(0xabc), description: 'photo of the bags' }],
});

async function openedCounts(db: Database) {
  const result = await db.db.execute(sql`
    SELECT (SELECT count(*) FROM outcome_selections)::int AS selections,
      (SELECT count(*) FROM customs_status_events WHERE code = 'CUSS')::int AS cuss`);
  const [row] = rowsOf<{ selections: number; cuss: number }>(result);
  return { selections: Number(row?.selections), cuss: Number(row?.cuss) };
}

describeEachEngine('outcome workflow', (getDb) => {
  let db: Database;
  let world: OutcomeWorld;
  let outcomes: OutcomesService;
  let selections: SelectionSummary[];
  let openedWithPlan: { selections: number; cuss: number };
  const clock = fixedClock('2026-03-02T10:00:00Z');
  const pick = (i: number) => selections[i]!;

  beforeAll(async () => {
    db = getDb();
    world = await buildOutcomeWorld(db, clock);
    // Counted before anyone lists them: making the plan opened its selections.
    openedWithPlan = await openedCounts(db);
    outcomes = createOutcomesService({ database: db, clock });
    selections = await outcomes.listSelections(officer, { callId: world.callId });
  });

  it('opens the selections and tells CUSS when the plan is made, not when they are listed', async () => {
    expect(openedWithPlan).toEqual({
      selections: world.containers.length,
      cuss: world.containers.length,
    });
    expect(await openedCounts(db)).toEqual(openedWithPlan);
  });

  async function unchanged(id: string, expected: { state: string; version: number }) {
    const d = await outcomes.getSelection(officer, id);
    expect({ state: d.state, version: d.version }).toEqual(expected);
    return d;
  }

  it('opens one selection per planned container, selected at version 1, told CUSS', async () => {
    expect(selections.map((s) => s.containerNumber).sort()).toEqual([...world.containers].sort());
    expect(selections.every((s) => s.state === 'selected' && s.version === 1)).toBe(true);
    expect(new Set(selections.map((s) => s.reason))).toContain('control');
    const again = await outcomes.listSelections(officer, { callId: world.callId });
    expect(again.map((s) => s.id).sort()).toEqual(selections.map((s) => s.id).sort());
    const d = await outcomes.getSelection(officer, pick(0).id);
    expect(d.customsStatuses).toEqual(['CUSS']);
  });

  it('scans clear and releases, with history, audit events and a miss label', async () => {
    const s = pick(0);
    const scanned = await outcomes.recordScan(officer, s.id, scanOf(1, 'clear'));
    expect([scanned.state, scanned.version, scanned.scan?.verdict]).toEqual([
      'scanned',
      2,
      'clear',
    ]);
    const released = await outcomes.release(officer, s.id, { version: 2 });
    expect([released.state, released.version]).toEqual(['released', 3]);
    expect(released.history.map((h) => [h.action, h.from, h.to, h.by])).toEqual([
      ['scan', 'selected', 'scanned', officer.id],
      ['release', 'scanned', 'released', officer.id],
    ]);
    expect(released.customsStatuses.toSorted()).toEqual(['CUSR', 'CUSS']);
    const events = await listAuditEvents(db.db, { resourceType: 'selection', resourceId: s.id });
    const steps = events.filter((e) => e.action !== 'selection.read').reverse();
    expect(steps.map((e) => [e.action, e.outcome, e.details.from, e.details.to])).toEqual([
      ['scan.record', 'success', 'selected', 'scanned'],
      ['selection.release', 'success', 'scanned', 'released'],
    ]);
    const labels = await listLabelledAssessments(db.db, AGENCY, false);
    const label = labels.find((l) => l.containerNumber === s.containerNumber);
    expect(label).toMatchObject({ found: false, reason: s.reason, propensity: s.propensity });
  });

  it('refuses illegal transitions with both states named, changing nothing', async () => {
    const s = pick(1);
    const e = await rejects(
      outcomes.release(officer, s.id, { version: 1 }),
      'conflict',
      /"selected"/,
    );
    expect(e.details).toMatchObject({ from: 'selected', to: 'released', action: 'release' });
    await rejects(
      outcomes.recordSeizure(inspector, s.id, seizureOf(1)),
      'conflict',
      /needs an inspection/,
    );
    await rejects(
      outcomes.addCustody(inspector, s.id, {
        holder: 'x',
        location: 'y',
        at: '2026-03-02T09:00:00Z',
      }),
      'conflict',
      /custody/,
    );
    const closed = pick(0);
    await rejects(
      outcomes.recordScan(officer, closed.id, scanOf(3, 'clear')),
      'conflict',
      /"released"/,
    );
    const d = await unchanged(s.id, { state: 'selected', version: 1 });
    expect(d.history).toEqual([]);
    const failures = await listAuditEvents(db.db, {
      resourceId: s.id,
      action: 'selection.release',
    });
    expect(failures.map((f) => [f.outcome, f.details.error])).toEqual([['failure', 'conflict']]);
  });

  it('lets only the first of two officers record an outcome; the stale one gets 409', async () => {
    const s = pick(1);
    const [a, b] = await Promise.allSettled([
      outcomes.recordScan(officer, s.id, scanOf(1, 'clear')),
      outcomes.recordScan(secondOfficer, s.id, scanOf(1, 'anomaly', ['roof'])),
    ]);
    const outcomesOf = [a, b].map((r) => r.status);
    expect(outcomesOf.sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe('conflict');
    expect((rejected.reason as AppError).status).toBe(409);
    const d = await unchanged(s.id, { state: 'scanned', version: 2 });
    expect(d.history).toHaveLength(1);
    // A stale version read before the scan changes nothing either.
    await rejects(outcomes.release(officer, s.id, { version: 1 }), 'conflict', /version 1/);
    await unchanged(s.id, { state: 'scanned', version: 2 });
  });

  it('goes from an anomaly through inspection to a seizure with custody, told CUSI only', async () => {
    const s = pick(2);
    const scanned = await outcomes.recordScan(officer, s.id, scanOf(1, 'anomaly', ['door end']));
    expect(scanned.customsStatuses.toSorted()).toEqual(['CUSI', 'CUSS']);
    await rejects(outcomes.release(officer, s.id, { version: 2 }), 'conflict', /anomaly/);
    await rejects(
      outcomes.recordInspection(officer, s.id, {
        version: 2,
        team: 'T',
        findings: 'x',
        found: true,
      }),
      'not_found',
    );
    const inspected = await outcomes.recordInspection(inspector, s.id, {
      version: 2,
      team: 'Antwerp search team 3',
      findings: '90 bricks in sports bags behind the doors',
      found: true,
    });
    expect([inspected.state, inspected.version]).toEqual(['inspected', 3]);
    await rejects(outcomes.release(officer, s.id, { version: 3 }), 'conflict', /seizure/);
    const bad = await rejects(
      outcomes.recordSeizure(inspector, s.id, {
        ...seizureOf(3),
        concealment: 'hollow-banana',
        netKg: 200,
      }),
      'validation_failed',
    );
    expect(bad.message).toMatch(/concealment.*hollow-banana/);
    expect(bad.message).toMatch(/netKg 200 exceeds grossKg 110/);
    await unchanged(s.id, { state: 'inspected', version: 3 });
    const seized = await outcomes.recordSeizure(inspector, s.id, seizureOf(3));
    expect([seized.state, seized.version, seized.seizures[0]?.netKg]).toEqual(['seized', 4, 100.5]);
    const custody = await outcomes.addCustody(inspector, s.id, {
      holder: 'Evidence officer J. Peeters',
      location: 'Antwerp customs evidence store',
      at: '2026-03-02T09:30:00Z',
      note: 'sealed bag 0042',
    });
    const detail = await outcomes.getSelection(officer, s.id);
    expect(detail.custody).toEqual([custody]);
    expect(detail.custody[0]?.seizureId).toBe(seized.seizures[0]?.id);
    expect(detail.customsStatuses.toSorted()).toEqual(['CUSI', 'CUSS']);
    const labels = await listLabelledAssessments(db.db, AGENCY, false);
    expect(labels.find((l) => l.containerNumber === s.containerNumber)?.found).toBe(true);
    const actions = (await listAuditEvents(db.db, { resourceId: s.id }))
      .filter((e) => e.outcome === 'success' && e.action !== 'selection.read')
      .map((e) => e.action)
      .reverse();
    expect(actions).toEqual([
      'scan.record',
      'inspection.record',
      'seizure.record',
      'custody.record',
    ]);
  });

  it('waives a mandatory hold only by a supervisor, with the reason recorded', async () => {
    const s = pick(3);
    await db.db.execute(
      sql`UPDATE outcome_selections SET mandatory_hold = true WHERE id = ${s.id}::uuid`,
    );
    await outcomes.recordScan(officer, s.id, scanOf(1, 'clear'));
    await rejects(outcomes.release(officer, s.id, { version: 2 }), 'conflict', /mandatory hold/);
    await rejects(outcomes.waiveHold(officer, s.id, { version: 2, reason: 'no' }), 'not_found');
    await rejects(
      outcomes.waiveHold(supervisor, s.id, { version: 2, reason: ' ' }),
      'validation_failed',
      /reason/,
    );
    const waived = await outcomes.waiveHold(supervisor, s.id, {
      version: 2,
      reason: 'Lookout withdrawn by its owner after the clear scan',
    });
    expect([waived.state, waived.version, waived.holdWaived]).toEqual(['scanned', 3, true]);
    expect(waived.history.at(-1)).toMatchObject({
      action: 'waive',
      by: supervisor.id,
      details: { reason: 'Lookout withdrawn by its owner after the clear scan' },
    });
    await rejects(
      outcomes.waiveHold(supervisor, s.id, { version: 3, reason: 'again' }),
      'conflict',
      /already waived/,
    );
    const released = await outcomes.release(officer, s.id, { version: 3 });
    expect(released.state).toBe('released');
    const events = await listAuditEvents(db.db, { resourceId: s.id, action: 'hold.waive' });
    expect(events.map((e) => [e.outcome, e.actorId, e.details.error]).reverse()).toEqual([
      ['denied', officer.id, 'not_found'],
      ['failure', supervisor.id, 'validation_failed'],
      ['success', supervisor.id, undefined],
      ['failure', supervisor.id, 'conflict'],
    ]);
  });

  it('hides selections from another agency and from roles without the permission', async () => {
    const s = pick(4);
    await rejects(outcomes.getSelection(foreignOfficer, s.id), 'not_found');
    await rejects(outcomes.recordScan(foreignOfficer, s.id, scanOf(1, 'clear')), 'not_found');
    await rejects(outcomes.recordScan(inspector, s.id, scanOf(1, 'clear')), 'not_found');
    await rejects(outcomes.getSelection(officer, 'not-a-uuid'), 'not_found');
    expect(await outcomes.listSelections(foreignOfficer, {})).toEqual([]);
    await unchanged(s.id, { state: 'selected', version: 1 });
    const denied = await listAuditEvents(db.db, { resourceId: s.id, actorId: inspector.id });
    expect(denied.map((e) => e.outcome)).toContain('denied');
  });

  it('checks scan input and names the field', async () => {
    const s = pick(4);
    await rejects(
      outcomes.recordScan(officer, s.id, { ...scanOf(1, 'clear'), imageSha256: 'abc' }),
      'validation_failed',
      /imageSha256/,
    );
    await rejects(
      outcomes.recordScan(officer, s.id, scanOf(1, 'clear', ['roof'])),
      'validation_failed',
      /clear scan has no anomaly zones/,
    );
    await unchanged(s.id, { state: 'selected', version: 1 });
  });

  it('withdraws an untouched selection the officer deselects (told CUSR), and reopens it when selected again', async () => {
    const s = pick(5);
    expect(s.mandatoryHold).toBe(false);
    const targeting = createTargetingService({ database: db, clock, workerName: 'withdraw-test' });
    const plan = await targeting.getScanPlanOfCall(officer, world.callId);
    const change = (selected: boolean, note: string) =>
      targeting.changeSelection(officer, plan.id, {
        containerNumber: s.containerNumber,
        selected,
        note,
      });
    await change(false, 'terminal reports the box already re-exported');
    const listed = await outcomes.listSelections(officer, { callId: world.callId });
    expect(listed.find((x) => x.id === s.id)).toMatchObject({ state: 'withdrawn', version: 2 });
    const d = await outcomes.getSelection(officer, s.id);
    expect(d.history.map((h) => [h.action, h.from, h.to, h.by])).toEqual([
      ['withdraw', 'selected', 'withdrawn', 'scan-plan'],
    ]);
    expect(d.customsStatuses.toSorted()).toEqual(['CUSR', 'CUSS']);
    await rejects(outcomes.recordScan(officer, s.id, scanOf(2, 'clear')), 'conflict', /withdrawn/);
    // The others are untouched.
    expect(listed.filter((x) => x.state === 'withdrawn').map((x) => x.id)).toEqual([s.id]);
    await change(true, 're-export cancelled');
    await outcomes.listSelections(officer, { callId: world.callId });
    await unchanged(s.id, { state: 'selected', version: 3 });
  });
});

describe('selection states', () => {
  it('lists its states', async () => {
    const { SELECTION_STATES } = await import('../../src/services/outcomes/index.ts');
    expect(SELECTION_STATES).toEqual([
      'selected',
      'scanned',
      'inspected',
      'seized',
      'released',
      'withdrawn',
    ]);
  });
});
