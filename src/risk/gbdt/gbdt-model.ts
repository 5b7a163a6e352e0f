/** A trained gradient-boosted tree ensemble, exactly as written to the model file. */
import type { BinSpec } from './bin-spec.ts';
import type { FeatureInfo } from './feature-matrix.ts';
import type { EvalMetric, GbdtParams } from './gbdt-params.ts';
import type { Tree } from './tree-node.ts';

export const GBDT_FORMAT = 'portcullis-gbdt';
export const GBDT_FORMAT_VERSION = 1;

export interface TrainingSummary {
  readonly params: GbdtParams;
  readonly rows: number;
  readonly positives: number;
  readonly validRows: number;
  /** 0-based index of the last tree kept (the best on the validation set when given). */
  readonly bestIteration: number;
  readonly validMetric?: { readonly name: EvalMetric; readonly value: number };
  /** Metric on the validation set after each tree. */
  readonly validHistory: readonly number[];
  /** SHA-256 (hex) of the training data the caller hashed. */
  readonly dataSha256?: string;
}

export interface GbdtModel {
  readonly format: typeof GBDT_FORMAT;
  readonly formatVersion: typeof GBDT_FORMAT_VERSION;
  readonly features: readonly FeatureInfo[];
  readonly bins: readonly BinSpec[];
  /** Raw margin (log-odds) every prediction starts from. */
  readonly baseScore: number;
  readonly trees: readonly Tree[];
  readonly training: TrainingSummary;
}
