/** Hit rate (hits / inspections) with a Wilson score confidence interval. */

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface HitRate extends Interval {
  readonly hits: number;
  readonly trials: number;
  readonly rate: number;
  readonly confidence: number;
}

/** Two-sided standard normal quantile for a confidence level (0.95 → 1.959964). */
export function normalQuantile(confidence: number): number {
  return inverseNormal(1 - (1 - confidence) / 2);
}

/** Acklam's rational approximation of the standard normal inverse CDF (|error| < 1.2e-9). */
function inverseNormal(p: number): number {
  const a = [
    -39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269, -30.6647980661472,
    2.50662827745924,
  ];
  const b = [
    -54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197, -13.2806815528857,
  ];
  const c = [
    -0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373,
    4.37466414146497, 2.93816398269878,
  ];
  const d = [0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742];
  const poly = (k: number[], x: number) => k.reduce((acc, v) => acc * x + v, 0);
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - low) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

/** Wilson score interval for hits out of trials; [0, 1] when there are no trials. */
export function wilsonInterval(hits: number, trials: number, confidence = 0.95): Interval {
  if (trials === 0) return { low: 0, high: 1 };
  const z = normalQuantile(confidence);
  const p = hits / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half =
    (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export function hitRate(hits: number, trials: number, confidence = 0.95): HitRate {
  const rate = trials === 0 ? NaN : hits / trials;
  return { hits, trials, rate, confidence, ...wilsonInterval(hits, trials, confidence) };
}
