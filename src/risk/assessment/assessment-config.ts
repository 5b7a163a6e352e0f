/** How rule, model and lookout evidence combine into a score and a band; versioned with each assessment. */
export const RISK_BANDS = ['high', 'medium', 'low'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export interface AssessmentConfig {
  /** Score at or above which a container is high risk. */
  readonly highAt: number;
  /** Score at or above which a container is medium risk. */
  readonly mediumAt: number;
  /** How far the model score counts in the combination (0..1). */
  readonly modelWeight: number;
  /** Evidence a lookout hit without a hold adds (0..1). */
  readonly lookoutWeight: number;
  /** Reasons listed in an explanation, at most. */
  readonly maxReasons: number;
  /** Model contributions below this are not worth explaining. */
  readonly minContribution: number;
}

export const DEFAULT_ASSESSMENT_CONFIG: AssessmentConfig = Object.freeze({
  highAt: 0.6,
  mediumAt: 0.3,
  modelWeight: 1,
  lookoutWeight: 0.5,
  maxReasons: 5,
  minContribution: 0.01,
});

export function bandOf(score: number, config: AssessmentConfig): RiskBand {
  return score >= config.highAt ? 'high' : score >= config.mediumAt ? 'medium' : 'low';
}
