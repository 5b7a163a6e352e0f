/**
 * The stored targeting values the service returns, and the calls list's closed sets, re-exported
 * for the delivery layers.
 */
export { CALL_ARRIVALS, CALL_ORDERS } from '../../storage/index.ts';
export type {
  CallArrival,
  CallOrder,
  CallPlanSummary,
  CallSummary,
  ModelSummary,
  StoredAssessment,
  StoredRuleSet,
  StoredScanPlan,
} from '../../storage/index.ts';
export type { BacktestReport } from '../../risk/rules/backtest.ts';
