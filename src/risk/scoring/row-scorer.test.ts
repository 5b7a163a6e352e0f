import { describe, expect, it } from 'vitest';
import defaultRules from '../../../data/rules/default-rules.json' with { type: 'json' };
import { unwrap } from '../../core/result.ts';
import { assess, assessSubject } from '../assessment/assess.ts';
import { DEFAULT_ASSESSMENT_CONFIG } from '../assessment/assessment-config.ts';
import { createFeatureDictionary } from '../features/feature-dictionary.ts';
import { encodeFeatureRow, featureIndex, rowValue } from '../features/feature-row.ts';
import type { LookoutHit } from '../features/history.ts';
import { SYNTHETIC_NOW, syntheticModelRows } from '../features/testing/synthetic-model-rows.ts';
import { MODEL_COLUMNS, toModelRow } from '../features/to-model-row.ts';
import { flattenEnsemble } from '../gbdt/flat-ensemble.ts';
import { createPredictor } from '../gbdt/gbdt-predictor.ts';
import { trainGbdt } from '../gbdt/gbdt-trainer.ts';
import type { Tree, TreeNode } from '../gbdt/tree-node.ts';
import { parseRuleSet } from '../rules/parse-rule-set.ts';
import { compileRowRuleSet, evaluateRowRules } from '../rules/row-rule-set.ts';
import { compileRuleSet, evaluateRuleSet } from '../rules/rule-set-evaluator.ts';
import { createRowScorer } from './row-scorer.ts';

const NOW = SYNTHETIC_NOW;
/** Category lists (code = index) and the model encoding of a record row, as the service builds them. */
const { vectors, categories, encode, rows, columns } = syntheticModelRows(5, 1_500);
const labels = vectors.map((v, i) =>
  v.values.coverLoadFromSource || (v.values.sealChanges ?? 0) > 0 || i % 17 === 0 ? 1 : 0,
);
const model = unwrap(
  trainGbdt({
    matrix: { features: MODEL_COLUMNS, columns, rows: rows.length },
    labels,
    params: { trees: 30, maxDepth: 4, learningRate: 0.2 },
  }),
);
const predictor = createPredictor(model);
const ruleSet = unwrap(parseRuleSet(defaultRules, 'default-rules.json'));

