/**
 * The audit log as a Merkle log: read `audit_events` in id order (the log's total order), freeze
 * that order while a tree head is taken, and store and list signed tree heads.
 */
import { asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { auditEvents } from '../schema/audit.ts';
import { auditTreeHeads } from '../schema/audit-log.ts';
import type { ActorKind, AuditEvent, AuditOutcome } from './audit-events.repository.ts';

export interface StoredTreeHead {
  readonly logId: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly timestamp: string;
  readonly keyId: string;
  readonly signature: string;
}

/**
 * Waits for every transaction that is inserting audit events to end and holds new inserts until
 * the caller's transaction ends. Ids are taken at insert, so once the lock is held every id below
 * the largest visible one is either committed or gone for good: the visible rows are a prefix of
 * the log that no later insert can change.
 */
export async function freezeAuditOrder(tx: Db): Promise<void> {
  await tx.execute(sql`LOCK TABLE audit_events IN SHARE MODE`);
}

/** Makes every later read in the transaction see one snapshot (call it first). */
export async function readFromOneSnapshot(tx: Db): Promise<void> {
  await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
}

/** Up to `limit` events with an id above `afterId`, oldest first. */
export async function readAuditEventsInOrder(
  db: Db,
  afterId: number,
  limit: number,
): Promise<AuditEvent[]> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.id, afterId))
    .orderBy(asc(auditEvents.id))
    .limit(limit);
  return rows.map(toEvent);
}

export async function insertTreeHead(db: Db, head: StoredTreeHead, now: Date): Promise<void> {
  await db.insert(auditTreeHeads).values({ ...head, createdAt: now });
}

/** The log's signed tree heads, smallest tree first. */
export async function listTreeHeads(db: Db, logId: string): Promise<StoredTreeHead[]> {
  const rows = await db
    .select()
    .from(auditTreeHeads)
    .where(eq(auditTreeHeads.logId, logId))
    .orderBy(asc(auditTreeHeads.treeSize), asc(auditTreeHeads.id));
  return rows.map(toStoredHead);
}

export async function latestTreeHead(db: Db, logId: string): Promise<StoredTreeHead | undefined> {
  const [row] = await db
    .select()
    .from(auditTreeHeads)
    .where(eq(auditTreeHeads.logId, logId))
    .orderBy(desc(auditTreeHeads.treeSize), desc(auditTreeHeads.id))
    .limit(1);
  return row ? toStoredHead(row) : undefined;
}

function toStoredHead(r: typeof auditTreeHeads.$inferSelect): StoredTreeHead {
  const { logId, treeSize, rootHash, timestamp, keyId, signature } = r;
  return { logId, treeSize, rootHash, timestamp, keyId, signature };
}

/** The same mapping as the audit events repository, kept here so that file stays untouched. */
function toEvent(r: typeof auditEvents.$inferSelect): AuditEvent {
  const { at, actorAgencyId, resourceId, agencyId, requestId, details, ...rest } = r;
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
