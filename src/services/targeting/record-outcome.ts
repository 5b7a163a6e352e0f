/**
 * Records a scan outcome for targeting (until the outcomes service records them itself): links
 * it to the container's latest plan selection (reason and propensity) or, when it was scanned
 * outside any plan, to its latest assessment; and adds the hit or seizure to the history of the
 * consignment's parties and route.
 */
import {
  assessmentsOfContainer,
  consignmentById,
  insertOutcome,
  latestSelectionOf,
  recordOutcomeHistory,
  type Db,
} from '../../storage/index.ts';
import { shipmentOf } from './history-keys.ts';

export interface OutcomeInput {
  readonly containerNumber: string;
  /** The scan or inspection found drugs (or what the agency counts as a hit). */
  readonly found: boolean;
  /** A seizure followed. */
  readonly seizure?: boolean;
}

export interface RecordedOutcome {
  readonly id: string;
  readonly reason: string | undefined;
  readonly propensity: number | undefined;
  readonly assessmentId: string | undefined;
}

export async function recordOutcome(
  tx: Db,
  agencyId: string,
  input: OutcomeInput,
  now: Date,
): Promise<RecordedOutcome> {
  const selection = await latestSelectionOf(tx, agencyId, input.containerNumber);
  const assessmentId =
    selection?.assessment_id ??
    (await assessmentsOfContainer(tx, agencyId, input.containerNumber))[0]?.id;
  const id = await insertOutcome(tx, {
    agencyId,
    containerNumber: input.containerNumber,
    assessmentId,
    planId: selection?.plan_id,
    reason: selection?.reason,
    propensity: selection?.propensity,
    found: input.found,
    recordedAt: now,
  });
  await addToHistory(tx, agencyId, input, now);
  return { id, reason: selection?.reason, propensity: selection?.propensity, assessmentId };
}

async function addToHistory(tx: Db, agencyId: string, input: OutcomeInput, now: Date) {
  if (!input.found && !input.seizure) return;
  const [assessment] = await assessmentsOfContainer(tx, agencyId, input.containerNumber);
  const consignment = assessment && (await consignmentById(tx, assessment.consignmentId));
  if (!consignment) return;
  const outcome = { hit: input.found, seizure: input.seizure ?? false };
  await recordOutcomeHistory(tx, agencyId, shipmentOf(consignment), outcome, now);
}
