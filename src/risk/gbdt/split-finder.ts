/** Best split of a node over the active features, from its histogram. */
import type { BinnedMatrix } from './binned-matrix.ts';
import { bestCategoricalSplit } from './categorical-split.ts';
import type { GbdtParams } from './gbdt-params.ts';
import { bestNumericSplit } from './numeric-split.ts';
import { better, type NodeSums, type SplitCandidate } from './split-candidate.ts';

export function findBestSplit(
  hist: Float64Array,
  binned: BinnedMatrix,
  features: readonly number[],
  total: NodeSums,
  params: GbdtParams,
): SplitCandidate | undefined {
  let best: SplitCandidate | undefined;
  for (const f of features) {
    const range = [binned.offsets[f]!, binned.offsets[f + 1]!] as const;
    const found =
      binned.specs[f]!.kind === 'numeric'
        ? bestNumericSplit(hist, f, range, total, params)
        : bestCategoricalSplit(hist, f, range, total, params);
    best = better(best, found);
  }
  return best;
}

/** Node sums from any one feature's bins of its histogram. */
export function histogramSums(hist: Float64Array, binned: BinnedMatrix, feature: number): NodeSums {
  let g = 0;
  let h = 0;
  let c = 0;
  for (let b = binned.offsets[feature]!; b < binned.offsets[feature + 1]!; b++) {
    g += hist[b * 3]!;
    h += hist[b * 3 + 1]!;
    c += hist[b * 3 + 2]!;
  }
  return { g, h, c };
}
