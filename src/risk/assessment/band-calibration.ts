/**
 * Bands calibrated to capacity: a fixed score threshold puts whatever share of traffic above it
 * that the rules and model happen to give (a quarter or more on South American routes), while
 * an officer needs "high" to mean "among the few the scanners can take". So the thresholds are
 * quantiles of the agency's recent scores: high is the top `highShare` (default 2%), medium the
 * next `mediumShare` (default 10%). Too few scores, or scores so tied that a quantile is 0,
 * keep the fixed thresholds. The thresholds used are stored with each assessment.
 */
import type { AssessmentConfig } from './assessment-config.ts';

export interface BandShares {
  readonly highShare: number;
  readonly mediumShare: number;
  /** Fewer recent scores than this keep the fixed thresholds. */
  readonly minScores: number;
}

export const DEFAULT_BAND_SHARES: BandShares = Object.freeze({
  highShare: 0.02,
  mediumShare: 0.1,
  minScores: 1_000,
});

export function calibrateBands(
  scores: readonly number[],
  fixed: AssessmentConfig,
  shares: BandShares = DEFAULT_BAND_SHARES,
): AssessmentConfig {
  if (scores.length < shares.minScores) return fixed;
  const sorted = Float64Array.from(scores).sort();
  const quantile = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const highAt = quantile(1 - shares.highShare);
  const mediumAt = quantile(1 - shares.highShare - shares.mediumShare);
  // A quantile of 0 would band every container; ties at the top keep the fixed thresholds.
  if (!(mediumAt > 0) || !(highAt > mediumAt)) return fixed;
  // Just above the quantile's value, so that ties at it stay below.
  return { ...fixed, highAt: nextUp(highAt), mediumAt: nextUp(mediumAt) };
}

function nextUp(x: number): number {
  return x + Math.max(Number.EPSILON * Math.abs(x), Number.MIN_VALUE);
}
