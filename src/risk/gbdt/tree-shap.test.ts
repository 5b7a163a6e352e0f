import { describe, expect, it } from 'vitest';
import { unwrap } from '../../core/result.ts';
import { compileTree, goesLeft } from './compiled-tree.ts';
import { matrixFromRows, matrixRow, type FeatureInfo } from './feature-matrix.ts';
import type { GbdtModel } from './gbdt-model.ts';
import { createPredictor } from './gbdt-predictor.ts';
import { trainGbdt } from './gbdt-trainer.ts';
import { createRandomSource } from './random-source.ts';
import type { Tree } from './tree-node.ts';

/** E[tree(x) | features in S known], unknown features averaged over node covers. */
function conditional(tree: Tree, row: Float64Array, known: Set<number>, node = 0): number {
  const n = tree.nodes[node]!;
  if (n.kind === 'leaf') return n.value;
  if (known.has(n.feature)) {
    const left = goesLeft(compileTree(tree), node, row[n.feature]!);
    return conditional(tree, row, known, left ? n.left : n.right);
  }
  const [l, r] = [tree.nodes[n.left]!, tree.nodes[n.right]!];
  return (
    (l.cover * conditional(tree, row, known, n.left) +
      r.cover * conditional(tree, row, known, n.right)) /
    n.cover
  );
}

/** Shapley values by enumerating every coalition (exponential; fine for 3 features). */
function bruteForceShap(model: GbdtModel, row: Float64Array): number[] {
  const m = model.features.length;
  const value = (s: Set<number>) => model.trees.reduce((sum, t) => sum + conditional(t, row, s), 0);
  const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
  const phi = new Array<number>(m).fill(0);
  for (let mask = 0; mask < 1 << m; mask++) {
    const s = new Set([...Array(m).keys()].filter((f) => mask & (1 << f)));
    for (let i = 0; i < m; i++) {
      if (s.has(i)) continue;
      const w = (fact(s.size) * fact(m - s.size - 1)) / fact(m);
      phi[i]! += w * (value(new Set([...s, i])) - value(s));
    }
  }
  return phi;
}

describe('TreeSHAP contributions', () => {
  it('equal the exact Shapley values of the path-dependent tree expectation', () => {
    const features: FeatureInfo[] = [
      { name: 'a', kind: 'numeric' },
      { name: 'b', kind: 'numeric' },
      { name: 'c', kind: 'categorical' },
    ];
    const random = createRandomSource(11);
    const rows = Array.from({ length: 600 }, () => [
      random() < 0.1 ? NaN : random(),
      random(),
      Math.floor(random() * 4),
    ]);
    const labels = Float64Array.from(rows, ([a, b, c]) =>
      (a! > 0.5 && b! < 0.4) || c === 2 || random() < 0.1 ? 1 : 0,
    );
    const matrix = matrixFromRows(features, rows);
    const model = unwrap(trainGbdt({ matrix, labels, params: { trees: 4, maxDepth: 4 } }));
    const p = createPredictor(model);
    for (let i = 0; i < 20; i++) {
      const row = matrixRow(matrix, i);
      const exact = bruteForceShap(model, row);
      Array.from(p.contributions(row).values).forEach((v, f) =>
        expect(v).toBeCloseTo(exact[f]!, 9),
      );
    }
  });
});
