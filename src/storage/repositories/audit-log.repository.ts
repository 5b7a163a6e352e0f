/**
 * The audit log as a Merkle log: read `audit_events` in id order (the log's total order), freeze
 * that order while a tree head is taken, and store and list signed tree heads.
 */
import { and, asc, count, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
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
 * the log that no later insert can change. The mode is self-exclusive (SHARE ROW EXCLUSIVE): two
 * head issuers that both fill missing leaf hashes queue behind each other instead of deadlocking
 * (two SHARE holders would each wait for the other to let its UPDATE through).
 */
export async function freezeAuditOrder(tx: Db): Promise<void> {
  await tx.execute(sql`LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE`);
}

/** Makes every later read in the transaction see one snapshot (call it first). */
export async function readFromOneSnapshot(tx: Db): Promise<void> {
  await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
}

/** A stored event with the leaf hash written beside it (absent on rows older than the column). */
export interface LoggedAuditEvent extends AuditEvent {
  readonly leafHash?: Uint8Array;
}

/** Up to `limit` events with an id above `afterId`, oldest first. */
export async function readAuditEventsInOrder(
  db: Db,
  afterId: number,
  limit: number,
): Promise<LoggedAuditEvent[]> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.id, afterId))
    .orderBy(asc(auditEvents.id))
    .limit(limit);
  return rows.map(toEvent);
}

/** Stored leaf hashes of up to `limit` events after `afterId`, in log order (undefined: not stored). */
export async function readLeafHashesInOrder(
  db: Db,
  afterId: number,
  limit: number,
): Promise<{ id: number; leafHash: Uint8Array | undefined }[]> {
  const rows = await db
    .select({ id: auditEvents.id, leafHash: auditEvents.leafHash })
    .from(auditEvents)
    .where(gt(auditEvents.id, afterId))
    .orderBy(asc(auditEvents.id))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, leafHash: r.leafHash ?? undefined }));
}

export async function readAuditEventsByIds(db: Db, ids: readonly number[]): Promise<AuditEvent[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(auditEvents)
    .where(inArray(auditEvents.id, [...ids]))
    .orderBy(asc(auditEvents.id));
  return rows.map(toEvent);
}

/** Events still without a stored leaf hash (written before the column), oldest first. */
export async function readEventsWithoutLeafHash(db: Db, limit: number): Promise<AuditEvent[]> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(isNull(auditEvents.leafHash))
    .orderBy(asc(auditEvents.id))
    .limit(limit);
  return rows.map(toEvent);
}

/** Fills a missing leaf hash: the one change the append-only trigger lets through. */
export async function fillLeafHash(db: Db, id: number, leafHash: Uint8Array): Promise<void> {
  await db
    .update(auditEvents)
    .set({ leafHash })
    .where(and(eq(auditEvents.id, id), isNull(auditEvents.leafHash)));
}

export async function countAuditEvents(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditEvents);
  return row?.n ?? 0;
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

/** The same mapping as the audit events repository, plus the stored leaf hash. */
function toEvent(r: typeof auditEvents.$inferSelect): LoggedAuditEvent {
  const { at, actorAgencyId, resourceId, agencyId, requestId, details, leafHash, ...rest } = r;
  return {
    ...rest,
    ...(leafHash !== null ? { leafHash } : {}),
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
