/**
 * The model's part of a row's explanation: the largest path contributions (at least
 * minContribution, largest first, ties in model-feature order, at most maxReasons) picked into
 * small reused typed arrays, then worded as modelReasons() words them: the feature's
 * description, the container's value, the contribution. The contribution buffer is zeroed on
 * the way, ready for the next row.
 */
import type { AssessmentConfig } from '../assessment/assessment-config.ts';
import { modelReason, modelReasonPrefix, type Reason } from '../assessment/explanation.ts';
import type { FeatureContribution } from '../assessment/model-score.ts';
import type { FeatureDictionary } from '../features/feature-dictionary.ts';
import { featureIndex } from '../features/feature-row.ts';
import { cellText, type CellText } from '../rules/cell-text.ts';

export interface ModelReasonPicker {
  /** Picks the top contributions out of `contributions` (and zeroes it); returns how many. */
  pick(contributions: Float64Array, config: AssessmentConfig): number;
  /** The i-th picked contribution as a reason, with the row's value. */
  reason(i: number, row: Float64Array): Reason;
  /** The i-th picked contribution. */
  contribution(i: number): FeatureContribution;
}

export function createModelReasonPicker(
  features: readonly string[],
  dictionary: FeatureDictionary,
): ModelReasonPicker {
  const prefixes = features.map(modelReasonPrefix);
  const cells = features.map((f) => featureIndex(f));
  const texts = cells.map((at): CellText => (at < 0 ? () => 'unknown' : cellText(at, dictionary)));
  let index = new Int32Array(8);
  let value = new Float64Array(8);
  return {
    pick(contributions, config) {
      const max = config.maxReasons;
      if (index.length < max) [index, value] = [new Int32Array(max), new Float64Array(max)];
      let n = 0;
      for (let j = 0; j < contributions.length; j++) {
        const v = contributions[j]!;
        contributions[j] = 0;
        if (!(v >= config.minContribution)) continue;
        if (n === max && v <= value[n - 1]!) continue;
        // Insert after every larger or equal one: equal contributions keep feature order.
        let k = n < max ? n++ : n - 1;
        while (k > 0 && value[k - 1]! < v) {
          index[k] = index[k - 1]!;
          value[k] = value[k - 1]!;
          k--;
        }
        index[k] = j;
        value[k] = v;
      }
      return n;
    },
    reason(i, row) {
      const j = index[i]!;
      const at = cells[j]!;
      const text = at < 0 ? 'unknown' : texts[j]!(row[at]!);
      return modelReason(features[j]!, prefixes[j]!, text, value[i]!);
    },
    contribution(i) {
      return { feature: features[index[i]!]!, contribution: value[i]! };
    },
  };
}
