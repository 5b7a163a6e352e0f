/**
 * The registered targeting model: gradient-boosted trees over MODEL_COLUMNS, plus the category
 * vocabulary that turns a model row's strings into the trees' category codes. Scoring binds the
 * trees to feature rows (path contributions, in log-odds, taken in the same walk); exact TreeSHAP
 * is computed for the explanations someone opens.
 */
import type { ModelScore } from '../../risk/assessment/model-score.ts';
import { MODEL_COLUMNS, toModelRow, type ModelRow } from '../../risk/features/to-model-row.ts';
import type { FeatureVector } from '../../risk/features/feature-vector.ts';
import { createPredictor, type GbdtPredictor } from '../../risk/gbdt/gbdt-predictor.ts';
import type { FeatureDictionary } from '../../risk/features/feature-dictionary.ts';
import { featureIndex } from '../../risk/features/feature-row.ts';
import { flattenEnsemble } from '../../risk/gbdt/flat-ensemble.ts';
import { sigmoid } from '../../risk/gbdt/logistic.ts';
import type { RowModel } from '../../risk/scoring/row-scorer.ts';
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
  /** The trees bound to feature rows of a dictionary, for the fast scoring path. */
  rowModel(dictionary: FeatureDictionary): RowModel;
  /** Exact TreeSHAP contributions of a feature vector, for an explanation on display. */
  exact(fv: FeatureVector): ModelScore;
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

export function loadRiskModel(
  doc: RiskModelDocument,
  version: string,
  hash: string,
): LoadedRiskModel {
  const predictor: GbdtPredictor = createPredictor(doc.gbdt);
  const encode = encoderOf(doc.categories);
  const features = doc.gbdt.features.map((f) => f.name);
  return {
    version,
    hash,
    rowModel: (dictionary) => ({
      version,
      features,
      ensemble: flattenEnsemble(doc.gbdt, doc.categories, dictionary, featureIndex),
    }),
    exact(fv) {
      const c = predictor.contributions(encode(toModelRow(fv)));
      const contributions = [];
      for (let i = 0; i < c.values.length; i++) {
        const v = c.values[i]!;
        if (v !== 0) contributions.push({ feature: features[i]!, contribution: v });
      }
      return {
        modelVersion: version,
        score: sigmoid(c.margin),
        contributions,
        method: 'tree-shap',
      };
    },
  };
}
