/**
 * Retention storage: rule overrides, legal holds, and the purge steps. Each step deletes or
 * pseudonymises one batch of expired, unheld rows and writes their tombstones in the same
 * statement, so a row never goes without its tombstone. Purge statements run with the
 * transaction-local setting `portcullis.retention_purge = on`, the only way past the append-only
 * triggers of raw messages and filings.
 */
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { legalHolds, retentionRules, retentionTombstones } from '../schema/retention.ts';

export interface RuleOverride {
  readonly dataClass: string;
  readonly retainDays: number;
  readonly action: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export async function listRuleOverrides(db: Db): Promise<RuleOverride[]> {
  const rows = await db.select().from(retentionRules).orderBy(asc(retentionRules.dataClass));
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

export async function upsertRule(
  db: Db,
  rule: { dataClass: string; retainDays: number; action: string; at: Date; by: string },
): Promise<void> {
  const values = {
    dataClass: rule.dataClass,
    retainDays: rule.retainDays,
    action: rule.action,
    updatedAt: rule.at,
    updatedBy: rule.by,
  };
  await db
    .insert(retentionRules)
    .values(values)
    .onConflictDoUpdate({ target: retentionRules.dataClass, set: values });
}

export interface LegalHold {
  readonly id: string;
  readonly agencyId: string;
  readonly targetKind: string;
  readonly targetId: string;
  readonly caseRef?: string;
  readonly reason: string;
  readonly placedBy: string;
  readonly placedAt: string;
  readonly releasedBy?: string;
  readonly releasedAt?: string;
}

export async function insertHold(
  db: Db,
  hold: Omit<LegalHold, 'id' | 'placedAt' | 'releasedBy' | 'releasedAt'> & { placedAt: Date },
): Promise<LegalHold> {
  const [row] = await db
    .insert(legalHolds)
    .values({ ...hold, caseRef: hold.caseRef ?? null })
    .returning();
  if (!row) throw new Error('insert returned no legal hold');
  return toHold(row);
}

/** Releases the active holds matched by id or case reference (within the agency). */
export async function releaseHolds(
  db: Db,
  agencyId: string,
  match: { id?: string; caseRef?: string },
  by: string,
  at: Date,
  reason: string,
): Promise<LegalHold[]> {
  const which: SQL[] = [eq(legalHolds.agencyId, agencyId), isNull(legalHolds.releasedAt)];
  if (match.id !== undefined) which.push(eq(legalHolds.id, match.id));
  if (match.caseRef !== undefined) which.push(eq(legalHolds.caseRef, match.caseRef));
  const rows = await db
    .update(legalHolds)
    .set({ releasedBy: by, releasedAt: at, releaseReason: reason })
    .where(and(...which))
    .returning();
  return rows.map(toHold);
}

export async function listHolds(
  db: Db,
  agencyId: string,
  activeOnly: boolean,
): Promise<LegalHold[]> {
  const which: SQL[] = [eq(legalHolds.agencyId, agencyId)];
  if (activeOnly) which.push(isNull(legalHolds.releasedAt));
  const rows = await db
    .select()
    .from(legalHolds)
    .where(and(...which))
    .orderBy(desc(legalHolds.placedAt));
  return rows.map(toHold);
}

function toHold(r: typeof legalHolds.$inferSelect): LegalHold {
  return {
    id: r.id,
    agencyId: r.agencyId,
    targetKind: r.targetKind,
    targetId: r.targetId,
    reason: r.reason,
    placedBy: r.placedBy,
    placedAt: r.placedAt.toISOString(),
    ...(r.caseRef !== null ? { caseRef: r.caseRef } : {}),
    ...(r.releasedBy !== null ? { releasedBy: r.releasedBy } : {}),
    ...(r.releasedAt !== null ? { releasedAt: r.releasedAt.toISOString() } : {}),
  };
}

export interface TombstoneCount {
  readonly dataClass: string;
  readonly recordKind: string;
  readonly action: string;
  readonly count: number;
}

export async function countTombstones(db: Db, runId?: string): Promise<TombstoneCount[]> {
  const rows = await db
    .select({
      dataClass: retentionTombstones.dataClass,
      recordKind: retentionTombstones.recordKind,
      action: retentionTombstones.action,
      count: sql<number>`count(*)::int`,
    })
    .from(retentionTombstones)
    .where(runId === undefined ? undefined : eq(retentionTombstones.runId, runId))
    .groupBy(
      retentionTombstones.dataClass,
      retentionTombstones.recordKind,
      retentionTombstones.action,
    )
    .orderBy(asc(retentionTombstones.dataClass), asc(retentionTombstones.recordKind));
  return rows;
}

/** Lets this transaction's purge statements past the append-only triggers. */
export async function allowPurge(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT set_config('portcullis.retention_purge', 'on', true)`);
}

/** What every tombstone of one step says. */
export interface PurgeStamp {
  readonly runId: string;
  readonly rule: string;
  readonly reason: string;
  readonly at: Date;
  readonly by: string;
  readonly cutoff: Date;
  readonly batch: number;
}
