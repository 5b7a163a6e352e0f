/**
 * ROC AUC as the Mann–Whitney probability that a positive outscores a negative, ties counting
 * one half: positives and negatives sorted separately, then merged in one pass.
 */

/** Area under the ROC curve of scores against 0/1 labels; NaN when a class is absent. */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) positives++;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(scores.length - positives);
  let p = 0;
  let n = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] === 1) pos[p++] = scores[i]!;
    else neg[n++] = scores[i]!;
  }
  if (pos.length === 0 || neg.length === 0) return NaN;
  pos.sort();
  neg.sort();
  let below = 0;
  let equal = 0;
  let wins = 0;
  for (let i = 0; i < pos.length; i++) {
    const s = pos[i]!;
    if (i === 0 || s !== pos[i - 1]) {
      below += equal;
      while (below < neg.length && neg[below]! < s) below++;
      equal = 0;
      while (below + equal < neg.length && neg[below + equal] === s) equal++;
    }
    wins += below + equal / 2;
  }
  return wins / (pos.length * neg.length);
}
