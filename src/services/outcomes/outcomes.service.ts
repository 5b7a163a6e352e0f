/**
 * The outcome workflow service: selections of the scan plans (opened from each call's newest
 * plan), their scans, inspections, seizures, chain of custody and hold waivers. Every method
 * checks access first and runs in an audited transaction, so each step's audit event commits or
 * rolls back with it.
 */
import { AppError } from '../../core/app-error.ts';
import { assertTransition, isSelectionState } from '../../risk/outcomes/selection-states.ts';
import {
  customsCodesOf,
  insertCustody,
  insertInspection,
  insertScan,
  insertSeizure,
  listSelections,
  recordsOf,
  transitionsOf,
  type Db,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import { requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';
import { parseCallId } from '../targeting/call-id.ts';
import {
  checkCustody,
  checkInspection,
  checkScan,
  checkSeizure,
  checkWaiver,
} from './outcome-validation.ts';
import type {
  CustodyInput,
  CustodyView,
  InspectionInput,
  ScanInput,
  SelectionDetail,
  SelectionQuery,
  SelectionSummary,
  SeizureRequest,
  WaiverInput,
} from './outcome-types.ts';
import {
  factsOf,
  readOwnSelection,
  runStep,
  type StepResult,
  type StepSpec,
} from './selection-step.ts';
import { selectionDetail, selectionSummary } from './selection-views.ts';

export interface OutcomesService {
  listSelections(actor: Actor, query?: SelectionQuery): Promise<SelectionSummary[]>;
  getSelection(actor: Actor, id: string): Promise<SelectionDetail>;
  recordScan(actor: Actor, id: string, input: ScanInput): Promise<SelectionDetail>;
  release(actor: Actor, id: string, input: { version: number }): Promise<SelectionDetail>;
  recordInspection(actor: Actor, id: string, input: InspectionInput): Promise<SelectionDetail>;
  recordSeizure(actor: Actor, id: string, input: SeizureRequest): Promise<SelectionDetail>;
  addCustody(actor: Actor, id: string, input: CustodyInput): Promise<CustodyView>;
  waiveHold(actor: Actor, id: string, input: WaiverInput): Promise<SelectionDetail>;
}

async function detailOf(tx: Db, actor: Actor, id: string, permission: Permission) {
  const s = await readOwnSelection(tx, actor, id, permission);
  const [history, records, told] = [
    await transitionsOf(tx, s.id),
    await recordsOf(tx, s.id),
    await customsCodesOf(tx, s.id),
  ];
  return selectionDetail(s, history, records, told);
}

export function createOutcomesService(deps: AuditDeps): OutcomesService {
  const now = () => deps.clock.now();
  const audited = <T>(
    actor: Actor,
    action: string,
    id: string | undefined,
    body: (tx: Db) => Promise<T>,
    details?: Record<string, unknown>,
  ) =>
    auditedTransaction(
      deps,
      actor,
      {
        action,
        resourceType: 'selection',
        agencyId: actor.agencyId,
        ...(id === undefined ? {} : { resourceId: id }),
        ...(details === undefined ? {} : { details }),
        describe: (r: T) => stepDetails(r),
      },
      body,
    );
  const step = (actor: Actor, auditAction: string, spec: StepSpec) =>
    audited(
      actor,
      auditAction,
      spec.id,
      async (tx) => {
        requireAccess(actor, spec.permission);
        const result = await runStep(tx, actor, spec, now());
        return { ...(await detailOf(tx, actor, spec.id, spec.permission)), step: result };
      },
      { version: spec.version },
    ).then(({ step: _step, ...detail }) => detail);

  return {
    listSelections: (actor, query = {}) =>
      audited(actor, 'selection.list', undefined, async (tx) => {
        requireAccess(actor, 'outcome.read');
        if (query.state !== undefined && !isSelectionState(query.state))
          throw new AppError('bad_request', `unknown selection state "${query.state}"`);
        const call = query.callId === undefined ? undefined : parseCallId(query.callId);
        const rows = await listSelections(tx, {
          agencyId: actor.agencyId,
          call,
          state: query.state,
          containerNumber: query.containerNumber,
          limit: Math.min(Math.max(query.limit ?? 200, 1), 5000),
        });
        return rows.map(selectionSummary);
      }),
    getSelection: (actor, id) =>
      audited(actor, 'selection.read', id, (tx) => {
        requireAccess(actor, 'outcome.read');
        return detailOf(tx, actor, id, 'outcome.read');
      }),
    recordScan: (actor, id, input) =>
      step(actor, 'scan.record', {
        check: () => checkScan(input),
        action: 'scan',
        permission: 'scan.record',
        id,
        version: input.version,
        change: () => ({
          verdict: input.verdict,
          details: {
            verdict: input.verdict,
            scannerId: input.scannerId,
            imageSha256: input.imageSha256,
          },
        }),
        write: (tx, s, at) =>
          insertScan(tx, {
            selectionId: s.id,
            scannerId: input.scannerId,
            imageRef: input.imageRef,
            imageSha256: input.imageSha256,
            verdict: input.verdict,
            anomalyZones: input.anomalyZones ?? [],
            recordedBy: actor.id,
            recordedAt: at,
          }),
      }),
    release: (actor, id, input) =>
      step(actor, 'selection.release', {
        action: 'release',
        permission: 'scan.record',
        id,
        version: input.version,
        change: () => ({ details: {} }),
      }),
    recordInspection: (actor, id, input) =>
      step(actor, 'inspection.record', {
        check: () => checkInspection(input),
        action: 'inspect',
        permission: 'inspection.record',
        id,
        version: input.version,
        change: () => ({ found: input.found, details: { team: input.team, found: input.found } }),
        write: (tx, s, at) =>
          insertInspection(tx, {
            selectionId: s.id,
            team: input.team,
            findings: input.findings,
            found: input.found,
            recordedBy: actor.id,
            recordedAt: at,
          }),
      }),
    recordSeizure: (actor, id, input) =>
      step(actor, 'seizure.record', {
        check: () => checkSeizure(input),
        action: 'seize',
        permission: 'seizure.record',
        id,
        version: input.version,
        change: () => ({
          details: {
            substance: input.substance,
            netKg: input.netKg,
            concealment: input.concealment,
            evidence: input.evidence.map((e) => e.sha256),
          },
        }),
        write: (tx, s, at) =>
          insertSeizure(tx, {
            selectionId: s.id,
            agencyId: s.agencyId,
            port: s.port,
            substance: input.substance,
            grossKg: input.grossKg,
            netKg: input.netKg,
            packages: input.packages,
            concealment: input.concealment,
            location: input.location,
            evidence: input.evidence.map((e) => ({ sha256: e.sha256, description: e.description })),
            recordedBy: actor.id,
            recordedAt: at,
          }),
      }),
    addCustody: (actor, id, input) =>
      audited(actor, 'custody.record', id, async (tx) => {
        requireAccess(actor, 'custody.record');
        checkCustody(input, now());
        return addCustodyEntry(tx, actor, id, input, now());
      }),
    waiveHold: (actor, id, input) =>
      step(actor, 'hold.waive', {
        check: () => checkWaiver(input),
        action: 'waive',
        permission: 'hold.waive',
        id,
        version: input.version,
        change: () => ({ holdWaived: true, details: { reason: input.reason } }),
      }),
  };
}

/** A custody entry is appended to a seizure (no version: entries never conflict). */
async function addCustodyEntry(
  tx: Db,
  actor: Actor,
  id: string,
  input: CustodyInput,
  now: Date,
): Promise<CustodyView> {
  const s = await readOwnSelection(tx, actor, id, 'custody.record');
  assertTransition('custody', factsOf(s));
  const { seizures } = await recordsOf(tx, s.id);
  const seizure =
    input.seizureId === undefined
      ? seizures[seizures.length - 1]
      : seizures.find((z) => z.id === input.seizureId);
  if (!seizure)
    throw new AppError(
      'validation_failed',
      `seizureId ${input.seizureId ?? ''} is not a seizure of selection ${s.id}`,
    );
  const entry = {
    selectionId: s.id,
    seizureId: seizure.id,
    holder: input.holder,
    location: input.location,
    at: new Date(input.at),
    note: input.note,
    recordedBy: actor.id,
    recordedAt: now,
  };
  const entryId = await insertCustody(tx, entry);
  return {
    id: entryId,
    seizureId: seizure.id,
    holder: entry.holder,
    location: entry.location,
    at: entry.at.toISOString(),
    ...(entry.note === undefined ? {} : { note: entry.note }),
    recordedBy: actor.id,
    recordedAt: now.toISOString(),
  };
}

function stepDetails(result: unknown) {
  const step = (result as { step?: StepResult } | undefined)?.step;
  return step ? { details: { from: step.from, to: step.to, newVersion: step.version } } : {};
}
