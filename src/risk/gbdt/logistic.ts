/** Logistic link and binary log loss. */
export function sigmoid(margin: number): number {
  return 1 / (1 + Math.exp(-margin));
}

/** Mean (weighted) binary log loss of margins against 0/1 labels. */
export function logLoss(margins: Float64Array, labels: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < margins.length; i++) {
    const p = Math.min(1 - 1e-15, Math.max(1e-15, sigmoid(margins[i]!)));
    sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / Math.max(1, margins.length);
}
