import { describe, expect, it } from 'vitest';
import { computeFeatures } from '../features/compute-features.ts';
import { seededRandom, syntheticInput } from '../features/testing/synthetic-consignments.ts';
import defaultRules from '../../../data/rules/default-rules.json' with { type: 'json' };
import { parseRuleSet } from './parse-rule-set.ts';
import { compileRuleSet, evaluateRuleSet } from './rule-set-evaluator.ts';

describe('default rule set (data/rules/default-rules.json)', () => {
  const parsed = parseRuleSet(defaultRules, 'default-rules.json');

  it('parses and type-checks against the feature schema without any diagnostic', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.ok).toBe(true);
  });

  it('has about forty rules, each with a reason, a source and a weight in (0, 1]', () => {
    if (!parsed.ok) return;
    const rules = parsed.value.rules.map((r) => r.definition);
    expect(rules.length).toBeGreaterThanOrEqual(40);
    for (const r of rules) {
      expect(r.source, r.id).toMatch(/\w{5,}/);
      expect(r.reason.length, r.id).toBeGreaterThan(10);
    }
    expect(rules.filter((r) => r.status === 'active').length).toBeGreaterThanOrEqual(40);
  });

  it('fires on synthetic South American traffic more than on other traffic', () => {
    if (!parsed.ok) return;
    const set = compileRuleSet(parsed.value);
    const now = Date.parse('2026-03-01T00:00:00Z');
    const rnd = seededRandom(7);
    const scores = { source: [] as number[], other: [] as number[] };
    for (let i = 0; i < 2000; i++) {
      for (const fv of computeFeatures(syntheticInput(rnd, i, { now }))) {
        const r = evaluateRuleSet(set, fv.values, now);
        (fv.values.originHighRisk ? scores.source : scores.other).push(r.score);
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(scores.source)).toBeGreaterThan(2 * mean(scores.other));
  });
});
