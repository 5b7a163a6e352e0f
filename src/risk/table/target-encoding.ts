/**
 * Smoothed target encoding of a categorical column, fitted on training rows only. Training rows
 * get out-of-fold values (each row encoded by the other folds), so the model never sees its own
 * label through the encoding.
 */
import { createRandomSource } from '../gbdt/random-source.ts';
import type { ColumnEncoding } from './column-encoding.ts';

export interface TargetEncodingOptions {
  readonly smoothing: number;
  readonly folds: number;
  readonly seed: number;
}

type TargetEncoding = Extract<ColumnEncoding, { kind: 'target' }>;

export function fitTargetEncoding(
  column: string,
  values: readonly string[],
  labels: Float64Array,
  options: TargetEncodingOptions,
): { encoding: TargetEncoding; outOfFold: Float64Array } {
  const prior = labels.reduce((s, y) => s + y, 0) / Math.max(1, labels.length);
  const random = createRandomSource(options.seed);
  const fold = Uint8Array.from(values, () => Math.floor(random() * options.folds));
  const outOfFold = new Float64Array(values.length).fill(NaN);
  for (let k = 0; k < options.folds; k++) {
    const means = smoothedMeans(values, labels, prior, options.smoothing, (i) => fold[i] !== k);
    values.forEach((v, i) => {
      if (fold[i] === k && means.has(v)) outOfFold[i] = means.get(v)!;
    });
  }
  const all = smoothedMeans(values, labels, prior, options.smoothing, () => true);
  const encoding: TargetEncoding = {
    kind: 'target',
    column,
    prior,
    smoothing: options.smoothing,
    means: Object.fromEntries(all),
  };
  return { encoding, outOfFold };
}

function smoothedMeans(
  values: readonly string[],
  labels: Float64Array,
  prior: number,
  smoothing: number,
  use: (i: number) => boolean,
): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  values.forEach((v, i) => {
    if (v === '' || !use(i)) return;
    const s = sums.get(v) ?? [0, 0];
    s[0] += labels[i]!;
    s[1] += 1;
    sums.set(v, s);
  });
  const means = new Map<string, number>();
  for (const [v, [sum, n]] of sums) means.set(v, (sum + smoothing * prior) / (n + smoothing));
  return means;
}
