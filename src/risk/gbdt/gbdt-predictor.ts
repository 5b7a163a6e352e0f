/**
 * Scoring with a trained model: raw margin, probability, batch over a matrix, and per-feature
 * contributions (exact TreeSHAP) whose sum plus the expected value equals the margin.
 */
import { compileTree, leafOf, leafOfColumns, type CompiledTree } from './compiled-tree.ts';
import type { FeatureMatrix } from './feature-matrix.ts';
import type { GbdtModel } from './gbdt-model.ts';
import { sigmoid } from './logistic.ts';
import { treeShap, type ShapTree } from './tree-shap.ts';
import type { Tree } from './tree-node.ts';

export interface Contributions {
  /** Margin of the average training row (base score + cover-weighted mean of each tree). */
  readonly expectedValue: number;
  /** One value per model feature, in model feature order. */
  readonly values: Float64Array;
  readonly margin: number;
}

export interface GbdtPredictor {
  readonly model: GbdtModel;
  margin(row: ArrayLike<number>): number;
  predict(row: ArrayLike<number>): number;
  /** Probabilities for every row of a matrix whose features are in model order. */
  predictMatrix(m: FeatureMatrix): Float64Array;
  contributions(row: ArrayLike<number>): Contributions;
}

export function createPredictor(model: GbdtModel): GbdtPredictor {
  const compiled = model.trees.map(compileTree);
  const shapTrees: ShapTree[] = model.trees.map((t, i) => ({
    compiled: compiled[i]!,
    cover: covers(t),
  }));
  const expectedValue = model.trees.reduce((sum, t) => sum + expectedTreeValue(t), model.baseScore);
  const margin = (row: ArrayLike<number>) => {
    let m = model.baseScore;
    for (const t of compiled) m += t.value[leafOf(t, (f) => row[f]!)]!;
    return m;
  };
  return {
    model,
    margin,
    predict: (row) => sigmoid(margin(row)),
    predictMatrix: (m) => matrixMargins(model.baseScore, compiled, m).map(sigmoid),
    contributions(row) {
      const values = new Float64Array(model.features.length);
      for (const t of shapTrees) treeShap(t, row, values);
      return { expectedValue, values, margin: margin(row) };
    },
  };
}

function matrixMargins(base: number, trees: readonly CompiledTree[], m: FeatureMatrix) {
  const out = new Float64Array(m.rows).fill(base);
  for (const t of trees) {
    for (let i = 0; i < m.rows; i++) out[i] = out[i]! + t.value[leafOfColumns(t, m.columns, i)]!;
  }
  return out;
}

function covers(tree: Tree): Float64Array {
  return Float64Array.from(tree.nodes, (n) => n.cover);
}

/** Cover-weighted mean leaf value: what the tree adds for an average training row. */
function expectedTreeValue(tree: Tree): number {
  let sum = 0;
  for (const n of tree.nodes) if (n.kind === 'leaf') sum += n.value * n.cover;
  return sum / Math.max(tree.nodes[0]?.cover ?? 0, 1e-300);
}
