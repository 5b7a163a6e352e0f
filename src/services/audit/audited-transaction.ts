/**
 * The one helper every changing service method (and every read of sensitive data) goes through:
 * runs the body in a transaction and appends the audit event in that same transaction, so a
 * rollback removes both. When the body fails — a denial included — the attempt is audited in a
 * transaction of its own, then the error goes on to the caller unchanged. Each event carries its
 * Merkle leaf hash, computed here, so the hash is written with the event.
 */
import { AppError } from '../../core/app-error.ts';
import type { AuditEventInput, AuditOutcome, Database, Db } from '../../storage/index.ts';
import { appendAuditEvent } from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { isAccessDenial } from '../access/require-access.ts';
import type { Clock } from '../clock.ts';
import { withLeafHash } from './audit-leaf.ts';

export interface AuditDeps {
  readonly database: Database;
  readonly clock: Clock;
}

/** What the event says; `describe` adds what is only known from the result. */
export interface AuditSpec<T> {
  /** Permission-style verb, e.g. "consignment.read", "filing.submit". */
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId?: string;
  /** The agency owning the resource, when known before the body runs. */
  readonly agencyId?: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly describe?: (result: T) => AuditAddition;
}

export interface AuditAddition {
  readonly resourceId?: string;
  readonly agencyId?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export async function auditedTransaction<T>(
  deps: AuditDeps,
  actor: Actor,
  spec: AuditSpec<T>,
  body: (tx: Db) => Promise<T>,
): Promise<T> {
  try {
    return await deps.database.transaction(async (tx) => {
      const result = await body(tx);
      const addition = spec.describe?.(result) ?? {};
      await appendAuditEvent(tx, eventOf(deps, actor, spec, 'success', addition));
      return result;
    });
  } catch (error) {
    await auditFailure(deps, actor, spec, error);
    throw error;
  }
}

async function auditFailure<T>(deps: AuditDeps, actor: Actor, spec: AuditSpec<T>, error: unknown) {
  const outcome: AuditOutcome = isAccessDenial(error) ? 'denied' : 'failure';
  const code = error instanceof AppError ? error.code : 'internal_error';
  const event = eventOf(deps, actor, spec, outcome, { details: { ...spec.details, error: code } });
  // The caller must see the original error, not a failure to record it: if the database is
  // down, the audit write fails too and the original error says more.
  await deps.database.transaction((tx) => appendAuditEvent(tx, event)).catch(() => undefined);
}

function eventOf<T>(
  deps: AuditDeps,
  actor: Actor,
  spec: AuditSpec<T>,
  outcome: AuditOutcome,
  addition: AuditAddition,
): AuditEventInput {
  const resourceId = addition.resourceId ?? spec.resourceId;
  const agencyId = addition.agencyId ?? spec.agencyId;
  const requestId = actor.requestId;
  return withLeafHash({
    at: deps.clock.now(),
    actorKind: actor.kind,
    actorId: actor.id,
    actorAgencyId: actor.agencyId,
    action: spec.action,
    resourceType: spec.resourceType,
    outcome,
    details: { ...spec.details, ...addition.details },
    ...(resourceId !== undefined ? { resourceId } : {}),
    ...(agencyId !== undefined ? { agencyId } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
  });
}
