/**
 * The pieces every purge statement is made of: the legal-hold test for a consignment, the cutoff,
 * and `purge`, which runs the statement's CTEs — the last, `gone`, returning `record_kind`,
 * `action`, `record_id`, `agency_id` and `record_time` of each record changed (one statement may
 * touch several kinds) — and inserts their tombstones in the same statement, so no record goes
 * without one.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.ts';
import type { PurgeStamp } from './retention.repository.ts';

export type PurgedClass = 'cargo' | 'personal-data' | 'intelligence';

/** No active hold of the consignment's agency names its bill, its id or one of its containers. */
export const consignmentUnheld = (c: string): SQL => sql`NOT EXISTS (
  SELECT 1 FROM legal_holds h
  WHERE h.released_at IS NULL AND h.agency_id = ${sql.raw(c)}.agency_id AND (
    (h.target_kind = 'consignment'
      AND h.target_id IN (${sql.raw(c)}.bill_number, ${sql.raw(c)}.id::text))
    OR (h.target_kind = 'container' AND h.target_id IN (
      SELECT cc.container_number FROM consignment_containers cc
      WHERE cc.consignment_id = ${sql.raw(c)}.id))))`;

export const cutoff = (s: PurgeStamp) => sql`${s.cutoff.toISOString()}::timestamptz`;

/** `WITH <ctes>` then the tombstones of the rows `gone` returns; the count of tombstones. */
export async function purge(db: Db, s: PurgeStamp, dataClass: PurgedClass, ctes: SQL) {
  const result = (await db.execute(sql`WITH ${ctes}
    INSERT INTO retention_tombstones (run_id, data_class, rule, record_kind, record_id,
      agency_id, record_time, action, reason, purged_at, purged_by)
    SELECT ${s.runId}::uuid, ${dataClass}, ${s.rule}, gone.record_kind, gone.record_id,
      gone.agency_id, gone.record_time, gone.action, ${s.reason},
      ${s.at.toISOString()}::timestamptz, ${s.by}
    FROM gone
    RETURNING 1`)) as { rows?: unknown[]; rowCount?: number | null };
  return result.rows?.length ?? result.rowCount ?? 0;
}
