/**
 * Histogram bins of one feature, fitted on training data only. Bin 0 holds missing values.
 * Numeric: bin b (1-based) holds edges[b-2] < x ≤ edges[b-1] (open-ended at both ends).
 * Categorical: bin c+1 holds category code c for c < cap; bin cap+1 holds every other code.
 */
import type { FeatureMatrix } from './feature-matrix.ts';

export type BinSpec =
  | { readonly kind: 'numeric'; readonly edges: readonly number[] }
  | { readonly kind: 'categorical'; readonly cap: number };

/** Number of bins including the missing bin. */
export function binCount(spec: BinSpec): number {
  return spec.kind === 'numeric' ? spec.edges.length + 2 : spec.cap + 2;
}

export function binOf(spec: BinSpec, x: number): number {
  if (Number.isNaN(x)) return 0;
  if (spec.kind === 'categorical') return x < spec.cap ? x + 1 : spec.cap + 1;
  return 1 + lowerBound(spec.edges, x);
}

/** First index i with edges[i] >= x (edges.length when none). */
export function lowerBound(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Quantile edges (≤ maxBins value bins) from the non-missing values of a column. */
export function fitNumericEdges(column: Float64Array, maxBins: number): number[] {
  const values = column.filter((v) => !Number.isNaN(v)).sort();
  const distinct: number[] = [];
  for (const v of values) if (distinct.length === 0 || distinct.at(-1) !== v) distinct.push(v);
  if (distinct.length <= maxBins) {
    return distinct.slice(1).map((v, i) => (distinct[i]! + v) / 2);
  }
  const edges: number[] = [];
  for (let q = 1; q < maxBins; q++) {
    const v = values[Math.floor((q * values.length) / maxBins)]!;
    if (edges.length === 0 || edges.at(-1)! < v) edges.push(v);
  }
  if (edges.at(-1) === values.at(-1)) edges.pop();
  return edges;
}

/** Bin specifications for every feature of a training matrix. */
export function fitBinSpecs(m: FeatureMatrix, maxBins: number): BinSpec[] {
  return m.features.map((f, i) => {
    const column = m.columns[i]!;
    if (f.kind === 'numeric') return { kind: 'numeric', edges: fitNumericEdges(column, maxBins) };
    let max = -1;
    for (const v of column) if (!Number.isNaN(v) && v > max) max = v;
    return { kind: 'categorical', cap: Math.min(Math.min(maxBins, 254), max + 1) };
  });
}
