/**
 * Population hit rate estimated from selected rows whose selection probability (propensity) was
 * recorded: the self-normalised inverse-propensity (Hájek) estimator, with a delta-method
 * normal interval. Unbiased for the whole population when every row had propensity > 0.
 */
import { normalQuantile, type Interval } from './hit-rate.ts';

export interface SelectedOutcome {
  /** 1 when the inspection found something, else 0. */
  readonly hit: number;
  /** Probability with which the row was selected for inspection, in (0, 1]. */
  readonly propensity: number;
}

export interface IpwEstimate extends Interval {
  readonly estimate: number;
  /** Kish effective sample size of the weights. */
  readonly effectiveSize: number;
  readonly selected: number;
}

export function ipwHitRate(outcomes: readonly SelectedOutcome[], confidence = 0.95): IpwEstimate {
  const valid = outcomes.filter((o) => o.propensity > 0 && o.propensity <= 1);
  let sw = 0;
  let swy = 0;
  let sw2 = 0;
  for (const o of valid) {
    const w = 1 / o.propensity;
    sw += w;
    swy += w * o.hit;
    sw2 += w * w;
  }
  const estimate = sw === 0 ? NaN : swy / sw;
  let v = 0;
  for (const o of valid) v += (1 / o.propensity) ** 2 * (o.hit - estimate) ** 2;
  const se = sw === 0 ? NaN : Math.sqrt(v) / sw;
  const z = normalQuantile(confidence);
  return {
    estimate,
    low: Math.max(0, estimate - z * se),
    high: Math.min(1, estimate + z * se),
    effectiveSize: sw2 === 0 ? 0 : (sw * sw) / sw2,
    selected: valid.length,
  };
}
