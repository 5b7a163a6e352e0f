/**
 * Tuning a list's threshold from officers' reviews of its hits. Hits are stored only above the
 * current threshold, so reviews can only raise it (or bring it back down towards the default
 * after it was raised). The rule: once a list has at least MIN_REVIEWS reviewed hits, take the
 * lowest threshold at which the reviewed hits still above it are at least TARGET_PRECISION true
 * and no more than MAX_LOST of the true positives fall below it; never below the default.
 */
export const MIN_REVIEWS = 20;
export const TARGET_PRECISION = 0.9;
export const MAX_LOST = 0.02;

export interface ReviewedScore {
  readonly score: number;
  readonly truePositive: boolean;
}

export function tuneThreshold(
  reviews: readonly ReviewedScore[],
  defaultThreshold: number,
): number | undefined {
  if (reviews.length < MIN_REVIEWS) return undefined;
  const tps = reviews.filter((r) => r.truePositive).length;
  const candidates = [defaultThreshold, ...reviews.map((r) => r.score + 1e-6)]
    .filter((t) => t >= defaultThreshold)
    .sort((a, b) => a - b);
  for (const t of candidates) {
    const above = reviews.filter((r) => r.score >= t);
    const kept = above.filter((r) => r.truePositive).length;
    const precision = above.length === 0 ? 1 : kept / above.length;
    if (tps > 0 && (tps - kept) / tps > MAX_LOST) return undefined;
    if (precision >= TARGET_PRECISION) return t;
  }
  return undefined;
}
