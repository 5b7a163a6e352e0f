import { describe, expect, it } from 'vitest';
import { hitRateDifference, hitRateRatio } from './hit-rate-comparison.ts';
import { hitRate, normalQuantile, wilsonInterval } from './hit-rate.ts';
import { ipwHitRate } from './ipw-hit-rate.ts';
import { atBudget, precisionAt, recallAt } from './precision-at.ts';
import { rankingReport } from './ranking-report.ts';
import { rocAuc } from './roc-auc.ts';
import { budgetSize, rankRows } from './top-ranked.ts';

describe('ranking metrics', () => {
  it('breaks ties by row order at an inspection budget', () => {
    const scores = [0.9, 0.8, 0.8, 0.1];
    expect(Array.from(rankRows(scores))).toEqual([0, 1, 2, 3]);
    expect(precisionAt(scores, [1, 0, 1, 0], 0.5)).toBe(0.5);
    expect(recallAt(scores, [1, 0, 1, 0], 0.5)).toBe(0.5);
    expect(precisionAt(scores, [1, 1, 0, 0], 0.5)).toBe(1);
  });

  it('inspects ceil(n × budget) rows, at least one', () => {
    expect(budgetSize(8481, 0.01)).toBe(85);
    expect(budgetSize(100, 0.05)).toBe(5);
    expect(budgetSize(10, 0.01)).toBe(1);
    const b = atBudget([3, 2, 1, 0, -1, -2, -3, -4, -5, -6], [0, 1, 1, 0, 0, 0, 0, 0, 0, 1], 0.3);
    expect(b).toEqual({ fraction: 0.3, inspected: 3, hits: 2, precision: 2 / 3, recall: 2 / 3 });
  });

  it('computes ROC AUC with ties counted as half', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
    expect(rocAuc([1, 1, 0], [1, 0, 0])).toBe(0.75);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0])).toBe(0.5);
    expect(rocAuc([1, 2], [1, 1])).toBeNaN();
  });

  it('reports every budget in one pass', () => {
    const r = rankingReport([0.2, 0.9, 0.4, 0.7], [0, 1, 0, 1], [0.25, 0.5]);
    expect(r.auc).toBe(1);
    expect(r.budgets.map((b) => b.precision)).toEqual([1, 1]);
    expect(r.budgets.map((b) => b.recall)).toEqual([0.5, 1]);
  });
});

describe('hit rates and confidence intervals', () => {
  it('uses the normal quantile of the confidence level', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.99)).toBeCloseTo(2.575829, 5);
  });

  it('gives the Wilson score interval', () => {
    const w = wilsonInterval(8, 10);
    expect(w.low).toBeCloseTo(0.4902, 4);
    expect(w.high).toBeCloseTo(0.9433, 4);
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(hitRate(0, 0).rate).toBeNaN();
  });

  it("gives Newcombe's interval for a difference (Newcombe 1998, example: 56/70 vs 48/80)", () => {
    const d = hitRateDifference({ hits: 56, trials: 70 }, { hits: 48, trials: 80 });
    expect(d.estimate).toBeCloseTo(0.2, 10);
    expect(d.low).toBeCloseTo(0.0524, 4);
    expect(d.high).toBeCloseTo(0.3339, 4);
  });

  it('gives the Katz log interval for a ratio', () => {
    const r = hitRateRatio({ hits: 10, trials: 100 }, { hits: 5, trials: 100 });
    const se = Math.sqrt(1 / 10 - 1 / 100 + 1 / 5 - 1 / 100);
    expect(r.estimate).toBe(2);
    expect(r.low).toBeCloseTo(2 * Math.exp(-1.959964 * se), 5);
    expect(r.high).toBeCloseTo(2 * Math.exp(1.959964 * se), 5);
  });

  it('weights selected rows by inverse propensity', () => {
    const e = ipwHitRate([
      { hit: 1, propensity: 0.5 },
      { hit: 0, propensity: 0.25 },
      { hit: 1, propensity: 1 },
    ]);
    expect(e.estimate).toBeCloseTo(3 / 7, 12);
    expect(e.effectiveSize).toBeCloseTo(49 / 21, 12);
    expect(e.low).toBeLessThan(e.estimate);
    expect(e.high).toBeGreaterThan(e.estimate);
  });
});
