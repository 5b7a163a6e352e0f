/** Validation metrics for early stopping, and which direction is better. */
import { rocAuc } from '../evaluation/roc-auc.ts';
import type { EvalMetric } from './gbdt-params.ts';
import { logLoss } from './logistic.ts';

export function evalMetric(metric: EvalMetric, margins: Float64Array, labels: ArrayLike<number>) {
  switch (metric) {
    case 'logloss':
      return logLoss(margins, labels);
    case 'auc':
      return rocAuc(margins, labels);
  }
}

export function isImprovement(metric: EvalMetric, value: number, best: number): boolean {
  switch (metric) {
    case 'logloss':
      return value < best;
    case 'auc':
      return value > best;
  }
}
