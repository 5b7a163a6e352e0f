/**
 * Precision and recall at an inspection budget of n% of rows (ties broken by row order):
 * precision = positives among the inspected / inspected; recall = those / all positives.
 */
import { budgetSize, rankRows } from './top-ranked.ts';

export interface AtBudget {
  readonly fraction: number;
  readonly inspected: number;
  readonly hits: number;
  readonly precision: number;
  readonly recall: number;
}

export function atBudget(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  fraction: number,
  ranked: Uint32Array = rankRows(scores),
): AtBudget {
  const inspected = budgetSize(scores.length, fraction);
  let hits = 0;
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) positives++;
  for (let k = 0; k < inspected; k++) if (labels[ranked[k]!] === 1) hits++;
  return {
    fraction,
    inspected,
    hits,
    precision: inspected === 0 ? NaN : hits / inspected,
    recall: positives === 0 ? NaN : hits / positives,
  };
}

export function precisionAt(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  fraction: number,
) {
  return atBudget(scores, labels, fraction).precision;
}

export function recallAt(scores: ArrayLike<number>, labels: ArrayLike<number>, fraction: number) {
  return atBudget(scores, labels, fraction).recall;
}
