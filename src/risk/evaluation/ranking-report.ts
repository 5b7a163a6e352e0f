/** The standard evaluation of a scored, labelled table: P@n%, R@n% and ROC AUC. */
import { atBudget, type AtBudget } from './precision-at.ts';
import { rocAuc } from './roc-auc.ts';
import { rankRows } from './top-ranked.ts';

export const DEFAULT_BUDGETS = [0.01, 0.02, 0.05, 0.1] as const;

export interface RankingReport {
  readonly rows: number;
  readonly positives: number;
  readonly auc: number;
  readonly budgets: readonly AtBudget[];
}

export function rankingReport(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  budgets: readonly number[] = DEFAULT_BUDGETS,
): RankingReport {
  const ranked = rankRows(scores);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) positives++;
  return {
    rows: scores.length,
    positives,
    auc: rocAuc(scores, labels),
    budgets: budgets.map((f) => atBudget(scores, labels, f, ranked)),
  };
}
