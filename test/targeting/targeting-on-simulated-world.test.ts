// Targeting on the simulator's world, end to end: simulate → ingest through intake → score the
// queued jobs → plan each vessel call with a random control share → scan outcomes from the
// simulator's outcome model and ground truth → evaluate. Targeted scans must find smuggling at
// many times the control sample's rate, with a confidence interval that excludes "no better"
// (as `portcullis risk evaluate` prints it).
// Then retrain on the recorded outcomes, activate the model and score the next day with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEvaluation } from '../../src/cli/commands/risk.command.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import { formatCallId } from '../../src/services/targeting/call-id.ts';
import { generateDays } from '../../src/sim/index.ts';
import { openTestDatabase } from '../support/db.ts';
import {
  analyst,
  casesByContainer,
  ingestDays,
  MovingClock,
  officer,
  scanOutcome,
  worldConfig,
} from './simulated-world.ts';

// Day 0 warms up the party and route history (scored, not planned); the calls of days 1–7 are
// planned, scanned and evaluated; day 8 is scored by the model retrained on their outcomes. The
// world has the demo's planted rates (about 1.25% of containers moved; three times that raised
// the control rate more than the targeted one and lowered the ratio). Each call is planned with
// scanner capacity for a quarter of its containers, 84% of it a random control sample: the
// targeted share stays at about 4% of the call, where the rules rank best, and the control
// sample (about 1,250 scans, 14–29 hits) is large enough to measure the rate targeting is
// compared with. Over eight world seeds (this one and seven others) targeted found 20–29 of
// about 245 against control 14–29 of about 1,260, a ratio of 4.4–8.0× whose 95% interval started
// at 2.6–4.2 (3.5 for this seed); three planned days at 8% capacity, half of it control, gave
// intervals starting at 0.7–1.7 over five seeds, this one failing. `npm run bench
// targeting-world` runs the same loop over 20 planned days after a week of history
// (docs/targeting.md).
const PLANNED_DAYS = 7;
const days = [...generateDays(worldConfig(PLANNED_DAYS + 2))];
const truth = casesByContainer(days);

