/**
 * Targeted against control: the difference of two hit rates (Newcombe's hybrid score interval,
 * built from the two Wilson intervals) and their ratio (Katz log interval).
 */
import { normalQuantile, wilsonInterval, type Interval } from './hit-rate.ts';

export interface Proportion {
  readonly hits: number;
  readonly trials: number;
}

export interface Comparison extends Interval {
  readonly estimate: number;
}

/** rate(a) − rate(b) with Newcombe's method 10 interval. */
export function hitRateDifference(a: Proportion, b: Proportion, confidence = 0.95): Comparison {
  const p1 = a.hits / a.trials;
  const p2 = b.hits / b.trials;
  const w1 = wilsonInterval(a.hits, a.trials, confidence);
  const w2 = wilsonInterval(b.hits, b.trials, confidence);
  const d = p1 - p2;
  return {
    estimate: d,
    low: d - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
    high: d + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2),
  };
}

/** rate(a) / rate(b) with the Katz log interval (0.5 added to every cell when a count is 0). */
export function hitRateRatio(a: Proportion, b: Proportion, confidence = 0.95): Comparison {
  const zero = a.hits === 0 || b.hits === 0 || a.hits === a.trials || b.hits === b.trials;
  const k = zero ? 0.5 : 0;
  const [x1, n1, x2, n2] = [a.hits + k, a.trials + 2 * k, b.hits + k, b.trials + 2 * k];
  const estimate = a.hits / a.trials / (b.hits / b.trials);
  const logRatio = Math.log(x1 / n1 / (x2 / n2));
  const se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
  const z = normalQuantile(confidence);
  return { estimate, low: Math.exp(logRatio - z * se), high: Math.exp(logRatio + z * se) };
}
