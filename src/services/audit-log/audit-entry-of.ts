/**
 * How a stored audit event becomes a leaf of the Merkle log: `seq` is its 0-based place in id
 * order, and every stored column goes into the entry, so changing any of them changes the leaf.
 * The actor is written `kind:id@agency` with id and agency percent-encoded (no ambiguity).
 */
import type { AuditEntry } from '../../audit/audit-entry.ts';
import type { AuditEvent, AuditOutcome } from '../../storage/index.ts';

export function auditEntryOf(event: AuditEvent, seq: number): AuditEntry {
  return {
    seq,
    at: event.at,
    actor: actorLabel(event),
    action: event.action,
    resourceType: event.resourceType,
    ...(event.resourceId !== undefined ? { resourceId: event.resourceId } : {}),
    ...(event.agencyId !== undefined ? { agencyId: event.agencyId } : {}),
    outcome: entryOutcome(event.outcome),
    details: event.details,
    ...(event.requestId !== undefined ? { requestId: event.requestId } : {}),
  };
}

export function actorLabel(event: Pick<AuditEvent, 'actorKind' | 'actorId' | 'actorAgencyId'>) {
  const agency =
    event.actorAgencyId === undefined ? '' : `@${encodeURIComponent(event.actorAgencyId)}`;
  return `${event.actorKind}:${encodeURIComponent(event.actorId)}${agency}`;
}

function entryOutcome(outcome: AuditOutcome): AuditEntry['outcome'] {
  switch (outcome) {
    case 'success':
      return 'allowed';
    case 'denied':
      return 'denied';
    case 'failure':
      return 'error';
  }
}