describe('flattened trees over feature rows', () => {
  const dictionary = createFeatureDictionary();
  const flat = flattenEnsemble(model, categories, dictionary, featureIndex);

  it('give the same margin as the trees, and path contributions that sum to it', () => {
    const contributions = new Float64Array(model.features.length);
    const exact = predictor.contributions(rows[0]!);
    expect(flat.expectedValue).toBeCloseTo(exact.expectedValue, 9);
    vectors.forEach((v, i) => {
      const row = encodeFeatureRow(v.values, dictionary);
      contributions.fill(0);
      const margin = flat.walk(row, contributions);
      expect(margin).toBeCloseTo(predictor.margin(rows[i]!), 9);
      const sum = contributions.reduce((a, b) => a + b, flat.expectedValue);
      expect(sum).toBeCloseTo(margin, 9);
      expect(Array.from(flat.modelRow(row))).toEqual(Array.from(rows[i]!));
    });
  });

  it('credit each feature with the changes in expected value along the path the trees take', () => {
    // Reference: walk the model's own nodes over the model row, node by node.
    const mean = (t: Tree, i: number): number => {
      const node = t.nodes[i]!;
      if (node.kind === 'leaf') return node.value;
      const [l, r] = [t.nodes[node.left]!, t.nodes[node.right]!];
      const cover = l.cover + r.cover;
      const [lv, rv] = [mean(t, node.left), mean(t, node.right)];
      return cover > 0 ? (lv * l.cover + rv * r.cover) / cover : (lv + rv) / 2;
    };
    const goesLeft = (node: Exclude<TreeNode, { kind: 'leaf' }>, x: number) => {
      if (Number.isNaN(x)) return node.defaultLeft;
      if (node.kind === 'numeric') return x <= node.threshold;
      return x >= node.cap ? node.othersLeft : node.categories.includes(x);
    };
    const contributions = new Float64Array(model.features.length);
    vectors.slice(0, 300).forEach((v, i) => {
      const expected = new Float64Array(model.features.length);
      for (const t of model.trees) {
        let at = 0;
        for (let node = t.nodes[0]!; node.kind !== 'leaf'; node = t.nodes[at]!) {
          const next = goesLeft(node, rows[i]![node.feature]!) ? node.left : node.right;
          expected[node.feature] = expected[node.feature]! + mean(t, next) - mean(t, at);
          at = next;
        }
      }
      contributions.fill(0);
      flat.walk(encodeFeatureRow(v.values, dictionary), contributions);
      expected.forEach((x, k) => expect(contributions[k]).toBeCloseTo(x, 9));
    });
  });

  it('walk a batch of rows tree by tree to the same margins and contributions as row by row', () => {
    const batch = vectors.slice(0, 150).map((v) => encodeFeatureRow(v.values, dictionary));
    const features = model.features.length;
    const buffer = new Float64Array(batch.length * features);
    const margins = new Float64Array(batch.length);
    flat.walkBatch(batch, buffer, margins, batch.length);
    const one = new Float64Array(features);
    batch.forEach((row, i) => {
      one.fill(0);
      expect(margins[i]).toBe(flat.walk(row, one));
      expect(Array.from(buffer.subarray(i * features, (i + 1) * features))).toEqual(
        Array.from(one),
      );
    });
  });

  it('list as split features exactly the model features a split reads, the only ones credited', () => {
    const read = new Set(
      model.trees.flatMap((t) => t.nodes.flatMap((n) => (n.kind === 'leaf' ? [] : [n.feature]))),
    );
    expect(Array.from(flat.splitFeatures)).toEqual([...read].sort((a, b) => a - b));
    const contributions = new Float64Array(model.features.length);
    for (const v of vectors.slice(0, 300))
      flat.walk(encodeFeatureRow(v.values, dictionary), contributions);
    contributions.forEach((x, k) => {
      if (!read.has(k)) expect(x).toBe(0);
    });
  });

  it('send a category the model never saw the way the trees send a missing value', () => {
    const v = vectors.find((x) => x.values.originCountry !== undefined)!;
    const row = encodeFeatureRow({ ...v.values, originCountry: 'ZZ-NEVER-SEEN' }, dictionary);
    const modelRow = encode(
      toModelRow({ ...v, values: { ...v.values, originCountry: undefined } }),
    );
    expect(flat.walk(row, new Float64Array(model.features.length))).toBeCloseTo(
      predictor.margin(modelRow),
      9,
    );
  });
});

