/** Models for the targeting rules benchmark: a stand-in linear model and small trained trees. */
import type { ModelScore } from '../src/risk/assessment/model-score.ts';
import { computeFeatures } from '../src/risk/features/compute-features.ts';
import type { FeatureInput } from '../src/risk/features/feature-input.ts';
import { seededRandom } from '../src/risk/features/testing/synthetic-consignments.ts';
import { MODEL_COLUMNS, toModelRow } from '../src/risk/features/to-model-row.ts';

import { type ModelCategories } from '../src/risk/gbdt/flat-ensemble.ts';

import { createPredictor, type GbdtPredictor } from '../src/risk/gbdt/gbdt-predictor.ts';
import { trainGbdt } from '../src/risk/gbdt/gbdt-trainer.ts';
import type { FeatureValues } from '../src/risk/features/feature-vector.ts';

// --- the stand-in model -----------------------------------------------------------------------

const STAND_IN_WEIGHTS: Readonly<Record<string, number>> = {
  originHighRisk: 1.1,
  viaHighRiskHub: 0.4,
  coverLoadFromSource: 0.9,
  isReefer: 0.3,
  firstShipmentShipper: 0.8,
  firstShipmentConsignee: 0.6,
  partyPriorSeizures: 1.5,
  sealChanges: 1.2,
  weightMismatchRatio: 2,
  unusualDwell: 0.7,
  lateFiling: 0.5,
  transshipmentCount: 0.2,
  cloneSuspected: 2,
};
const STAND_IN_COLUMNS = MODEL_COLUMNS.map(
  (c, i) => [i, c.name, STAND_IN_WEIGHTS[c.name] ?? 0] as const,
).filter(([, , w]) => w !== 0);

/** Fixed linear scorer over the model row (NOT the trained trees): score plus contributions. */
export function standInModel(row: ReturnType<typeof toModelRow>): ModelScore {
  let margin = -4;
  const contributions: { feature: string; contribution: number }[] = [];
  for (const [i, name, w] of STAND_IN_COLUMNS) {
    const x = row[i];
    if (typeof x !== 'number' || Number.isNaN(x) || x === 0) continue;
    margin += w * x;
    contributions.push({ feature: name, contribution: (w * x) / 10 });
  }
  return { modelVersion: 'stand-in-linear-1', score: 1 / (1 + Math.exp(-margin)), contributions };
}

// --- the trained model: gradient-boosted trees on synthetic outcomes -------------------------

/** Categories to codes per categorical column, learned from the training rows. */
export type Encoder = (row: ReturnType<typeof toModelRow>, out: Float64Array) => Float64Array;

export interface FittedEncoder {
  readonly encode: Encoder;
  readonly categories: ModelCategories;
}

export function fitEncoder(rows: readonly ReturnType<typeof toModelRow>[]): FittedEncoder {
  const codes = MODEL_COLUMNS.map(() => new Map<string, number>());
  for (const row of rows) {
    row.forEach((x, i) => {
      if (typeof x === 'string' && !codes[i]!.has(x)) codes[i]!.set(x, codes[i]!.size);
    });
  }
  const categories = Object.fromEntries(
    MODEL_COLUMNS.map((c, i) => [c.name, [...codes[i]!.keys()]] as const),
  );
  const encode: Encoder = (row, out) => {
    for (let i = 0; i < row.length; i++) {
      const x = row[i];
      out[i] =
        typeof x === 'number'
          ? x
          : typeof x === 'string'
            ? (codes[i]!.get(x) ?? Number.NaN)
            : Number.NaN;
    }
    return out;
  };
  return { encode, categories };
}

/** A synthetic outcome: seizures concentrate on cover loads from source regions and seal changes. */
function syntheticOutcome(v: Readonly<FeatureValues>, rnd: () => number): number {
  let p = 0.005;
  if (v.coverLoadFromSource) p += 0.05;
  if ((v.sealChanges ?? 0) > 0) p += 0.2;
  if (v.firstShipmentConsignee) p += 0.03;
  return rnd() < p ? 1 : 0;
}

export interface TrainedModel {
  readonly predictor: GbdtPredictor;
  readonly encode: Encoder;
  readonly categories: ModelCategories;
}

export function trainModel(batch: readonly FeatureInput[]): TrainedModel {
  const rnd = seededRandom(99);
  const vectors = batch.flatMap((i) => computeFeatures(i));
  const rows = vectors.map(toModelRow);
  const { encode, categories } = fitEncoder(rows);
  const encoded = rows.map((r) => Array.from(encode(r, new Float64Array(MODEL_COLUMNS.length))));
  const columns = MODEL_COLUMNS.map((_, c) => Float64Array.from(encoded, (r) => r[c]!));
  const labels = vectors.map((v) => syntheticOutcome(v.values, rnd));
  const matrix = { features: MODEL_COLUMNS, columns, rows: rows.length };
  const model = trainGbdt({
    matrix,
    labels,
    params: { trees: 100, maxDepth: 4, learningRate: 0.1 },
  });
  if (!model.ok) throw new Error(model.diagnostics.map((d) => d.message).join('; '));
  return { predictor: createPredictor(model.value), encode, categories };
}

export function gbdtScore(
  model: TrainedModel,
  fv: ReturnType<typeof computeFeatures>[number],
  buffer: Float64Array,
): ModelScore {
  const row = model.encode(toModelRow(fv), buffer);
  const c = model.predictor.contributions(row);
  const contributions: { feature: string; contribution: number }[] = [];
  c.values.forEach((x, i) => {
    if (x > 0) contributions.push({ feature: MODEL_COLUMNS[i]!.name, contribution: x });
  });
  return { modelVersion: 'gbdt-bench', score: 1 / (1 + Math.exp(-c.margin)), contributions };
}
