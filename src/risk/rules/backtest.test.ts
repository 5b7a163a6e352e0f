import { describe, expect, it } from 'vitest';
import { unwrap } from '../../core/result.ts';
import { backtestRule, type BacktestRecord } from './backtest.ts';
import { parseRule } from './parse-rule.ts';

const draft = unwrap(
  parseRule({
    id: 'D1',
    version: 1,
    owner: 'BE-CUS',
    title: 'Draft',
    reason: 'r',
    weight: 0.2,
    status: 'draft',
    condition: 'coverLoad = bananas and transshipmentCount >= 1',
  }),
);

/** 100 records: 10 positives; the rule fires on 8 records, 4 of them positive. */
function history(): BacktestRecord[] {
  const out: BacktestRecord[] = [];
  const add = (n: number, fires: boolean, positive: boolean) => {
    for (let i = 0; i < n; i++)
      out.push({
        values: { coverLoad: fires ? 'bananas' : 'coffee', transshipmentCount: 1 },
        positive,
      });
  };
  add(4, true, true);
  add(4, true, false);
  add(6, false, true);
  add(86, false, false);
  return out;
}

describe('backtestRule', () => {
  it('reports hits, precision, recall and lift against the base rate', () => {
    const r = backtestRule(draft, history());
    expect(r).toMatchObject({
      ruleId: 'D1',
      records: 100,
      positives: 10,
      hits: 8,
      truePositives: 4,
    });
    expect(r.baseRate).toBeCloseTo(0.1);
    expect(r.precision).toBeCloseTo(0.5);
    expect(r.recall).toBeCloseTo(0.4);
    expect(r.lift).toBeCloseTo(5);
    // Wilson 95% for 4/8: 0.2152 .. 0.7848 (standard tables).
    expect(r.precisionInterval.low).toBeCloseTo(0.2152, 3);
    expect(r.precisionInterval.high).toBeCloseTo(0.7848, 3);
    expect(r.liftInterval?.low).toBeCloseTo(2.152, 2);
  });

  it('leaves precision and lift undefined when the rule never fires', () => {
    const r = backtestRule(
      draft,
      history().filter((h) => h.values['coverLoad'] !== 'bananas'),
    );
    expect(r.hits).toBe(0);
    expect(r.precision).toBeUndefined();
    expect(r.lift).toBeUndefined();
    expect(r.recall).toBe(0);
  });
});