describe('row scorer', () => {
  const dictionary = createFeatureDictionary();
  const flat = flattenEnsemble(model, categories, dictionary, featureIndex);
  const names = model.features.map((f) => f.name);
  const scorer = createRowScorer(compileRowRuleSet(ruleSet, dictionary), {
    version: 'gbdt-test',
    ensemble: flat,
    features: names,
  });
  const records = compileRuleSet(ruleSet);

  it('assesses a row as the record path does, explaining the model by path contributions', () => {
    let withModelReasons = 0;
    for (const [i, v] of vectors.entries()) {
      const a = scorer.score({ ...v, row: encodeFeatureRow(v.values, dictionary) }, NOW);
      const rules = evaluateRuleSet(records, v.values, NOW);
      const score = predictor.predict(rows[i]!);
      const b = assess({
        features: v,
        rules,
        model: { modelVersion: 'gbdt-test', score, contributions: [] },
      });
      expect(a.score).toBeCloseTo(b.score, 12);
      expect(a.band).toBe(b.band);
      expect(a.firedRules).toEqual(b.firedRules);
      const ruleTexts = (x: typeof a) =>
        x.explanation.reasons.filter((r) => r.kind === 'rule').map((r) => r.text);
      expect(ruleTexts(a)).toEqual(ruleTexts(b));
      expect(a.explanation.method).toBe('path');
      const model = a.explanation.reasons.filter((r) => r.kind === 'model');
      if (model.length > 0) withModelReasons++;
      for (const r of model) expect(names).toContain(r.ref);
    }
    expect(withModelReasons).toBeGreaterThan(0);
  });

  it('keeps the largest path contributions, largest first, at most maxReasons', () => {
    const v = vectors.find((x) => (x.values.sealChanges ?? 0) > 0) ?? vectors[0]!;
    const row = encodeFeatureRow(v.values, dictionary);
    const scored = scorer.model(row)!;
    const all = new Float64Array(names.length);
    flat.walk(row, all);
    const expected = Array.from(all)
      .map((c, i) => ({ feature: names[i]!, contribution: c }))
      .filter((c) => c.contribution >= 0.01)
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, 5);
    expect(scored.contributions).toEqual(expected);
    expect(scored.method).toBe('path');
  });

  it('builds, word for word, the assessment assessSubject builds from the same rules and model', () => {
    const rowRules = compileRowRuleSet(ruleSet, dictionary);
    const hold: LookoutHit = {
      lookoutId: 'LK-1',
      ownerAgency: 'NL-FIOD',
      reason: 'named shipper',
      mandatoryHold: true,
    };
    const soft: LookoutHit = { ...hold, lookoutId: 'LK-2', mandatoryHold: false };
    const elsewhere: LookoutHit = { ...hold, lookoutId: 'LK-3', containerNumber: 'MSKU0000000' };
    const bands = { ...DEFAULT_ASSESSMENT_CONFIG, highAt: 0.4, mediumAt: 0.1, maxReasons: 3 };
    const cases = [
      { hits: undefined, config: DEFAULT_ASSESSMENT_CONFIG, at: NOW },
      { hits: [hold, soft], config: DEFAULT_ASSESSMENT_CONFIG, at: NOW },
      { hits: [soft, elsewhere], config: bands, at: NOW },
      // Before every rule's validity starts: nothing fires.
      { hits: undefined, config: DEFAULT_ASSESSMENT_CONFIG, at: 0 },
    ];
    for (const { hits, config, at } of cases) {
      const reference = createRowScorer(
        rowRules,
        { version: 'gbdt-test', ensemble: flat, features: names },
        config,
      );
      for (const v of vectors.slice(0, 400)) {
        const row = encodeFeatureRow(v.values, dictionary);
        const input = { row, billNumber: v.billNumber, containerNumber: v.containerNumber };
        const withHits = hits ? { ...input, lookoutHits: hits } : input;
        const expected = assessSubject({
          features: input,
          valueOf: (f) => rowValue(row, featureIndex(f), dictionary),
          rules: evaluateRowRules(rowRules, row, at),
          model: reference.model(row)!,
          ...(hits ? { lookoutHits: hits } : {}),
          config,
        });
        expect(scorer.score(withHits, at, config)).toEqual(expected);
      }
    }
  });

  it('scores a batch (walked in blocks of rows) exactly as it scores each row alone', () => {
    const hit: LookoutHit = {
      lookoutId: 'LK-9',
      ownerAgency: 'BE-AGD',
      reason: 'tip',
      mandatoryHold: false,
    };
    const inputs = vectors.slice(0, 150).map((v, i) => ({
      row: encodeFeatureRow(v.values, dictionary),
      billNumber: v.billNumber,
      containerNumber: v.containerNumber,
      ...(i % 7 === 0 ? { lookoutHits: [{ ...hit, mandatoryHold: i % 2 === 0 }] } : {}),
    }));
    const bands = { ...DEFAULT_ASSESSMENT_CONFIG, highAt: 0.4, mediumAt: 0.1 };
    const batch = scorer.scoreBatch(inputs, NOW, bands);
    expect(batch).toHaveLength(inputs.length);
    inputs.forEach((input, i) => expect(batch[i]).toEqual(scorer.score(input, NOW, bands)));
    expect(scorer.scoreBatch([], NOW)).toEqual([]);
  });
});
