/** The stored targeting values the service returns, re-exported for the delivery layers. */
export type {
  CallSummary,
  ModelSummary,
  StoredAssessment,
  StoredRuleSet,
  StoredScanPlan,
} from '../../storage/index.ts';
export type { BacktestReport } from '../../risk/rules/backtest.ts';
