/** Training parameters of the gradient-boosted trees, their defaults and their validation. */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';

export const GROW_POLICIES = ['depthwise', 'lossguide'] as const;
export type GrowPolicy = (typeof GROW_POLICIES)[number];

export const EVAL_METRICS = ['logloss', 'auc'] as const;
export type EvalMetric = (typeof EVAL_METRICS)[number];

export interface GbdtParams {
  readonly trees: number;
  readonly learningRate: number;
  /** Maximum depth of a tree (root = depth 0). */
  readonly maxDepth: number;
  /** Maximum number of leaves per tree; 0 = only the depth limits it. */
  readonly maxLeaves: number;
  readonly growPolicy: GrowPolicy;
  /** L2 regularisation of leaf values. */
  readonly lambda: number;
  /** Minimum loss reduction to make a split. */
  readonly gamma: number;
  /** Minimum hessian sum in each child. */
  readonly minChildWeight: number;
  /** Fraction of rows drawn (without replacement, per tree). */
  readonly subsample: number;
  /** Fraction of features drawn per tree. */
  readonly colsample: number;
  /** Maximum bins per numeric feature (quantiles of the training data), ≤ 255. */
  readonly maxBins: number;
  /** Weight multiplier for positive rows (rare-positive problems). */
  readonly scalePosWeight: number;
  /** Extra L2 and sort smoothing for native categorical splits (LightGBM style). */
  readonly catSmooth: number;
  readonly catL2: number;
  /** At most this many categories on the smaller side of a categorical split. */
  readonly maxCatThreshold: number;
  readonly earlyStoppingRounds: number;
  readonly evalMetric: EvalMetric;
  readonly seed: number;
}

export const DEFAULT_GBDT_PARAMS: GbdtParams = {
  trees: 300,
  learningRate: 0.1,
  maxDepth: 6,
  maxLeaves: 0,
  growPolicy: 'depthwise',
  lambda: 1,
  gamma: 0,
  minChildWeight: 1,
  subsample: 1,
  colsample: 1,
  maxBins: 255,
  scalePosWeight: 1,
  catSmooth: 10,
  catL2: 10,
  maxCatThreshold: 32,
  earlyStoppingRounds: 30,
  evalMetric: 'logloss',
  seed: 1,
};

type NumericKey = {
  [K in keyof GbdtParams]: GbdtParams[K] extends number ? K : never;
}[keyof GbdtParams];

const RANGES: readonly (readonly [NumericKey, number, number])[] = [
  ['trees', 1, 100_000],
  ['learningRate', 1e-6, 1],
  ['maxDepth', 1, 30],
  ['maxLeaves', 0, 65_536],
  ['lambda', 0, 1e9],
  ['gamma', 0, 1e9],
  ['minChildWeight', 0, 1e9],
  ['subsample', 1e-6, 1],
  ['colsample', 1e-6, 1],
  ['maxBins', 2, 255],
  ['scalePosWeight', 1e-9, 1e9],
  ['catSmooth', 0, 1e9],
  ['catL2', 0, 1e9],
  ['maxCatThreshold', 1, 255],
  ['earlyStoppingRounds', 0, 100_000],
];

/** Defaults completed with the given overrides; diagnostics for values out of range. */
export function resolveGbdtParams(overrides: Partial<GbdtParams> = {}): {
  params: GbdtParams;
  diagnostics: Diagnostic[];
} {
  const params: GbdtParams = { ...DEFAULT_GBDT_PARAMS, ...overrides };
  const diagnostics: Diagnostic[] = [];
  for (const [key, min, max] of RANGES) {
    const v = params[key];
    if (!Number.isFinite(v) || v < min || v > max) {
      diagnostics.push(
        diagnostic('gbdt.param-range', `${key} = ${v} is outside [${min}, ${max}]`, {
          field: key,
        }),
      );
    }
  }
  return { params, diagnostics };
}