describe('targeting on the simulated world', () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  const clock = new MovingClock('2026-01-05T00:00:00Z');
  let service: ReturnType<typeof createTargetingService>;

  beforeAll(async () => {
    handle = await openTestDatabase('pglite');
    service = createTargetingService({ database: handle.database, clock, workerName: 'test' });
    await ingestDays(handle.database, clock, days.slice(0, 1));
    await service.scorePending(analyst, 10_000);
    await ingestDays(handle.database, clock, days.slice(1, 1 + PLANNED_DAYS));
  }, 300_000);
  afterAll(async () => handle?.release());

  it('scores every queued filing, rules only, and explains each container', async () => {
    const run = await service.scorePending(analyst, 10_000);
    expect(run.failed).toBe(0);
    expect(run.containers).toBeGreaterThan(500);
    const calls = await service.listVesselCalls(officer);
    expect(calls.length).toBeGreaterThan(2);
    const queue = await service.queue(officer, formatCallId(calls[0]!));
    expect(queue.length).toBe(calls[0]!.containers);
    const top = queue[0]!;
    expect(top.ruleSetVersion).toBe('portcullis-default@2026.3');
    expect((top.explanation as { text: string }).text).toMatch(/Rules only: no active model/);
  }, 120_000);

  it('finds smuggling in targeted scans at many times the control rate', async () => {
    const key = (c: { vesselImo: string; voyageNumber: string }) =>
      `${c.vesselImo}:${c.voyageNumber}`;
    const warmUp = new Set(days[0]!.calls.map((c) => key(c.portCall)));
    const calls = (await service.listVesselCalls(officer, 1000)).filter((c) => !warmUp.has(key(c)));
    for (const call of calls) {
      const capacity = Math.ceil(call.containers * 0.25);
      const plan = await service.makeScanPlan(officer, formatCallId(call), {
        capacity,
        controlShare: 0.84,
        shift: 'day',
        seed: formatCallId(call),
      });
      for (const s of plan.selections) {
        const found = scanOutcome(s.containerNumber, truth.get(s.containerNumber), 'eval');
        await service.recordOutcome(officer, {
          containerNumber: s.containerNumber,
          found,
          seizure: found,
        });
      }
    }
    const e = await service.evaluate(analyst);
    // What `portcullis risk evaluate` prints for this evaluation.
    const printed = formatEvaluation(e);
    console.log(printed);
    const ci = String.raw`\(95% CI [\d.]+%? – [\d.]+%?\)`;
    expect(printed).toMatch(new RegExp(String.raw`^targeted\s+\d+/\d+ = [\d.]+%  ${ci}$`, 'm'));
    expect(printed).toMatch(new RegExp(String.raw`^control\s+\d+/\d+ = [\d.]+%  ${ci}$`, 'm'));
    // The ratio is ∞ when the control sample found nothing; its interval is still finite.
    expect(printed).toMatch(new RegExp(String.raw`^ratio\s+(?:[\d.]+|∞)× ${ci}$`, 'm'));
    expect(e.targeted.trials).toBeGreaterThan(200);
    expect(e.control.trials).toBeGreaterThan(1000);
    expect(e.control.hits).toBeGreaterThan(0);
    expect(e.targeted.rate).toBeGreaterThan(3 * e.control.rate);
    expect(e.ratio.estimate).toBeGreaterThan(3);
    // The interval excludes "no better than the control sample", and by a margin: targeting
    // finds at least half again the control rate.
    expect(e.ratio.low).toBeGreaterThan(1.5);
    expect(e.ratio.high).toBeGreaterThan(e.ratio.low);
    expect(e.ranking.auc).toBeGreaterThan(0.85);
  }, 180_000);

  it('retrains on recorded outcomes, control rows flagged, and scores the next day with the model', async () => {
    const model = await service.retrainModel(analyst);
    const meta = model.metadata as { rows: number; controlRows: number; positives: number };
    expect(meta.controlRows).toBeGreaterThan(0);
    expect(meta.positives).toBeGreaterThan(0);
    expect(model.status).toBe('candidate');
    await service.activateModel(analyst, model.version);
    expect((await service.listModels(analyst)).map((m) => [m.version, m.status])).toEqual([
      [model.version, 'active'],
    ]);
    await ingestDays(handle.database, clock, days.slice(1 + PLANNED_DAYS));
    const run = await service.scorePending(analyst, 10_000);
    expect(run.containers).toBeGreaterThan(100);
    const [call] = await service.listVesselCalls(officer);
    const queue = await service.queue(officer, formatCallId(call!));
    expect(
      queue.every((a) => a.modelVersion === model.version && a.modelHash === model.modelHash),
    ).toBe(true);
    const withModel = queue.filter((a) =>
      (a.explanation as { text: string }).text.includes('Model:'),
    );
    expect(withModel.length).toBeGreaterThan(0);
    // Scoring explains the model by path contributions; the explanation on display is exact.
    type Explained = { text: string; method?: string; reasons: { kind: string; text: string }[] };
    const stored = withModel[0]!;
    expect((stored.explanation as Explained).method).toBe('path');
    const [shown] = await service.getAssessment(officer, stored.containerNumber);
    const exact = shown!.explanation as Explained;
    expect(exact.method).toBe('tree-shap');
    expect(exact.text).toMatch(/Model: /);
    expect(exact.reasons.some((r) => r.kind === 'model')).toBe(true);
    // In Dutch, the exact model reasons too: the feature's description, value and contribution.
    const [dutch] = await service.getAssessment(officer, stored.containerNumber, 'nl');
    const words = dutch!.explanation as Explained;
    expect(words.method).toBe('tree-shap');
    const models = words.reasons.filter((r) => r.kind === 'model');
    expect(models.length).toBe(exact.reasons.filter((r) => r.kind === 'model').length);
    for (const r of models) expect(r.text).toMatch(/^Model: .+ is .+ \(\+\d+,\d\d\)$/);
    expect(words.text).toMatch(/^(Hoog|Gemiddeld|Laag) risico \(\d,\d\d\)/);
  }, 120_000);
});
