import { describe, expect, it } from 'vitest';
import type { FeatureVector } from '../features/feature-vector.ts';
import { blankFeatureValues } from '../features/blank-feature-values.ts';
import type { LookoutHit } from '../features/history.ts';
import type { RuleEvaluation } from '../rules/rule-set-evaluator.ts';
import { assess } from './assess.ts';
import { DEFAULT_ASSESSMENT_CONFIG } from './assessment-config.ts';

const values = {
  ...blankFeatureValues(),
  originCountry: 'EC',
  isReefer: true,
  shipperAgeDays: 12.4,
  coverLoad: 'bananas',
};
const fv: FeatureVector = { billNumber: 'BL1', containerNumber: 'MSCU0000013', values };

const rules = (fired: [string, number, string][]): RuleEvaluation => ({
  ruleSetId: 'default',
  ruleSetVersion: '2026.1',
  fired: fired.map(([id, weight, reason]) => ({
    id,
    version: 1,
    owner: 'BE',
    title: id,
    weight,
    reason,
  })),
  score: 1 - fired.reduce((m, [, w]) => m * (1 - w), 1),
});

const hit = (over: Partial<LookoutHit>): LookoutHit => ({
  lookoutId: 'LK-1',
  ownerAgency: 'US-CBP',
  mandatoryHold: false,
  reason: 'consignee of interest',
  ...over,
});

describe('assess', () => {
  it('bands by configurable thresholds', () => {
    expect(assess({ features: fv, rules: rules([]) }).band).toBe('low');
    expect(assess({ features: fv, rules: rules([['R', 0.35, 'x']]) }).band).toBe('medium');
    expect(
      assess({
        features: fv,
        rules: rules([
          ['R', 0.35, 'x'],
          ['S', 0.5, 'y'],
        ]),
      }).band,
    ).toBe('high');
    const strict = { ...DEFAULT_ASSESSMENT_CONFIG, mediumAt: 0.4 };
    expect(assess({ features: fv, rules: rules([['R', 0.35, 'x']]), config: strict }).band).toBe(
      'low',
    );
  });

  it('combines rules, model and lookouts as independent evidence', () => {
    const a = assess({
      features: fv,
      rules: rules([['R', 0.2, 'x']]),
      model: { modelVersion: 'gbdt-7', score: 0.5, contributions: [] },
      lookoutHits: [hit({})],
    });
    expect(a.score).toBeCloseTo(1 - 0.8 * 0.5 * 0.5);
    expect(a.components.rules).toBeCloseTo(0.2);
    expect(a.components).toMatchObject({ model: 0.5, lookouts: 0.5 });
    expect(a.versions).toMatchObject({ ruleSet: 'default@2026.1', model: 'gbdt-7' });
  });

  it('holds when a lookout on the container or the whole consignment demands it, not for other containers', () => {
    const held = assess({
      features: fv,
      rules: rules([]),
      lookoutHits: [hit({ mandatoryHold: true, lookoutId: 'LK-H' })],
    });
    expect(held).toMatchObject({ mandatoryHold: true, band: 'high', heldBy: ['LK-H'] });
    expect(held.score).toBeGreaterThanOrEqual(DEFAULT_ASSESSMENT_CONFIG.highAt);
    const other = assess({
      features: fv,
      rules: rules([]),
      lookoutHits: [hit({ mandatoryHold: true, containerNumber: 'MSCU0000024' })],
    });
    expect(other).toMatchObject({ mandatoryHold: false, band: 'low', score: 0 });
  });

  it('explains in plain words: lookouts, then rules by weight, then model contributions with descriptions and values', () => {
    const a = assess({
      features: fv,
      rules: rules([['R-BANANA', 0.35, 'Bananas in a reefer from EC.']]),
      model: {
        modelVersion: 'gbdt-7',
        score: 0.3,
        contributions: [
          { feature: 'isReefer', contribution: 0.04 },
          { feature: 'shipperAgeDays', contribution: 0.12 },
          { feature: 'originCountry', contribution: 0.001 },
          { feature: 'coverLoad', contribution: -0.2 },
        ],
      },
      lookoutHits: [hit({ mandatoryHold: true })],
    });
    expect(a.explanation.reasons.map((r) => r.kind)).toEqual(['lookout', 'rule', 'model', 'model']);
    expect(a.explanation.text).toBe(
      `High risk (${a.score.toFixed(2)}), mandatory hold: ` +
        'Lookout LK-1 of US-CBP (mandatory hold): consignee of interest; ' +
        'Rule R-BANANA: Bananas in a reefer from EC; ' +
        'Model: days since the shipper was first seen is 12.4 (+0.12); ' +
        'Model: refrigerated container is yes (+0.04).',
    );
  });

  it('says so when nothing stands out, and caps the number of reasons', () => {
    expect(assess({ features: fv, rules: rules([]) }).explanation.text).toBe(
      'Low risk (0.00): no rule, model signal or lookout stands out.',
    );
    const many = rules(
      Array.from({ length: 9 }, (_, i): [string, number, string] => [`R${i}`, 0.1, `reason ${i}`]),
    );
    expect(assess({ features: fv, rules: many }).explanation.reasons).toHaveLength(
      DEFAULT_ASSESSMENT_CONFIG.maxReasons,
    );
  });
});
