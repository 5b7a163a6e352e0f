/**
 * Best partition of one categorical feature (LightGBM style): categories sorted by smoothed
 * gradient ratio, then every prefix (from either end, up to maxCatThreshold) tried as the left set.
 */
import type { GbdtParams } from './gbdt-params.ts';
import { score, type NodeSums, type SplitCandidate } from './split-candidate.ts';

export function bestCategoricalSplit(
  hist: Float64Array,
  feature: number,
  range: readonly [number, number],
  total: NodeSums,
  params: GbdtParams,
): SplitCandidate | undefined {
  const [from, to] = range;
  const bins: number[] = [];
  for (let b = 1; b < to - from; b++) if (hist[(from + b) * 3 + 2]! > 0) bins.push(b);
  if (bins.length < 2) return undefined;
  const ratio = (b: number) =>
    hist[(from + b) * 3]! / (hist[(from + b) * 3 + 1]! + params.catSmooth);
  bins.sort((a, b) => ratio(a) - ratio(b));
  const hasMissing = hist[from * 3 + 2]! > 0;
  let best: SplitCandidate | undefined;
  for (const order of [bins, [...bins].reverse()]) {
    for (const missingLeft of hasMissing ? [false, true] : [true]) {
      const found = scanPrefixes(hist, from, order, missingLeft, total, params);
      if (found !== undefined && found.gain > (best?.gain ?? 0)) {
        const leftBins = new Uint8Array(256);
        for (const b of order.slice(0, found.k)) leftBins[b] = 1;
        best = { feature, gain: found.gain, defaultLeft: missingLeft, thresholdBin: 0, leftBins };
      }
    }
  }
  return best;
}

function scanPrefixes(
  hist: Float64Array,
  from: number,
  order: readonly number[],
  missingLeft: boolean,
  total: NodeSums,
  params: GbdtParams,
): { gain: number; k: number } | undefined {
  const lambda = params.lambda + params.catL2;
  const parent = score(total.g, total.h, lambda);
  let gl = missingLeft ? hist[from * 3]! : 0;
  let hl = missingLeft ? hist[from * 3 + 1]! : 0;
  let best: { gain: number; k: number } | undefined;
  const limit = Math.min(order.length - 1, params.maxCatThreshold);
  for (let k = 1; k <= limit; k++) {
    const b = (from + order[k - 1]!) * 3;
    gl += hist[b]!;
    hl += hist[b + 1]!;
    const hr = total.h - hl;
    if (hl < params.minChildWeight || hr < params.minChildWeight) continue;
    const gain =
      0.5 * (score(gl, hl, lambda) + score(total.g - gl, hr, lambda) - parent) - params.gamma;
    if (gain > (best?.gain ?? 0)) best = { gain, k };
  }
  return best;
}
