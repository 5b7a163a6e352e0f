/**
 * The model's part of a row's explanation: the largest path contributions (at least
 * minContribution, largest first, ties in model-feature order, at most maxReasons) picked into
 * small reused typed arrays, then worded as modelReasons() words them: the feature's
 * description, the container's value, the contribution. Only the features some split reads can
 * have a contribution, so only those are read; they are zeroed on the way, ready for the next row.
 */
import type { AssessmentConfig } from '../assessment/assessment-config.ts';
import { modelReason, modelReasonPrefix, type Reason } from '../assessment/explanation.ts';
import type { FeatureContribution } from '../assessment/model-score.ts';
import type { FeatureDictionary } from '../features/feature-dictionary.ts';
import { featureIndex } from '../features/feature-row.ts';
import { cellText, type CellText } from '../rules/cell-text.ts';

export interface ModelReasonPicker {
  /**
   * Picks the top contributions of the row whose contribution buffer starts at `offset` in
   * `contributions` (and zeroes them); returns how many.
   */
  pick(contributions: Float64Array, offset: number, config: AssessmentConfig): number;
  /** The i-th picked contribution as a reason, with the row's value. */
  reason(i: number, row: Float64Array): Reason;
  /** The i-th picked contribution. */
  contribution(i: number): FeatureContribution;
}

/**
 * `candidates`: the model features that can have a non-zero contribution, ascending (all of
 * them when not given).
 */
export function createModelReasonPicker(
  features: readonly string[],
  dictionary: FeatureDictionary,
  candidates: Int32Array = Int32Array.from(features.keys()),
): ModelReasonPicker {
  const prefixes = features.map(modelReasonPrefix);
  const cells = features.map((f) => featureIndex(f));
  const texts = cells.map((at): CellText => (at < 0 ? () => 'unknown' : cellText(at, dictionary)));
  const picked = { index: new Int32Array(8), value: new Float64Array(8) };
  const worthIndex = new Int32Array(candidates.length);
  const worthValue = new Float64Array(candidates.length);
  return {
    pick(contributions, offset, config) {
      const max = config.maxReasons;
      if (picked.index.length < max) {
        picked.index = new Int32Array(max);
        picked.value = new Float64Array(max);
      }
      // Those worth explaining first, without a branch (which ones pass is a coin toss)…
      const min = config.minContribution;
      let m = 0;
      for (let q = 0; q < candidates.length; q++) {
        const j = candidates[q]!;
        const v = contributions[offset + j]!;
        contributions[offset + j] = 0;
        worthIndex[m] = j;
        worthValue[m] = v;
        m += +(v >= min);
      }
      // …then the largest of them, in order: inserted after every larger or equal one, so
      // equal contributions keep feature order.
      const { index, value } = picked;
      let n = 0;
      for (let p = 0; p < m; p++) {
        const v = worthValue[p]!;
        if (n === max && v <= value[n - 1]!) continue;
        let k = n < max ? n++ : n - 1;
        while (k > 0 && value[k - 1]! < v) {
          index[k] = index[k - 1]!;
          value[k] = value[k - 1]!;
          k--;
        }
        index[k] = worthIndex[p]!;
        value[k] = v;
      }
      return n;
    },
    reason(i, row) {
      const j = picked.index[i]!;
      const at = cells[j]!;
      const text = at < 0 ? 'unknown' : texts[j]!(row[at]!);
      return modelReason(features[j]!, prefixes[j]!, text, picked.value[i]!);
    },
    contribution(i) {
      return { feature: features[picked.index[i]!]!, contribution: picked.value[i]! };
    },
  };
}
