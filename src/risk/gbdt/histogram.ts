/**
 * Gradient histograms: for every (feature, bin), the sums of gradient, hessian and row count,
 * interleaved in one Float64Array. A sibling's histogram is its parent's minus the other child's.
 */
import type { BinnedMatrix } from './binned-matrix.ts';

export interface GradientPairs {
  readonly grad: Float64Array;
  readonly hess: Float64Array;
}

export function newHistogram(binned: BinnedMatrix): Float64Array {
  return new Float64Array(binned.offsets[binned.specs.length]! * 3);
}

/**
 * Accumulates rows order[start..end) into hist for the given features. The node's gradient pairs
 * are gathered once into `scratch` (2 × rows long) so the per-feature loops read them in order.
 */
export function buildHistogram(
  hist: Float64Array,
  binned: BinnedMatrix,
  gp: GradientPairs,
  order: Uint32Array,
  range: readonly [number, number],
  features: readonly number[],
  scratch: Float64Array = new Float64Array(2 * (range[1] - range[0])),
): void {
  const [start, end] = range;
  for (let i = start, k = 0; i < end; i++, k += 2) {
    const r = order[i]!;
    scratch[k] = gp.grad[r]!;
    scratch[k + 1] = gp.hess[r]!;
  }
  for (const f of features) {
    const col = binned.columns[f]!;
    const base = binned.offsets[f]! * 3;
    for (let i = start, k = 0; i < end; i++, k += 2) {
      const b = base + col[order[i]!]! * 3;
      hist[b] = hist[b]! + scratch[k]!;
      hist[b + 1] = hist[b + 1]! + scratch[k + 1]!;
      hist[b + 2] = hist[b + 2]! + 1;
    }
  }
}

/** parent -= child, in place, over the given features. */
export function subtractHistogram(
  parent: Float64Array,
  child: Float64Array,
  binned: BinnedMatrix,
  features: readonly number[],
): void {
  for (const f of features) {
    const from = binned.offsets[f]! * 3;
    const to = binned.offsets[f + 1]! * 3;
    for (let k = from; k < to; k++) parent[k] = parent[k]! - child[k]!;
  }
}

/** Reuses histogram buffers across nodes and trees (they are large and short-lived). */
export class HistogramPool {
  private readonly free: Float64Array[] = [];
  constructor(private readonly binned: BinnedMatrix) {}

  /** A zeroed histogram. */
  take(): Float64Array {
    const h = this.free.pop();
    if (h === undefined) return newHistogram(this.binned);
    h.fill(0);
    return h;
  }

  release(h: Float64Array): void {
    this.free.push(h);
  }
}
