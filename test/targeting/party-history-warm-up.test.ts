// A node that has just started holds no party history, so every party is a first shipment: each
// assessment records how long the history was (`partyHistoryDays`), so that rules and models can
// tell, and a party's age is missing while it was first seen within 14 days of the history's start.
import { expect, it } from 'vitest';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import type { FeatureValues } from '../../src/risk/features/feature-vector.ts';
import type { Clock } from '../../src/services/clock.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import type { StoredExplanation } from '../../src/services/targeting/stored-explanation.ts';
import { consignmentFixture, containerNo, onContainer } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { fileForScoring } from '../support/file-for-scoring.ts';
import { AGENCY, officer } from './targeting-officer.ts';

const DAY_MS = 86_400_000;
const START = Date.parse('2026-03-01T12:00:00Z');

/** A bill from Guayaquil with its own shipper, never seen before. */
function bill(i: number): Consignment {
  const base = consignmentFixture(`WU${String(i).padStart(6, '0')}`);
  return {
    ...onContainer(base, containerNo(500_000 + i)),
    parties: base.parties.map((p) =>
      p.role === 'shipper' ? { ...p, name: `Exportadora Nueva ${i} S.A.` } : p,
    ),
  };
}

describeEachEngine('targeting: party history length', (getDb) => {
  it('records how long the party history is, and no party age it cannot know', async () => {
    let now = START;
    const clock: Clock = { now: () => new Date(now) };
    const targeting = createTargetingService({ database: getDb(), clock, workerName: 'warm-up' });
    const scoreOn = async (day: number, i: number) => {
      now = START + day * DAY_MS;
      const b = bill(i);
      await fileForScoring(getDb(), { agencyId: AGENCY, bills: [b], filedAt: clock.now() });
      expect(await targeting.scorePending(officer)).toMatchObject({ containers: 1, failed: 0 });
      const [a] = await targeting.getAssessment(officer, b.equipment[0]!.containerNumber);
      const values = a!.features as FeatureValues;
      const fired = (a!.explanation as StoredExplanation).firedRules;
      return { values, fired, ruleSet: a!.ruleSetVersion };
    };
    const first = await scoreOn(0, 1);
    expect(first.ruleSet).toBe('portcullis-default@2026.3');
    expect(first.values).toMatchObject({ partyHistoryDays: 0, firstShipmentShipper: true });
    expect(first.values.shipperAgeDays).toBeUndefined();
    // The default rules (2026.3) take a first shipment at its word, however short the history.
    expect(first.fired).toContain('PARTY-NEW-SHIPPER');
    const later = await scoreOn(13, 2);
    expect(later.values).toMatchObject({ partyHistoryDays: 13, firstShipmentShipper: true });
    expect(later.values.shipperAgeDays).toBeUndefined();
    // Fourteen days after the first shipment counted: a new shipper's age is known.
    const warm = await scoreOn(14, 3);
    expect(warm.values).toMatchObject({
      partyHistoryDays: 14,
      firstShipmentShipper: true,
      shipperAgeDays: 0,
    });
    expect(warm.fired).toContain('PARTY-NEW-SHIPPER');
    // The consignee first seen on day 0 has shipped since; its age is unknown (it may be older
    // than the history), so it is not taken for a young company.
    expect(warm.values.consigneeAgeDays).toBeUndefined();
    expect(warm.values.consigneePriorShipments).toBe(2);
  });
});
