/**
 * The fast scoring path over feature rows: all rules in one generated function, the trees
 * compiled to straight code with path-based contributions taken in the same walk, lookouts, and
 * the assessment with its explanation (method `path`), built straight from the fired rules'
 * indexes and the picked contributions: the same Assessment assessSubject() builds from the
 * record path, word for word. Exact TreeSHAP is left to `exactContributions`, for the
 * explanations someone opens. `scoreBatch` walks the trees over a block of rows at once
 * (tree-major, faster per row) and assesses each as `score` does. Pure; one scorer per rule-set
 * and model version; not re-entrant (its buffers are reused from row to row, and scoring is
 * synchronous).
 */
import type { Assessment } from '../assessment/assess.ts';
import { combineEvidence, hitsOf, NONE } from '../assessment/assess.ts';
import {
  DEFAULT_ASSESSMENT_CONFIG,
  type AssessmentConfig,
} from '../assessment/assessment-config.ts';
import {
  explanationText,
  pushLookoutReasons,
  type Explanation,
  type Reason,
} from '../assessment/explanation.ts';
import type { ModelScore } from '../assessment/model-score.ts';
import type { LookoutHit } from '../features/history.ts';
import type { FlatEnsemble } from '../gbdt/flat-ensemble.ts';
import { sigmoid } from '../gbdt/logistic.ts';
import { createRowRuleHits, fireRowRules, type RowRuleSet } from '../rules/row-rule-set.ts';
import { createModelReasonPicker } from './row-model-reasons.ts';
import { createRowRuleReasons } from './row-rule-reasons.ts';

/**
 * Rows per tree walk in scoreBatch: enough for each compiled tree's code to stay hot. Callers
 * that drop each assessment soon (the benchmark) hand this many rows per call: a longer batch's
 * assessments outlive the young generation's collections and cost more to collect than the
 * batch saves.
 */
export const BLOCK_ROWS = 64;
const EMPTY_ROW = new Float64Array(0);

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
  /** `score` of each input, in order; the rows must be distinct buffers. */
  scoreBatch(inputs: readonly ScoredRow[], at: number, bands?: AssessmentConfig): Assessment[];
  /** The model's score of a row with path contributions (largest first, top `maxReasons`). */
  model(row: Float64Array): ModelScore | undefined;
}

