/**
 * Labels for retraining and backtests: a closed examination becomes one targeting outcome
 * (found = something was seized) carrying the plan, the selection reason and its propensity, so
 * the control sample's outcomes stay apart; a hit also enters the parties' and route's history.
 */
import {
  assessmentsOfContainer,
  consignmentById,
  insertOutcome,
  recordOutcomeHistory,
  type Db,
  type StoredSelection,
} from '../../storage/index.ts';
import { shipmentOf } from '../targeting/history-keys.ts';

export async function writeLabel(
  tx: Db,
  s: StoredSelection,
  found: boolean,
  now: Date,
): Promise<void> {
  await insertOutcome(tx, {
    agencyId: s.agencyId,
    containerNumber: s.containerNumber,
    assessmentId: s.assessmentId,
    planId: s.planId,
    reason: s.reason,
    propensity: s.propensity,
    found,
    recordedAt: now,
  });
  if (!found) return;
  const assessments = await assessmentsOfContainer(tx, s.agencyId, s.containerNumber);
  const assessment = assessments.find((a) => a.id === s.assessmentId) ?? assessments[0];
  const consignment = assessment && (await consignmentById(tx, assessment.consignmentId));
  if (!consignment) return;
  await recordOutcomeHistory(
    tx,
    s.agencyId,
    shipmentOf(consignment),
    { hit: true, seizure: true },
    now,
  );
}
