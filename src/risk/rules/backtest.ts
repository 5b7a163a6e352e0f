/**
 * Backtest: how a (draft) rule would have done on past containers with known outcomes — hits,
 * precision, recall and lift against the base rate, with 95% Wilson intervals — before it goes
 * live. The rule's status and validity period are ignored: the question is what it would catch.
 */
import { compileCondition } from './compile-condition.ts';
import type { FeatureRecord } from './evaluate-condition.ts';
import type { CheckedRule } from './rule.ts';
import { wilsonInterval, type Interval } from '../evaluation/hit-rate.ts';

export interface BacktestRecord {
  readonly values: FeatureRecord;
  /** True when examination found drugs (or the outcome the backtest is about). */
  readonly positive: boolean;
}

export interface BacktestReport {
  readonly ruleId: string;
  readonly records: number;
  readonly positives: number;
  /** Records the rule fired on. */
  readonly hits: number;
  readonly truePositives: number;
  readonly baseRate: number;
  /** Undefined when the rule never fired. */
  readonly precision: number | undefined;
  readonly precisionInterval: Interval;
  /** Undefined when the history has no positive record. */
  readonly recall: number | undefined;
  readonly recallInterval: Interval;
  /** Precision over base rate; undefined when either is undefined or the base rate is 0. */
  readonly lift: number | undefined;
  readonly liftInterval: Interval | undefined;
}

export function backtestRule(rule: CheckedRule, history: Iterable<BacktestRecord>): BacktestReport {
  const test = compileCondition(rule.condition);
  let records = 0;
  let positives = 0;
  let hits = 0;
  let truePositives = 0;
  for (const r of history) {
    records++;
    if (r.positive) positives++;
    if (!test(r.values)) continue;
    hits++;
    if (r.positive) truePositives++;
  }
  return report(rule.definition.id, records, positives, hits, truePositives);
}

function report(
  ruleId: string,
  records: number,
  positives: number,
  hits: number,
  tp: number,
): BacktestReport {
  const baseRate = records > 0 ? positives / records : 0;
  const precision = hits > 0 ? tp / hits : undefined;
  const precisionInterval = wilsonInterval(tp, hits);
  const lift = precision !== undefined && baseRate > 0 ? precision / baseRate : undefined;
  return {
    ruleId,
    records,
    positives,
    hits,
    truePositives: tp,
    baseRate,
    precision,
    precisionInterval,
    recall: positives > 0 ? tp / positives : undefined,
    recallInterval: wilsonInterval(tp, positives),
    lift,
    // The base rate is taken as known; the interval carries the precision's uncertainty.
    liftInterval:
      lift === undefined
        ? undefined
        : { low: precisionInterval.low / baseRate, high: precisionInterval.high / baseRate },
  };
}
