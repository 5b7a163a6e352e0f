// A stored assessment reads back as scoring computed it, on each engine: the compact row (text
// explanation and feature snapshot) gives back features that reproduce its score, band, hold,
// fired rules, components and reasons word for word with its rule-set version, through the
// container view and the call queue alike.
import { expect, it } from 'vitest';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import type { UnLocode } from '../../src/core/identifiers/un-locode.ts';
import { assess } from '../../src/risk/assessment/assess.ts';
import { DEFAULT_ASSESSMENT_CONFIG } from '../../src/risk/assessment/assessment-config.ts';
import type { FeatureValues } from '../../src/risk/features/feature-vector.ts';
import { compileRuleSet, evaluateRuleSet } from '../../src/risk/rules/rule-set-evaluator.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { defaultRuleSet } from '../../src/services/targeting/default-rule-set.ts';
import { createTargetingService, formatCallId } from '../../src/services/targeting/index.ts';
import type { StoredExplanation } from '../../src/services/targeting/stored-explanation.ts';
import { getAssessments, type Database } from '../../src/storage/index.ts';
import {
  consignmentFixture,
  containerNo,
  onContainer,
  VESSEL_IMO,
} from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { fileForScoring } from '../support/file-for-scoring.ts';
import { AGENCY, officer } from './targeting-officer.ts';

const clock = fixedClock('2026-03-01T12:00:00Z');
const CALL = formatCallId({ vesselImo: VESSEL_IMO, voyageNumber: '2403W', port: 'BEANR' });
const LOOKOUT = {
  lookoutId: 'LK|1^~',
  ownerAgency: 'nl-customs',
  mandatoryHold: true,
  reason: 'seal 100% "tampered"',
};

function bill(i: number): Consignment {
  const base = consignmentFixture(`SA${String(i).padStart(6, '0')}`);
  const n = containerNo(400_000 + i);
  const fromBrazil = i % 2 === 0;
  return {
    ...onContainer(base, n),
    ...(fromBrazil
      ? {
          route: {
            ...base.route,
            portOfLoading: 'BRSSZ' as UnLocode,
            transshipmentPorts: ['ESALG' as UnLocode],
          },
        }
      : {}),
  };
}

const file = (db: Database, bills: Consignment[]) =>
  fileForScoring(db, { agencyId: AGENCY, bills, filedAt: clock.now() });

describeEachEngine('targeting: a stored assessment reads back as computed', (getDb) => {
  it('reproduces score, band, hold, rules, components and reasons from the compact row', async () => {
    const targeting = createTargetingService({
      database: getDb(),
      clock,
      workerName: 'stored-assessment-test',
      lookouts: (_agency, c) => (c.billNumber === 'SA000003' ? [LOOKOUT] : []),
    });
    const bills = Array.from({ length: 8 }, (_, i) => bill(i));
    await file(getDb(), bills);
    expect(await targeting.scorePending(officer)).toMatchObject({ containers: 8, failed: 0 });
    const rules = compileRuleSet(defaultRuleSet().set);
    const queue = await targeting.queue(officer, CALL);
    expect(queue).toHaveLength(8);
    let ruleReasons = 0;
    for (const queued of queue) {
      const [a] = await targeting.getAssessment(officer, queued.containerNumber);
      const values = a!.features as FeatureValues;
      const stored = a!.explanation as StoredExplanation;
      const again = assess({
        features: { billNumber: a!.billNumber, containerNumber: a!.containerNumber, values },
        rules: evaluateRuleSet(rules, values, clock.now().getTime()),
        lookoutHits: a!.billNumber === 'SA000003' ? [LOOKOUT] : [],
        config: { ...DEFAULT_ASSESSMENT_CONFIG, ...stored.config.bands },
      });
      expect(a!.score).toBe(again.score);
      expect(a!.band).toBe(again.band);
      expect(a!.mandatoryHold).toBe(again.mandatoryHold);
      expect(a!.ruleSetVersion).toBe(again.versions.ruleSet);
      expect(a!.modelVersion).toBeUndefined();
      expect(stored.firedRules).toEqual(again.firedRules);
      expect(stored.heldBy).toEqual(again.heldBy);
      expect(stored.components).toEqual(again.components);
      expect(stored.reasons).toEqual(again.explanation.reasons);
      expect(stored.text).toBe(`${again.explanation.text} (Rules only: no active model.)`);
      // The queue shows the same explanation without the features.
      expect(queued.explanation).toEqual(stored);
      expect(queued.features).toBeUndefined();
      ruleReasons += stored.reasons.filter((r) => r.kind === 'rule').length;
      // What the table keeps: the compact texts, the rule reasons as references.
      const [row] = await getAssessments(getDb().db, AGENCY, [a!.id]);
      expect(String(row!.explanation)).toMatch(/^e2\|/);
      expect(String(row!.features)).toMatch(/^f4\|/);
      for (const r of stored.reasons)
        if (r.kind === 'rule') expect(String(row!.explanation)).not.toContain(r.text);
    }
    expect(ruleReasons).toBeGreaterThan(0);
    const held = queue.find((a) => a.billNumber === 'SA000003')!;
    expect(held.mandatoryHold).toBe(true);
    expect((held.explanation as StoredExplanation).reasons[0]!.text).toContain(LOOKOUT.reason);
  });

  it('keeps the queue current when a call is scored again: the newer assessment replaces the row', async () => {
    // An hour later: the newer assessment is the current one by time.
    const targeting = createTargetingService({
      database: getDb(),
      clock: fixedClock('2026-03-01T13:00:00Z'),
      workerName: 'stored-assessment-test',
    });
    const before = await targeting.queue(officer, CALL);
    const amended = {
      ...bill(5),
      goods: bill(5).goods.map((g) => ({ ...g, description: 'BANANAS' })),
    };
    await file(getDb(), [amended]);
    expect(await targeting.scorePending(officer)).toMatchObject({ containers: 1, failed: 0 });
    const after = await targeting.queue(officer, CALL);
    expect(after).toHaveLength(before.length);
    const container = amended.equipment[0]!.containerNumber;
    const [current] = await targeting.getAssessment(officer, container);
    expect(after.find((a) => a.containerNumber === container)!.id).toBe(current!.id);
    expect(before.find((a) => a.containerNumber === container)!.id).not.toBe(current!.id);
    const plan = await targeting.makeScanPlan(officer, CALL, { capacity: 100, controlShare: 0 });
    const ids = plan.selections.map((x) => x.assessmentId);
    expect(ids).toContain(current!.id);
    expect(ids).toHaveLength(before.length);
  });
});
