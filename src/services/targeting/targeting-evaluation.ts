/**
 * Evaluation on the database's recorded outcomes: ranking quality of the scores over scanned
 * containers (precision and recall at n%, ROC AUC), and the hit rates of targeted scans against
 * the random control sample with Wilson intervals, their ratio (Katz interval) and difference
 * (Newcombe), plus the inverse-propensity estimate of the hit rate among non-targeted containers.
 */
import {
  hitRateDifference,
  hitRateRatio,
  type Comparison,
} from '../../risk/evaluation/hit-rate-comparison.ts';
import { hitRate, type HitRate } from '../../risk/evaluation/hit-rate.ts';
import { ipwHitRate, type IpwEstimate } from '../../risk/evaluation/ipw-hit-rate.ts';
import { rankingReport, type RankingReport } from '../../risk/evaluation/ranking-report.ts';
import type { LabelledAssessment } from '../../storage/index.ts';

export interface TargetingEvaluation {
  readonly outcomes: number;
  readonly ranking: RankingReport;
  readonly holds: HitRate;
  readonly targeted: HitRate;
  readonly control: HitRate;
  /** Targeted hit rate over control hit rate. */
  readonly ratio: Comparison;
  readonly difference: Comparison;
  readonly controlPopulation: IpwEstimate;
}

export function evaluateOutcomes(
  rows: readonly LabelledAssessment[],
  budgets?: readonly number[],
): TargetingEvaluation {
  const scored = rows.filter((r) => r.score !== undefined);
  const ranking = rankingReport(
    scored.map((r) => r.score!),
    scored.map((r) => (r.found ? 1 : 0)),
    budgets,
  );
  const arm = (reason: string) => {
    const of = rows.filter((r) => r.reason === reason);
    return hitRate(of.filter((r) => r.found).length, of.length);
  };
  const targeted = arm('targeted');
  const control = arm('control');
  const control_rows = rows.filter((r) => r.reason === 'control' && r.propensity !== undefined);
  return {
    outcomes: rows.length,
    ranking,
    holds: arm('hold'),
    targeted,
    control,
    ratio: compare(targeted, control, hitRateRatio),
    difference: compare(targeted, control, hitRateDifference),
    controlPopulation: ipwHitRate(
      control_rows.map((r) => ({ hit: r.found ? 1 : 0, propensity: r.propensity! })),
    ),
  };
}

const UNKNOWN: Comparison = { estimate: NaN, low: NaN, high: NaN };

/** No comparison when either arm has no scans yet. */
function compare(a: HitRate, b: HitRate, f: (a: HitRate, b: HitRate) => Comparison): Comparison {
  return a.trials === 0 || b.trials === 0 ? UNKNOWN : f(a, b);
}
