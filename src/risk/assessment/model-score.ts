/**
 * What assessment needs from the model (src/risk/gbdt): a score in 0..1 and each feature's
 * contribution to it, named by feature (the model's columns are MODEL_COLUMNS).
 */
export interface FeatureContribution {
  readonly feature: string;
  readonly contribution: number;
}

export interface ModelScore {
  readonly modelVersion: string;
  readonly score: number;
  readonly contributions: readonly FeatureContribution[];
}
