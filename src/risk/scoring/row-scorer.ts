/**
 * The fast scoring path over feature rows: compiled row rules, the flattened trees with
 * path-based contributions taken in the same walk, lookouts, and the assessment with its
 * explanation (method `path`). Exact TreeSHAP is left to `exactContributions`, for the
 * explanations someone opens. Pure; one scorer per rule-set and model version.
 */
import type { Assessment } from '../assessment/assess.ts';
import { assessSubject } from '../assessment/assess.ts';
import {
  DEFAULT_ASSESSMENT_CONFIG,
  type AssessmentConfig,
} from '../assessment/assessment-config.ts';
import type { FeatureContribution, ModelScore } from '../assessment/model-score.ts';
import { featureIndex, rowValue } from '../features/feature-row.ts';
import type { LookoutHit } from '../features/history.ts';
import type { FlatEnsemble } from '../gbdt/flat-ensemble.ts';
import { sigmoid } from '../gbdt/logistic.ts';
import { evaluateRowRules, type RowRuleSet } from '../rules/row-rule-set.ts';

export interface RowModel {
  readonly version: string;
  readonly ensemble: FlatEnsemble;
  /** Name of each model feature, in model order. */
  readonly features: readonly string[];
}

export interface ScoredRow {
  readonly row: Float64Array;
  readonly billNumber: string;
  readonly containerNumber: string | undefined;
  readonly lookoutHits?: readonly LookoutHit[];
}

export interface RowScorer {
  /** `bands` overrides the scorer's configuration (calibrated bands, see band-calibration.ts). */
  score(input: ScoredRow, at: number, bands?: AssessmentConfig): Assessment;
  /** The model's score of a row with path contributions (largest first, top `maxReasons`). */
  model(row: Float64Array): ModelScore | undefined;
}

export function createRowScorer(
  rules: RowRuleSet,
  model: RowModel | undefined,
  config: AssessmentConfig = DEFAULT_ASSESSMENT_CONFIG,
): RowScorer {
  const contributions = new Float64Array(model?.features.length ?? 0);
  const scoreModel = (row: Float64Array): ModelScore | undefined => {
    if (!model) return undefined;
    const margin = model.ensemble.walk(row, contributions);
    return {
      modelVersion: model.version,
      score: sigmoid(margin),
      contributions: topContributions(contributions, model.features, config),
      method: 'path',
    };
  };
  // The row being assessed, read by valueOf: one closure for the scorer's life, not one per row
  // (scoring is synchronous, so the row cannot change under it).
  let current: Float64Array = new Float64Array(0);
  const valueOf = (feature: string) => rowValue(current, featureIndex(feature), rules.dictionary);
  return {
    model: scoreModel,
    score(input, at, bands = config) {
      const { row } = input;
      current = row;
      const scored = scoreModel(row);
      return assessSubject({
        features: input,
        valueOf,
        rules: evaluateRowRules(rules, row, at),
        ...(scored ? { model: scored } : {}),
        ...(input.lookoutHits ? { lookoutHits: input.lookoutHits } : {}),
        config: bands,
      });
    },
  };
}

/** The largest contributions worth explaining, and the buffer zeroed for the next row. */
function topContributions(
  values: Float64Array,
  names: readonly string[],
  config: AssessmentConfig,
): FeatureContribution[] {
  const top: FeatureContribution[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    values[i] = 0;
    if (!(v >= config.minContribution)) continue;
    if (top.length === config.maxReasons && v <= top[top.length - 1]!.contribution) continue;
    let k = top.length;
    while (k > 0 && top[k - 1]!.contribution < v) k--;
    top.splice(k, 0, { feature: names[i]!, contribution: v });
    if (top.length > config.maxReasons) top.pop();
  }
  return top;
}
