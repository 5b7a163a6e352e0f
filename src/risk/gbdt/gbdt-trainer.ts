/**
 * Trains gradient-boosted trees for a binary label with the logistic loss: second-order
 * gradients, histogram trees, row and column subsampling from a seeded generator, and early
 * stopping on a validation set.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import { fitBinSpecs } from './bin-spec.ts';
import { binMatrix } from './binned-matrix.ts';
import { compileTree, leafOfColumns } from './compiled-tree.ts';
import { evalMetric, isImprovement } from './eval-metric.ts';
import type { FeatureMatrix } from './feature-matrix.ts';
import { GBDT_FORMAT, GBDT_FORMAT_VERSION, type GbdtModel } from './gbdt-model.ts';
import { resolveGbdtParams, type GbdtParams } from './gbdt-params.ts';
import { HistogramPool, type GradientPairs } from './histogram.ts';
import { sigmoid } from './logistic.ts';
import { createRandomSource, sampleIndices, type RandomSource } from './random-source.ts';
import { growTree, type GrowContext } from './tree-grower.ts';
import type { Tree } from './tree-node.ts';

export interface LabelledMatrix {
  readonly matrix: FeatureMatrix;
  /** 0/1 per row. */
  readonly labels: ArrayLike<number>;
}

export interface TrainGbdtInput extends LabelledMatrix {
  readonly weights?: ArrayLike<number>;
  readonly valid?: LabelledMatrix;
  readonly params?: Partial<GbdtParams>;
  readonly dataSha256?: string;
}

export function trainGbdt(input: TrainGbdtInput): Result<GbdtModel> {
  const { params, diagnostics } = resolveGbdtParams(input.params);
  diagnostics.push(...checkLabels(input, 'train'));
  if (input.valid !== undefined) diagnostics.push(...checkLabels(input.valid, 'valid'));
  if (diagnostics.length > 0) return fail(...diagnostics);
  return ok(boost(input, params));
}

function checkLabels(m: LabelledMatrix, name: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (m.labels.length !== m.matrix.rows) {
    out.push(
      diagnostic(
        'gbdt.label-count',
        `${name}: ${m.labels.length} labels for ${m.matrix.rows} rows`,
      ),
    );
  }
  for (let i = 0; i < m.labels.length && out.length < 5; i++) {
    const y = m.labels[i];
    if (y !== 0 && y !== 1) {
      out.push(
        diagnostic('gbdt.label-value', `${name}: label ${y} is not 0 or 1`, { record: i + 1 }),
      );
    }
  }
  if (m.matrix.rows === 0) out.push(diagnostic('gbdt.empty', `${name}: no rows`));
  return out;
}

function rowWeights(input: TrainGbdtInput, params: GbdtParams): Float64Array {
  const out = new Float64Array(input.matrix.rows);
  for (let i = 0; i < out.length; i++) {
    const w = input.weights?.[i] ?? 1;
    out[i] = input.labels[i] === 1 ? w * params.scalePosWeight : w;
  }
  return out;
}

function baseMargin(labels: ArrayLike<number>, weights: Float64Array): number {
  let pos = 0;
  let all = 0;
  for (let i = 0; i < weights.length; i++) {
    all += weights[i]!;
    if (labels[i] === 1) pos += weights[i]!;
  }
  const p = Math.min(1 - 1e-6, Math.max(1e-6, pos / Math.max(all, 1e-12)));
  return Math.log(p / (1 - p));
}

function computeGradients(
  gp: GradientPairs,
  margins: Float64Array,
  labels: ArrayLike<number>,
  weights: Float64Array,
): void {
  for (let i = 0; i < margins.length; i++) {
    const p = sigmoid(margins[i]!);
    gp.grad[i] = (p - labels[i]!) * weights[i]!;
    gp.hess[i] = Math.max(p * (1 - p), 1e-16) * weights[i]!;
  }
}

/** Adds the tree's output to every row's margin; rows the tree was grown on know their leaf. */
function addTree(tree: Tree, matrix: FeatureMatrix, margins: Float64Array, known?: Int32Array) {
  const ct = compileTree(tree);
  for (let i = 0; i < matrix.rows; i++) {
    const leaf =
      known !== undefined && known[i]! >= 0 ? known[i]! : leafOfColumns(ct, matrix.columns, i);
    margins[i] = margins[i]! + ct.value[leaf]!;
  }
}

function treeSample(n: number, fraction: number, random: RandomSource): Uint32Array {
  if (fraction < 1) return sampleIndices(n, Math.max(1, Math.round(n * fraction)), random);
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all;
}

function boost(input: TrainGbdtInput, params: GbdtParams): GbdtModel {
  const { matrix, labels, valid } = input;
  const bins = fitBinSpecs(matrix, params.maxBins);
  const binned = binMatrix(matrix, bins);
  const weights = rowWeights(input, params);
  const base = baseMargin(labels, weights);
  const margins = new Float64Array(matrix.rows).fill(base);
  const validMargins = new Float64Array(valid?.matrix.rows ?? 0).fill(base);
  const gp = { grad: new Float64Array(matrix.rows), hess: new Float64Array(matrix.rows) };
  const random = createRandomSource(params.seed);
  const nf = matrix.features.length;
  const leafOfRow = new Int32Array(matrix.rows);
  const pool = new HistogramPool(binned);
  const scratch = new Float64Array(2 * matrix.rows);
  const trees: Tree[] = [];
  const history: number[] = [];
  let best = 0;
  for (let t = 0; t < params.trees; t++) {
    computeGradients(gp, margins, labels, weights);
    const rows = treeSample(matrix.rows, params.subsample, random);
    const features = Array.from(treeSample(nf, params.colsample, random));
    const ctx: GrowContext = { binned, gp, features, params, pool, scratch };
    leafOfRow.fill(-1);
    const tree = growTree(ctx, rows, leafOfRow);
    trees.push(tree);
    addTree(tree, matrix, margins, leafOfRow);
    if (valid === undefined) continue;
    addTree(tree, valid.matrix, validMargins);
    history.push(evalMetric(params.evalMetric, validMargins, valid.labels));
    if (isImprovement(params.evalMetric, history[t]!, history[best]!)) best = t;
    if (params.earlyStoppingRounds > 0 && t - best >= params.earlyStoppingRounds) break;
  }
  if (valid === undefined) best = trees.length - 1;
  return {
    format: GBDT_FORMAT,
    formatVersion: GBDT_FORMAT_VERSION,
    features: matrix.features,
    bins,
    baseScore: base,
    trees: trees.slice(0, best + 1),
    training: summary(input, params, best, history),
  };
}

function summary(input: TrainGbdtInput, params: GbdtParams, best: number, history: number[]) {
  let positives = 0;
  for (let i = 0; i < input.labels.length; i++) if (input.labels[i] === 1) positives++;
  const metric = history[best];
  return {
    params,
    rows: input.matrix.rows,
    positives,
    validRows: input.valid?.matrix.rows ?? 0,
    bestIteration: best,
    ...(metric === undefined ? {} : { validMetric: { name: params.evalMetric, value: metric } }),
    validHistory: history,
    ...(input.dataSha256 === undefined ? {} : { dataSha256: input.dataSha256 }),
  };
}
