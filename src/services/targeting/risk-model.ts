/**
 * The registered targeting model: gradient-boosted trees over MODEL_COLUMNS, plus the category
 * vocabulary that turns a model row's strings into the trees' category codes. Scores a feature
 * vector with per-feature contributions (TreeSHAP, in log-odds) for explanations.
 */
import type { ModelScore } from '../../risk/assessment/model-score.ts';
import { MODEL_COLUMNS, toModelRow, type ModelRow } from '../../risk/features/to-model-row.ts';
import type { FeatureVector } from '../../risk/features/feature-vector.ts';
import { createPredictor, type GbdtPredictor } from '../../risk/gbdt/gbdt-predictor.ts';
import type { GbdtModel } from '../../risk/gbdt/gbdt-model.ts';

export const RISK_MODEL_FORMAT = 'portcullis-risk-model';

export interface RiskModelDocument {
  readonly format: typeof RISK_MODEL_FORMAT;
  readonly gbdt: GbdtModel;
  /** Known categories per categorical column; code = index. */
  readonly categories: Readonly<Record<string, readonly string[]>>;
}

export interface LoadedRiskModel {
  readonly version: string;
  readonly hash: string;
  score(fv: FeatureVector): ModelScore;
}

export function isRiskModelDocument(value: unknown): value is RiskModelDocument {
  const v = value as Partial<RiskModelDocument> | null;
  return typeof v === 'object' && v !== null && v.format === RISK_MODEL_FORMAT && !!v.gbdt;
}

/** Category codes per column, built once per model. */
export function encoderOf(categories: RiskModelDocument['categories']) {
  const maps = MODEL_COLUMNS.map((c) =>
    c.kind === 'categorical'
      ? new Map((categories[c.name] ?? []).map((v, i) => [v, i] as const))
      : undefined,
  );
  return (row: ModelRow): Float64Array => {
    const out = new Float64Array(row.length);
    for (let i = 0; i < row.length; i++) {
      const x = row[i];
      const map = maps[i];
      out[i] = map ? (typeof x === 'string' ? (map.get(x) ?? NaN) : NaN) : (x as number);
    }
    return out;
  };
}

export function loadRiskModel(doc: RiskModelDocument, version: string, hash: string) {
  const predictor: GbdtPredictor = createPredictor(doc.gbdt);
  const encode = encoderOf(doc.categories);
  return {
    version,
    hash,
    score(fv: FeatureVector): ModelScore {
      const row = encode(toModelRow(fv));
      const c = predictor.contributions(row);
      const contributions = [];
      for (let i = 0; i < c.values.length; i++) {
        const v = c.values[i]!;
        if (v !== 0) contributions.push({ feature: MODEL_COLUMNS[i]!.name, contribution: v });
      }
      return { modelVersion: version, score: 1 / (1 + Math.exp(-c.margin)), contributions };
    },
  } satisfies LoadedRiskModel;
}
