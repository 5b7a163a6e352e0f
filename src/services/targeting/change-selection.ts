/**
 * An officer selects or deselects a container in a scan plan, always with a reason: a container
 * the plan did not choose is added as a manual selection (propensity 1); a planned one keeps its
 * reason and propensity, so the control sample stays measurable.
 */
import { AppError } from '../../core/app-error.ts';
import {
  assessmentsOfContainer,
  changeSelection,
  getScanPlan,
  type Db,
  type StoredScanPlan,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor } from '../access/require-access.ts';

export interface SelectionInput {
  readonly containerNumber: string;
  readonly selected: boolean;
  readonly note: string;
}

export async function changePlanSelection(
  tx: Db,
  actor: Actor,
  planId: string,
  input: SelectionInput,
  now: Date,
): Promise<StoredScanPlan> {
  const plan = await getScanPlan(tx, planId);
  if (!plan || plan.agencyId !== actor.agencyId) throw notFoundFor('scan-plan.write');
  const known = plan.selections.find((s) => s.containerNumber === input.containerNumber);
  const [assessment] = known
    ? []
    : await assessmentsOfContainer(tx, actor.agencyId, input.containerNumber);
  const source = known ?? assessment;
  if (!source) throw notFoundFor('assessment.read');
  if (input.note.trim() === '') {
    throw new AppError('validation_failed', 'a selection change needs a reason');
  }
  await changeSelection(tx, {
    planId,
    containerNumber: input.containerNumber,
    billNumber: source.billNumber,
    assessmentId: known ? known.assessmentId : assessment?.id,
    score: source.score,
    selected: input.selected,
    note: input.note,
    changedBy: actor.id,
    changedAt: now,
  });
  return (await getScanPlan(tx, planId))!;
}
