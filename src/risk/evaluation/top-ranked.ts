/** The rows an inspection budget would select: highest scores first, ties by row order. */

/** Number of rows inspected at a fraction of the population: ceil(n × fraction), at least 1. */
export function budgetSize(rows: number, fraction: number): number {
  return Math.min(rows, Math.max(1, Math.ceil(rows * fraction - 1e-9)));
}

/** Row indices sorted by descending score; equal scores keep row order. NaN scores rank last. */
export function rankRows(scores: ArrayLike<number>): Uint32Array {
  const key = (i: number) => (Number.isNaN(scores[i]!) ? -Infinity : scores[i]!);
  return Uint32Array.from({ length: scores.length }, (_, i) => i).sort(
    (a, b) => key(b) - key(a) || a - b,
  );
}
