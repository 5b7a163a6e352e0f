/** Best threshold of one numeric feature: scans bins in order, missing values both ways. */
import type { GbdtParams } from './gbdt-params.ts';
import { score, type NodeSums, type SplitCandidate } from './split-candidate.ts';

export function bestNumericSplit(
  hist: Float64Array,
  feature: number,
  range: readonly [number, number],
  total: NodeSums,
  params: GbdtParams,
): SplitCandidate | undefined {
  const [from, to] = range;
  const { lambda, minChildWeight, gamma } = params;
  const parent = score(total.g, total.h, lambda);
  const hasMissing = hist[from * 3 + 2]! > 0;
  let best: SplitCandidate | undefined;
  for (const missingLeft of hasMissing ? [false, true] : [true]) {
    let gl = missingLeft ? hist[from * 3]! : 0;
    let hl = missingLeft ? hist[from * 3 + 1]! : 0;
    let cl = missingLeft ? hist[from * 3 + 2]! : 0;
    for (let b = from + 1; b < to - 1; b++) {
      const c = hist[b * 3 + 2]!;
      if (c === 0) continue;
      gl += hist[b * 3]!;
      hl += hist[b * 3 + 1]!;
      cl += c;
      const hr = total.h - hl;
      if (hl < minChildWeight || hr < minChildWeight || cl === 0 || total.c - cl === 0) continue;
      const gain = 0.5 * (score(gl, hl, lambda) + score(total.g - gl, hr, lambda) - parent) - gamma;
      if (gain > (best?.gain ?? 0)) {
        best = {
          feature,
          gain,
          defaultLeft: missingLeft,
          thresholdBin: b - from,
          leftBins: undefined,
        };
      }
    }
  }
  return best;
}
