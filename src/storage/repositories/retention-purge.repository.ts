/**
 * The purge steps, one batch each: every statement picks expired rows that no active legal hold
 * covers, deletes or pseudonymises them and inserts their tombstones, all in one statement. Run
 * them inside a transaction that called `allowPurge`. Each returns how many records it touched.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.ts';
import type { PurgeStamp } from './retention.repository.ts';

/** No active hold of the consignment's agency names its bill, its id or one of its containers. */
const consignmentUnheld = (c: string): SQL => sql`NOT EXISTS (
  SELECT 1 FROM legal_holds h
  WHERE h.released_at IS NULL AND h.agency_id = ${sql.raw(c)}.agency_id AND (
    (h.target_kind = 'consignment'
      AND h.target_id IN (${sql.raw(c)}.bill_number, ${sql.raw(c)}.id::text))
    OR (h.target_kind = 'container' AND h.target_id IN (
      SELECT cc.container_number FROM consignment_containers cc
      WHERE cc.consignment_id = ${sql.raw(c)}.id))))`;

function tombstones(
  s: PurgeStamp,
  dataClass: string,
  kind: string,
  action: string,
  from: SQL,
): SQL {
  return sql`INSERT INTO retention_tombstones (run_id, data_class, rule, record_kind, record_id,
      agency_id, record_time, action, reason, purged_at, purged_by)
    SELECT ${s.runId}::uuid, ${dataClass}, ${s.rule}, ${kind}, d.record_id, d.agency_id,
      d.record_time, ${action}, ${s.reason}, ${s.at.toISOString()}::timestamptz, ${s.by}
    FROM (${from}) d`;
}

async function run(db: Db, statement: SQL): Promise<number> {
  const result = (await db.execute(sql`${statement} RETURNING 1`)) as {
    rows?: unknown[];
    rowCount?: number | null;
  };
  return result.rows?.length ?? result.rowCount ?? 0;
}

const cutoff = (s: PurgeStamp) => sql`${s.cutoff.toISOString()}::timestamptz`;

/** Party rows of expired consignments: names, cities and identifiers replaced by a token. */
export function pseudonymiseParties(db: Db, s: PurgeStamp): Promise<number> {
  return run(
    db,
    sql`WITH targets AS (
      SELECT p.id, c.agency_id, c.filed_at FROM parties p
      JOIN consignments c ON c.id = p.consignment_id
      WHERE c.filed_at < ${cutoff(s)} AND NOT (p.document ? 'pseudonymised')
        AND ${consignmentUnheld('c')}
      LIMIT ${s.batch}
    ), changed AS (
      UPDATE parties p SET
        name = 'pseudonym-' || substr(md5(p.id::text), 1, 12),
        name_normalised = 'PSEUDONYM ' || upper(substr(md5(p.id::text), 1, 12)),
        city = NULL, eori = NULL,
        document = jsonb_build_object('pseudonymised', true, 'role', p.role, 'country', p.country)
      FROM targets t WHERE p.id = t.id
      RETURNING p.id, t.agency_id, t.filed_at
    ) ${tombstones(
      s,
      'personal-data',
      'party',
      'pseudonymised',
      sql`SELECT id::text AS record_id, agency_id, filed_at AS record_time FROM changed`,
    )}`,
  );
}

/** The parties inside expired consignment documents: role kept, everything else dropped. */
export function pseudonymiseConsignmentParties(db: Db, s: PurgeStamp): Promise<number> {
  return run(
    db,
    sql`WITH targets AS (
      SELECT c.id, c.filed_at FROM consignments c
      WHERE c.filed_at < ${cutoff(s)} AND NOT (c.document ? 'partiesPseudonymisedAt')
        AND ${consignmentUnheld('c')}
      LIMIT ${s.batch}
    ), changed AS (
      UPDATE consignments c SET document = c.document
        || jsonb_build_object('partiesPseudonymisedAt', ${s.at.toISOString()}::text)
        || jsonb_build_object('parties', COALESCE((
          SELECT jsonb_agg(jsonb_build_object('role', e->'role', 'name', 'pseudonymised'))
          FROM jsonb_array_elements(c.document->'parties') e), '[]'::jsonb))
      FROM targets t WHERE c.id = t.id AND c.filed_at = t.filed_at
      RETURNING c.id, c.agency_id, c.filed_at
    ) ${tombstones(
      s,
      'personal-data',
      'consignment-parties',
      'pseudonymised',
      sql`SELECT id::text AS record_id, agency_id, filed_at AS record_time FROM changed`,
    )}`,
  );
}

