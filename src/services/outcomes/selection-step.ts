/**
 * One step of a selection's workflow inside an audited transaction: the selection is read (a
 * missing one or another agency's reads as not found), the version the officer read is checked,
 * the state machine decides, then the row is moved on only if its version is unchanged (so of two
 * officers racing, the second gets 409 and its records are rolled back), the transition is kept
 * with who and when, the carrier's customs status is queued, and a closed examination becomes a
 * label for targeting.
 */
import { AppError } from '../../core/app-error.ts';
import type { CustomsStatusCode } from '../../core/outcomes/customs-status.ts';
import { customsStatusOf } from '../../risk/outcomes/customs-status.ts';
import {
  assertTransition,
  type OutcomeAction,
  type ScanVerdict,
  type SelectionFacts,
  type SelectionState,
} from '../../risk/outcomes/selection-states.ts';
import {
  customsCodesOf,
  getSelection,
  insertCustomsStatuses,
  insertTransition,
  updateSelectionIfVersion,
  type Db,
  type StoredSelection,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor } from '../access/require-access.ts';
import type { Permission } from '../access/permissions.ts';
import { writeLabel } from './outcome-labels.ts';
import { stateOf } from './selection-views.ts';

export interface StepChange {
  readonly holdWaived?: boolean;
  readonly verdict?: ScanVerdict;
  readonly found?: boolean;
  /** What the transition history keeps (never evidence bytes, only hashes). */
  readonly details: Readonly<Record<string, unknown>>;
}

export interface StepResult {
  readonly from: SelectionState;
  readonly to: SelectionState;
  readonly version: number;
}

export interface StepSpec {
  readonly action: OutcomeAction;
  readonly permission: Permission;
  readonly id: string;
  readonly version: number;
  /** Checks of the request's fields (after access and existence, before the version). */
  readonly check?: () => void;
  /** The change, decided after the state machine allowed the step. */
  readonly change: (s: StoredSelection) => StepChange;
  /** Records written once the selection is claimed at the new version. */
  readonly write?: (tx: Db, s: StoredSelection, now: Date) => Promise<unknown>;
}

export async function readOwnSelection(
  tx: Db,
  actor: Actor,
  id: string,
  permission: Permission,
): Promise<StoredSelection> {
  const s = /^[0-9a-f-]{36}$/i.test(id) ? await getSelection(tx, id) : undefined;
  if (!s || s.agencyId !== actor.agencyId) throw notFoundFor(permission);
  return s;
}

export function factsOf(s: StoredSelection, change?: StepChange): SelectionFacts {
  return {
    state: stateOf(s),
    mandatoryHold: s.mandatoryHold,
    holdWaived: change?.holdWaived ?? s.holdWaived,
    verdict: (change?.verdict ?? s.verdict) as ScanVerdict | undefined,
    found: change?.found ?? s.found,
  };
}

function staleVersion(s: StoredSelection, read: number): AppError {
  return new AppError(
    'conflict',
    `selection ${s.id} changed since version ${read} was read (now version ${s.version}, state "${s.state}"): reload and try again`,
    { expectedVersion: read, currentVersion: s.version, state: s.state },
  );
}

export async function runStep(
  tx: Db,
  actor: Actor,
  spec: StepSpec,
  now: Date,
): Promise<StepResult> {
  const s = await readOwnSelection(tx, actor, spec.id, spec.permission);
  spec.check?.();
  if (s.version !== spec.version) throw staleVersion(s, spec.version);
  const from = stateOf(s);
  const to = assertTransition(spec.action, factsOf(s));
  const change = spec.change(s);
  const version = await updateSelectionIfVersion(tx, s.id, spec.version, {
    state: to,
    updatedAt: now,
    ...(change.holdWaived === undefined ? {} : { holdWaived: change.holdWaived }),
    ...(change.verdict === undefined ? {} : { verdict: change.verdict }),
    ...(change.found === undefined ? {} : { found: change.found }),
  });
  if (version === undefined) throw staleVersion(s, spec.version);
  await spec.write?.(tx, s, now);
  await insertTransition(tx, {
    selectionId: s.id,
    action: spec.action,
    fromState: from,
    toState: to,
    version,
    actorId: actor.id,
    at: now,
    details: change.details,
  });
  await announce(tx, s, spec.action, change.verdict, now);
  await label(tx, s, from, to, now);
  return { from, to, version };
}

async function announce(
  tx: Db,
  s: StoredSelection,
  action: OutcomeAction,
  verdict: ScanVerdict | undefined,
  now: Date,
) {
  const told = (await customsCodesOf(tx, s.id)) as CustomsStatusCode[];
  const code = customsStatusOf(action, verdict, told);
  if (code === undefined) return;
  await insertCustomsStatuses(tx, [
    {
      agencyId: s.agencyId,
      selectionId: s.id,
      containerNumber: s.containerNumber,
      billNumber: s.billNumber,
      code,
      at: now,
      port: s.port,
      vesselImo: s.vesselImo,
      voyageNumber: s.voyageNumber,
    },
  ]);
}

/** A release after an examination is a miss; the first seizure is a hit. */
async function label(
  tx: Db,
  s: StoredSelection,
  from: SelectionState,
  to: SelectionState,
  now: Date,
) {
  if (to === 'released' && from !== 'selected') await writeLabel(tx, s, false, now);
  if (to === 'seized' && from !== 'seized') await writeLabel(tx, s, true, now);
}
