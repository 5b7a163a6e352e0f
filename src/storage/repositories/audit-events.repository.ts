/** The audit log: append an event, list events (newest first, or after an id for tailing). */
import { and, desc, eq, gt, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { auditEvents } from '../schema/audit.ts';

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const ACTOR_KINDS = ['user', 'machine', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface AuditEventInput {
  readonly at: Date;
  readonly actorKind: ActorKind;
  /** User id, API key id or node id. */
  readonly actorId: string;
  readonly actorAgencyId?: string;
  /** Permission-style verb, e.g. "consignment.read". */
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId?: string;
  /** The agency owning the resource. */
  readonly agencyId?: string;
  readonly outcome: AuditOutcome;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly requestId?: string;
  /** RFC 9162 leaf hash of the event's log entry (services compute it; 32 bytes). */
  readonly leafHash?: Uint8Array;
}

export interface AuditEvent extends Omit<AuditEventInput, 'at' | 'details' | 'leafHash'> {
  readonly id: number;
  readonly at: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export async function appendAuditEvent(db: Db, e: AuditEventInput): Promise<number> {
  const [row] = await db
    .insert(auditEvents)
    .values({
      ...e,
      actorAgencyId: e.actorAgencyId ?? null,
      resourceId: e.resourceId ?? null,
      agencyId: e.agencyId ?? null,
      details: e.details ?? {},
      requestId: e.requestId ?? null,
      leafHash: e.leafHash ?? null,
    })
    .returning({ id: auditEvents.id });
  if (!row) throw new Error('insert returned no audit event');
  return row.id;
}

export interface AuditQuery {
  readonly resourceType?: string;
  readonly resourceId?: string;
  readonly actorId?: string;
  readonly action?: string;
  /** Only events with a smaller id (paging back). */
  readonly beforeId?: number;
  readonly afterId?: number;
  readonly limit?: number;
}

export async function listAuditEvents(db: Db, q: AuditQuery = {}): Promise<AuditEvent[]> {
  const where: SQL[] = [];
  if (q.resourceType !== undefined) where.push(eq(auditEvents.resourceType, q.resourceType));
  if (q.resourceId !== undefined) where.push(eq(auditEvents.resourceId, q.resourceId));
  if (q.actorId !== undefined) where.push(eq(auditEvents.actorId, q.actorId));
  if (q.action !== undefined) where.push(eq(auditEvents.action, q.action));
  if (q.beforeId !== undefined) where.push(lt(auditEvents.id, q.beforeId));
  if (q.afterId !== undefined) where.push(gt(auditEvents.id, q.afterId));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.id))
    .limit(q.limit ?? 100);
  return rows.map(toEvent);
}

function toEvent(r: typeof auditEvents.$inferSelect): AuditEvent {
  const { at, actorAgencyId, resourceId, agencyId, requestId, details, leafHash: _, ...rest } = r;
  return {
    ...rest,
    at: at.toISOString(),
    actorKind: rest.actorKind as ActorKind,
    outcome: rest.outcome as AuditOutcome,
    details: details as Record<string, unknown>,
    ...(actorAgencyId !== null ? { actorAgencyId } : {}),
    ...(resourceId !== null ? { resourceId } : {}),
    ...(agencyId !== null ? { agencyId } : {}),
    ...(requestId !== null ? { requestId } : {}),
  };
}