/** Raw messages (their bytes name the parties), unless a held consignment came from them. */
export function deleteRawMessages(db: Db, s: PurgeStamp): Promise<number> {
  return run(
    db,
    sql`WITH gone AS (
      DELETE FROM raw_messages r WHERE r.id IN (
        SELECT r2.id FROM raw_messages r2 WHERE r2.received_at < ${cutoff(s)}
          AND NOT EXISTS (
            SELECT 1 FROM filings f JOIN consignments c ON c.filing_id = f.id
            WHERE f.raw_message_id = r2.id AND NOT ${consignmentUnheld('c')})
        LIMIT ${s.batch})
      RETURNING r.id, r.agency_id, r.received_at
    ) ${tombstones(
      s,
      'personal-data',
      'raw-message',
      'deleted',
      sql`SELECT id::text AS record_id, agency_id, received_at AS record_time FROM gone`,
    )}`,
  );
}

/** Expired consignment versions with their containers and parties. */
export function deleteConsignments(db: Db, s: PurgeStamp): Promise<number> {
  return run(
    db,
    sql`WITH targets AS (
      SELECT c.id, c.filed_at FROM consignments c
      WHERE c.filed_at < ${cutoff(s)} AND ${consignmentUnheld('c')}
      LIMIT ${s.batch}
    ), containers AS (
      DELETE FROM consignment_containers cc USING targets t WHERE cc.consignment_id = t.id
    ), people AS (
      DELETE FROM parties p USING targets t WHERE p.consignment_id = t.id
    ), gone AS (
      DELETE FROM consignments c USING targets t WHERE c.id = t.id AND c.filed_at = t.filed_at
      RETURNING c.id, c.agency_id, c.filed_at
    ) ${tombstones(
      s,
      'cargo',
      'consignment',
      'deleted',
      sql`SELECT id::text AS record_id, agency_id, filed_at AS record_time FROM gone`,
    )}`,
  );
}

/** Expired filings no remaining consignment came from. */
export function deleteFilings(db: Db, s: PurgeStamp): Promise<number> {
  return run(
    db,
    sql`WITH gone AS (
      DELETE FROM filings f WHERE (f.received_at, f.id) IN (
        SELECT f2.received_at, f2.id FROM filings f2 WHERE f2.received_at < ${cutoff(s)}
          AND NOT EXISTS (SELECT 1 FROM consignments c WHERE c.filing_id = f2.id)
        LIMIT ${s.batch})
      RETURNING f.id, f.agency_id, f.received_at
    ) ${tombstones(
      s,
      'cargo',
      'filing',
      'deleted',
      sql`SELECT id::text AS record_id, agency_id, received_at AS record_time FROM gone`,
    )}`,
  );
}

/**
 * Expired container events, unless a hold names the container or a held consignment carries it:
 * one tombstone per container.
 */
export function deleteContainerEvents(db: Db, s: PurgeStamp): Promise<number> {
  return run(
    db,
    sql`WITH gone AS (
      DELETE FROM container_events e WHERE (e.event_at, e.id) IN (
        SELECT e2.event_at, e2.id FROM container_events e2 WHERE e2.event_at < ${cutoff(s)}
          AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL
            AND h.target_kind = 'container' AND h.target_id = e2.container_number)
          AND NOT EXISTS (SELECT 1 FROM consignment_containers cc
            JOIN consignments c ON c.id = cc.consignment_id
            WHERE cc.container_number = e2.container_number AND NOT ${consignmentUnheld('c')})
        LIMIT ${s.batch})
      RETURNING e.container_number, e.event_at
    ) ${tombstones(
      s,
      'cargo',
      'container-events',
      'deleted',
      sql`SELECT container_number AS record_id, NULL::text AS agency_id,
        max(event_at) AS record_time FROM gone GROUP BY container_number`,
    )}`,
  );
}

/** Expired intelligence objects (every version), unless an entity hold names the object. */
export function deleteIntelObjects(db: Db, s: PurgeStamp): Promise<number> {
  return run(
    db,
    sql`WITH gone AS (
      DELETE FROM intel_objects o WHERE (o.object_id, o.modified) IN (
        SELECT o2.object_id, o2.modified FROM intel_objects o2
        WHERE o2.recorded_at < ${cutoff(s)}
          AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL
            AND h.target_kind = 'entity' AND h.target_id = o2.object_id)
        LIMIT ${s.batch})
      RETURNING o.object_id, o.modified, o.owner, o.recorded_at
    ) ${tombstones(
      s,
      'intelligence',
      'intel-object',
      'deleted',
      sql`SELECT object_id || '@' || modified AS record_id, owner AS agency_id,
        recorded_at AS record_time FROM gone`,
    )}`,
  );
}
