/**
 * The leaf hash of an audit event, computed from what is about to be written — exactly the value
 * a verifier recomputes from the stored row (details pass through JSON first, as jsonb keeps
 * them) — so the hash is stored in the event's own transaction and proofs never rehash the log.
 */
import { auditLeafHash } from '../../audit/audit-entry.ts';
import type { AuditEvent, AuditEventInput } from '../../storage/index.ts';
import { auditEntryOf } from '../audit-log/audit-entry-of.ts';

/** The event as it will be stored, with its leaf hash. */
export function withLeafHash(input: AuditEventInput): AuditEventInput {
  const details = JSON.parse(JSON.stringify(input.details ?? {})) as Record<string, unknown>;
  const { at, leafHash: _, ...rest } = input;
  const stored: AuditEvent = { ...rest, id: 0, at: at.toISOString(), details };
  return { ...input, details, leafHash: auditLeafHash(auditEntryOf(stored, 0)) };
}
