/**
 * Which outcome steps the selection page offers: those the workflow's own state machine allows
 * from the selection's facts (state, scan verdict, inspection result, mandatory hold) and that the
 * user's permissions grant, so no form or button is shown whose request the server must refuse.
 */
import {
  OUTCOME_ACTIONS,
  refusalOf,
  type OutcomeAction,
  type ScanVerdict,
} from '../../../src/risk/outcomes/selection-states.ts';
import type { SelectionDetail } from '../api/types.ts';

/** The permission each step's route asks (src/server/routes/outcomes.routes.ts). */
const PERMISSION: Readonly<Record<OutcomeAction, string>> = {
  scan: 'scan.record',
  inspect: 'inspection.record',
  seize: 'seizure.record',
  custody: 'custody.record',
  release: 'scan.record',
  waive: 'hold.waive',
};

const isVerdict = (v: string | undefined): v is ScanVerdict => v === 'clear' || v === 'anomaly';

export function offeredSteps(
  s: SelectionDetail,
  can: (permission: string) => boolean,
): ReadonlySet<OutcomeAction> {
  const verdict = s.scan?.verdict;
  const facts = {
    state: s.state,
    mandatoryHold: s.mandatoryHold,
    holdWaived: s.holdWaived,
    verdict: isVerdict(verdict) ? verdict : undefined,
    found: s.inspection?.found,
  };
  return new Set(
    OUTCOME_ACTIONS.filter((a) => can(PERMISSION[a]) && refusalOf(a, facts) === undefined),
  );
}
