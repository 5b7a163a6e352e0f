import { describe, expect, it } from 'vitest';
import { unwrap } from '../../core/result.ts';
import { rocAuc } from '../evaluation/roc-auc.ts';
import { matrixFromRows, matrixRow, type FeatureInfo } from './feature-matrix.ts';
import type { GbdtModel } from './gbdt-model.ts';
import { createPredictor } from './gbdt-predictor.ts';
import { trainGbdt } from './gbdt-trainer.ts';
import { createRandomSource } from './random-source.ts';

const XY: FeatureInfo[] = [
  { name: 'x1', kind: 'numeric' },
  { name: 'x2', kind: 'numeric' },
  { name: 'noise', kind: 'numeric' },
];

/** y = 1 when x1 and x2 have the same sign (XOR-like: no single feature predicts it), 5% flipped. */
function xorData(n: number, seed: number) {
  const random = createRandomSource(seed);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const [a, b, c] = [random() * 2 - 1, random() * 2 - 1, random()];
    rows.push([a, b, c]);
    labels.push((a * b > 0 ? 1 : 0) ^ (random() < 0.05 ? 1 : 0));
  }
  return { matrix: matrixFromRows(XY, rows), labels: Float64Array.from(labels) };
}

describe('trainGbdt', () => {
  it('learns an interaction no single feature explains', () => {
    const train = xorData(2000, 1);
    const test = xorData(1000, 2);
    const model = unwrap(
      trainGbdt({ ...train, params: { trees: 40, maxDepth: 3, learningRate: 0.3 } }),
    );
    const auc = rocAuc(createPredictor(model).predictMatrix(test.matrix), test.labels);
    expect(auc).toBeGreaterThan(0.9);
  });

  it('stops early when the validation loss stops improving, keeping the best trees', () => {
    const random = createRandomSource(3);
    const noise = (n: number) => ({
      matrix: matrixFromRows(
        XY,
        Array.from({ length: n }, () => [random(), random(), random()]),
      ),
      labels: Float64Array.from({ length: n }, () => (random() < 0.3 ? 1 : 0)),
    });
    const params = { trees: 200, earlyStoppingRounds: 5, learningRate: 0.3 };
    const model = unwrap(trainGbdt({ ...noise(500), valid: noise(300), params }));
    const t = model.training;
    expect(t.validHistory.length).toBeLessThan(200);
    expect(t.validHistory.length).toBe(t.bestIteration + 1 + 5);
    expect(model.trees.length).toBe(t.bestIteration + 1);
    expect(Math.min(...t.validHistory)).toBe(t.validMetric?.value);
  });

  it('grows loss-guided trees within the leaf budget', () => {
    const train = xorData(1000, 9);
    const params = { trees: 5, maxDepth: 10, maxLeaves: 5, growPolicy: 'lossguide' } as const;
    const model = unwrap(trainGbdt({ ...train, params }));
    for (const tree of model.trees) {
      expect(tree.nodes.filter((n) => n.kind === 'leaf').length).toBeLessThanOrEqual(5);
    }
    const deep = unwrap(trainGbdt({ ...train, params: { ...params, maxLeaves: 0 } }));
    expect(deep.trees[0]!.nodes.length).toBeGreaterThan(model.trees[0]!.nodes.length);
  });

  it('weights positives with scalePosWeight', () => {
    const train = xorData(1000, 10);
    const meanScore = (scalePosWeight: number) => {
      const model = unwrap(trainGbdt({ ...train, params: { trees: 10, scalePosWeight } }));
      const p = createPredictor(model).predictMatrix(train.matrix);
      return p.reduce((a, b) => a + b, 0) / p.length;
    };
    expect(meanScore(4)).toBeGreaterThan(meanScore(1) + 0.1);
  });

  it('reports out-of-range parameters and bad labels as diagnostics', () => {
    const train = xorData(10, 4);
    const bad = trainGbdt({ ...train, params: { learningRate: 0, maxBins: 1000 } });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => d.at?.field)).toEqual(['learningRate', 'maxBins']);
    const labels = Float64Array.from(train.labels, () => 2);
    expect(trainGbdt({ matrix: train.matrix, labels }).diagnostics[0]?.code).toBe(
      'gbdt.label-value',
    );
  });

  it('is reproducible for a seed and varies with it when subsampling', () => {
    const train = xorData(500, 5);
    const fit = (seed: number) =>
      unwrap(trainGbdt({ ...train, params: { trees: 5, subsample: 0.5, colsample: 0.67, seed } }));
    const predict = (m: GbdtModel) => Array.from(createPredictor(m).predictMatrix(train.matrix));
    expect(predict(fit(7))).toEqual(predict(fit(7)));
    expect(predict(fit(7))).not.toEqual(predict(fit(8)));
  });
});

describe('missing values and categories', () => {
  const features: FeatureInfo[] = [
    { name: 'weight', kind: 'numeric' },
    { name: 'origin', kind: 'categorical' },
  ];
  /** Positive when weight is missing or origin is one of the (non-adjacent) codes 0, 3, 5. */
  function data(n: number, seed: number) {
    const random = createRandomSource(seed);
    const rows = Array.from({ length: n }, () => [
      random() < 0.2 ? NaN : random() * 100,
      Math.floor(random() * 8),
    ]);
    const labels = Float64Array.from(rows, ([w, o]) =>
      Number.isNaN(w!) || [0, 3, 5].includes(o!) ? 1 : 0,
    );
    return { matrix: matrixFromRows(features, rows), labels };
  }
  const model = unwrap(
    trainGbdt({ ...data(1500, 6), params: { trees: 30, maxDepth: 4, learningRate: 0.3 } }),
  );
  const p = createPredictor(model);

  it('routes missing values by the learned default direction', () => {
    expect(p.predict([NaN, 1])).toBeGreaterThan(0.9);
    expect(p.predict([50, 1])).toBeLessThan(0.1);
  });

  it('splits categories natively and scores unseen or unknown ones', () => {
    for (const code of [0, 3, 5]) expect(p.predict([50, code])).toBeGreaterThan(0.9);
    for (const code of [1, 2, 4, 6, 7]) expect(p.predict([50, code])).toBeLessThan(0.1);
    for (const unseen of [42, NaN]) {
      const score = p.predict([50, unseen]);
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThan(1);
    }
  });

  it('gives identical predictions after a JSON round trip', () => {
    const test = data(300, 7);
    const reloaded = createPredictor(JSON.parse(JSON.stringify(model)) as GbdtModel);
    expect(Array.from(reloaded.predictMatrix(test.matrix))).toEqual(
      Array.from(p.predictMatrix(test.matrix)),
    );
  });

  it('has contributions that sum with the expected value to the margin', () => {
    const test = data(50, 8);
    for (let i = 0; i < test.matrix.rows; i++) {
      const row = matrixRow(test.matrix, i);
      const c = p.contributions(row);
      const sum = c.values.reduce((s, v) => s + v, c.expectedValue);
      expect(sum).toBeCloseTo(p.margin(row), 9);
      expect(c.margin).toBe(p.margin(row));
    }
  });
});
