import { describe, expect, it } from 'vitest';
import defaultRules from '../../../data/rules/default-rules.json' with { type: 'json' };
import { unwrap } from '../../core/result.ts';
import { ruleReasonText } from '../assessment/explanation.ts';
import { computeFeatures } from '../features/compute-features.ts';
import { createFeatureDictionary } from '../features/feature-dictionary.ts';
import { encodeFeatureRow } from '../features/feature-row.ts';
import { seededRandom, syntheticInput } from '../features/testing/synthetic-consignments.ts';
import { parseRuleSet } from '../rules/parse-rule-set.ts';
import { renderReason } from '../rules/reason-template.ts';
import { compileRowRuleSet } from '../rules/row-rule-set.ts';
import { createRowRuleReasons } from './row-rule-reasons.ts';

const NOW = Date.parse('2026-03-01T00:00:00Z');
const parsed = unwrap(parseRuleSet(defaultRules, 'default-rules.json'));
/** Templates the default set lacks: ending on a value, with or without a full stop after it,
 *  a placeholder that names no feature, only a value. */
const odd = [
  'Route {routePattern}',
  'Declared {declaredWeightKg} kg',
  'From {originCountry} via {noSuchFeature}.',
  '{coverLoad}',
  'Seen {consigneeAgeDays} days ago, {consigneePriorShipments} prior.',
];
const ruleSet = {
  ...parsed,
  rules: parsed.rules.map((r, i) =>
    i < odd.length ? { ...r, definition: { ...r.definition, reason: odd[i]! } } : r,
  ),
};
const vectors = Array.from({ length: 400 }, (_, i) =>
  computeFeatures(syntheticInput(seededRandom(i), i, { now: NOW })),
).flat();

describe('row rule reasons', () => {
  it('word every rule for every row as the record path does: "Rule ID: " and the reason as a clause', () => {
    const dictionary = createFeatureDictionary();
    const rules = compileRowRuleSet(ruleSet, dictionary);
    const reasonOf = createRowRuleReasons(rules);
    for (const v of vectors) {
      const row = encodeFeatureRow(v.values, dictionary);
      rules.rules.forEach((r, k) => {
        const { id, reason } = r.rule.definition;
        const expected = ruleReasonText(id, renderReason(reason, v.values));
        expect(reasonOf(k, row)).toEqual({ kind: 'rule', ref: id, text: expected });
      });
    }
  });

  it('shares one reason per rule whose words never change', () => {
    const dictionary = createFeatureDictionary();
    const rules = compileRowRuleSet(ruleSet, dictionary);
    const reasonOf = createRowRuleReasons(rules);
    const [a, b] = vectors.slice(0, 2).map((v) => encodeFeatureRow(v.values, dictionary));
    rules.rules.forEach((r, k) => {
      if (r.constantReason !== undefined) expect(reasonOf(k, a!)).toBe(reasonOf(k, b!));
    });
    expect(rules.rules.some((r) => r.constantReason !== undefined)).toBe(true);
  });
});