export function createRowScorer(
  rules: RowRuleSet,
  model: RowModel | undefined,
  config: AssessmentConfig = DEFAULT_ASSESSMENT_CONFIG,
): RowScorer {
  const features = model?.features.length ?? 0;
  const contributions = new Float64Array(features);
  // The tree walk's batch: rows, their contributions one after the other, margins.
  const block = {
    rows: new Array<Float64Array>(BLOCK_ROWS).fill(EMPTY_ROW),
    contributions: new Float64Array(BLOCK_ROWS * features),
    margins: new Float64Array(BLOCK_ROWS),
  };
  const picker = createModelReasonPicker(
    model?.features ?? [],
    rules.dictionary,
    model?.ensemble.splitFeatures,
  );
  const hits = createRowRuleHits(rules);
  const ruleReasons = createRowRuleReasons(rules);
  const ruleSet = `${rules.id}@${rules.version}`;
  // The versions stamp is the same for every row scored with the same bands: made once per bands.
  let stamped: Assessment['versions'] | undefined;
  const versionsFor = (bands: AssessmentConfig) =>
    stamped?.config === bands
      ? stamped
      : (stamped = { ruleSet, model: model?.version, config: bands });

  /** Lookout reasons first (all those demanding a hold, whatever the limit), then rules and the
   *  model while there is room. */
  const withLookouts = (
    row: Float64Array,
    picked: number,
    lookouts: readonly LookoutHit[],
    c: AssessmentConfig,
  ) => {
    const reasons: Reason[] = [];
    const limit = pushLookoutReasons(reasons, lookouts, c);
    for (let i = 0; i < hits.count && reasons.length < limit; i++)
      reasons.push(ruleReasons(hits.fired[i]!, row));
    for (let i = 0; i < picked && reasons.length < limit; i++) reasons.push(picker.reason(i, row));
    return reasons;
  };

  const reasonsOf = (
    row: Float64Array,
    contributions: Float64Array,
    offset: number,
    lookouts: readonly LookoutHit[],
    c: AssessmentConfig,
  ) => {
    const picked = model ? picker.pick(contributions, offset, c) : 0;
    if (lookouts.length > 0) return withLookouts(row, picked, lookouts, c);
    // Without lookouts (nearly always): rules, then the model, up to maxReasons, into an array
    // made at its size (pushed one by one, it would be made for 17).
    const fromRules = Math.min(hits.count, c.maxReasons);
    const n = Math.min(fromRules + picked, c.maxReasons);
    const reasons = new Array<Reason>(n);
    for (let i = 0; i < fromRules; i++) reasons[i] = ruleReasons(hits.fired[i]!, row);
    for (let i = fromRules; i < n; i++) reasons[i] = picker.reason(i - fromRules, row);
    return reasons;
  };

  /** The assessment of a row whose trees were walked: `margin`, and its contributions from
   *  `offset` in `contributions`. */
  const assessRow = (
    input: ScoredRow,
    margin: number | undefined,
    contributions: Float64Array,
    offset: number,
    at: number,
    bands: AssessmentConfig,
  ): Assessment => {
    const { row } = input;
    fireRowRules(rules, row, at, hits);
    const modelScore = margin === undefined ? undefined : sigmoid(margin);
    const lookouts = hitsOf(input.lookoutHits, input.containerNumber);
    const e = combineEvidence(hits.score, modelScore, lookouts, bands);
    const reasons = reasonsOf(row, contributions, offset, lookouts, bands);
    const text = explanationText(e.band, e.score, e.hold, reasons);
    const explanation: Explanation = model ? { reasons, text, method: 'path' } : { reasons, text };
    return {
      billNumber: input.billNumber,
      containerNumber: input.containerNumber,
      score: e.score,
      band: e.band,
      mandatoryHold: e.hold,
      heldBy: e.heldBy,
      components: { rules: hits.score, model: modelScore, lookouts: e.lookouts },
      firedRules: hits.count === 0 ? NONE : firedIds(rules, hits.fired, hits.count),
      explanation,
      versions: versionsFor(bands),
    };
  };

  return {
    model(row) {
      if (!model) return undefined;
      const margin = model.ensemble.walk(row, contributions);
      const n = picker.pick(contributions, 0, config);
      const top = Array.from({ length: n }, (_, i) => picker.contribution(i));
      return {
        modelVersion: model.version,
        score: sigmoid(margin),
        contributions: top,
        method: 'path',
      };
    },
    score(input, at, bands = config) {
      const margin = model ? model.ensemble.walk(input.row, contributions) : undefined;
      return assessRow(input, margin, contributions, 0, at, bands);
    },
    scoreBatch(inputs, at, bands = config) {
      const out: Assessment[] = [];
      for (let start = 0; start < inputs.length; start += BLOCK_ROWS) {
        const count = Math.min(BLOCK_ROWS, inputs.length - start);
        for (let b = 0; b < count; b++) block.rows[b] = inputs[start + b]!.row;
        if (model) model.ensemble.walkBatch(block.rows, block.contributions, block.margins, count);
        for (let b = 0; b < count; b++) {
          const margin = model ? block.margins[b] : undefined;
          const input = inputs[start + b]!;
          out.push(assessRow(input, margin, block.contributions, b * features, at, bands));
        }
      }
      block.rows.fill(EMPTY_ROW); // the rows are the caller's: not kept
      return out;
    },
  };
}

function firedIds(rules: RowRuleSet, fired: Int32Array, count: number): string[] {
  const ids = new Array<string>(count);
  for (let i = 0; i < count; i++) ids[i] = rules.rules[fired[i]!]!.rule.definition.id;
  return ids;
}
