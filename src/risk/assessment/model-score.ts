/**
 * What assessment needs from the model (src/risk/gbdt): a score in 0..1 and each feature's
 * contribution to it, named by feature (the model's columns are MODEL_COLUMNS).
 */
export interface FeatureContribution {
  readonly feature: string;
  readonly contribution: number;
}

/**
 * How contributions were computed: `path` (Saabas: along the path each tree takes, the change
 * in the subtree's expected value is credited to the split feature; cheap, computed for every
 * container while scoring) or `tree-shap` (exact Shapley values, Lundberg et al. 2018; far
 * dearer, computed when an explanation is displayed).
 */
export const CONTRIBUTION_METHODS = ['path', 'tree-shap'] as const;
export type ContributionMethod = (typeof CONTRIBUTION_METHODS)[number];

export interface ModelScore {
  readonly modelVersion: string;
  readonly score: number;
  readonly contributions: readonly FeatureContribution[];
  /** Default `tree-shap`. */
  readonly method?: ContributionMethod;
}
