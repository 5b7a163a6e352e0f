/**
 * The purge steps, one batch each: every statement picks expired rows that no active legal hold
 * covers, deletes or pseudonymises them and inserts their tombstones, all in one statement. Run
 * them inside a transaction that called `allowPurge`. Each returns how many records it touched.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { PURGED_CALL_SUMMARIES } from './assessed-calls.repository.ts';
import { consignmentUnheld, cutoff, purge } from './retention-purge-sql.ts';
import type { PurgeStamp } from './retention.repository.ts';

/** Party rows of expired consignments: names, cities and identifiers replaced by a token. */
export function pseudonymiseParties(db: Db, s: PurgeStamp): Promise<number> {
  return purge(
    db,
    s,
    'personal-data',
    sql`targets AS (
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
    ), gone AS (SELECT 'party' AS record_kind, 'pseudonymised' AS action, id::text AS record_id, agency_id, filed_at AS record_time FROM changed)`,
  );
}

/** The parties inside expired consignment documents: role kept, everything else dropped. */
export function pseudonymiseConsignmentParties(db: Db, s: PurgeStamp): Promise<number> {
  return purge(
    db,
    s,
    'personal-data',
    sql`targets AS (
      SELECT c.id, c.filed_at FROM consignments c
      WHERE c.filed_at < ${cutoff(s)} AND NOT (c.document::jsonb ? 'partiesPseudonymisedAt')
        AND ${consignmentUnheld('c')}
      LIMIT ${s.batch}
    ), changed AS (
      UPDATE consignments c SET document = (c.document::jsonb
        || jsonb_build_object('partiesPseudonymisedAt', ${s.at.toISOString()}::text)
        || jsonb_build_object('parties', COALESCE((
          SELECT jsonb_agg(jsonb_build_object('role', e->'role', 'name', 'pseudonymised'))
          FROM jsonb_array_elements(c.document::jsonb->'parties') e), '[]'::jsonb)))::json
      FROM targets t WHERE c.id = t.id AND c.filed_at = t.filed_at
      RETURNING c.id, c.agency_id, c.filed_at
    ), gone AS (SELECT 'consignment-parties' AS record_kind, 'pseudonymised' AS action, id::text AS record_id, agency_id, filed_at AS record_time FROM changed)`,
  );
}

/** Raw messages (their bytes name the parties), unless a held consignment came from them. */
export function deleteRawMessages(db: Db, s: PurgeStamp): Promise<number> {
  return purge(
    db,
    s,
    'personal-data',
    sql`deleted AS (
      DELETE FROM raw_messages r WHERE r.id IN (
        SELECT r2.id FROM raw_messages r2 WHERE r2.received_at < ${cutoff(s)}
          AND NOT EXISTS (
            SELECT 1 FROM filings f JOIN consignments c ON c.filing_id = f.id
            WHERE f.raw_message_id = r2.id AND NOT ${consignmentUnheld('c')})
        LIMIT ${s.batch})
      RETURNING r.id, r.agency_id, r.received_at
    ), gone AS (SELECT 'raw-message' AS record_kind, 'deleted' AS action, id::text AS record_id, agency_id, received_at AS record_time FROM deleted)`,
  );
}

/**
 * Expired consignment versions with their containers and parties, and what was derived from them
 * alone: their assessments (and the call-queue rows pointing at those, the summaries of their
 * calls recomputed; outcome and label rows keep their record but lose the link), their
 * screening hits and the marks of their screening (no tombstone: they name no one), and
 * analysts' entity decisions naming one of their parties.
 */
export function deleteConsignments(db: Db, s: PurgeStamp): Promise<number> {
  return purge(
    db,
    s,
    'cargo',
    sql`targets AS (
      SELECT c.id, c.filed_at FROM consignments c
      WHERE c.filed_at < ${cutoff(s)} AND ${consignmentUnheld('c')}
      LIMIT ${s.batch}
    ), containers AS (
      DELETE FROM consignment_containers cc USING targets t WHERE cc.consignment_id = t.id
    ), people AS (
      DELETE FROM parties p USING targets t WHERE p.consignment_id = t.id RETURNING p.id
    ), decisions AS (
      DELETE FROM entity_decisions d USING people p
      WHERE d.record_a = p.id::text OR d.record_b = p.id::text
      RETURNING d.id, d.agency_id, d.decided_at
    ), hits AS (
      DELETE FROM screening_hits h USING targets t WHERE h.consignment_id = t.id
      RETURNING h.id, h.agency_id, h.created_at
    ), screened AS (
      DELETE FROM screened_consignments s USING targets t WHERE s.consignment_id = t.id
    ), assessed AS (
      DELETE FROM assessments a USING targets t WHERE a.consignment_id = t.id
      RETURNING a.id, a.agency_id, a.assessed_at
    ), queue AS (
      DELETE FROM call_queue q USING assessed a WHERE q.assessment_id = a.id
      RETURNING q.agency_id, q.vessel_imo, q.voyage_number, q.port
    ), ${PURGED_CALL_SUMMARIES}, labels AS (
      UPDATE targeting_outcomes o SET assessment_id = NULL FROM assessed a
      WHERE o.assessment_id = a.id
    ), selections AS (
      UPDATE outcome_selections o SET assessment_id = NULL FROM assessed a
      WHERE o.assessment_id = a.id
    ), deleted AS (
      DELETE FROM consignments c USING targets t WHERE c.id = t.id AND c.filed_at = t.filed_at
      RETURNING c.id, c.agency_id, c.filed_at
    ), gone AS (
      SELECT 'consignment' AS record_kind, 'deleted' AS action, id::text AS record_id, agency_id,
        filed_at AS record_time FROM deleted
      UNION ALL SELECT 'assessment', 'deleted', id::text, agency_id, assessed_at FROM assessed
      UNION ALL SELECT 'screening-hit', 'deleted', id::text, agency_id, created_at FROM hits
      UNION ALL SELECT 'entity-decision', 'deleted', id::text, agency_id, decided_at FROM decisions
    )`,
  );
}

/**
 * Outcomes of bills no version of which remains (all purged): kept for hit rates and the
 * effectiveness figures, de-personalised — the bill number becomes a token of the selection, and
 * the free text that may name people (inspection findings, custody holders and notes, transition
 * details) is dropped. Verdicts, substances, weights, concealment, port, reason and propensity stay.
 */
export function depersonaliseOutcomes(db: Db, s: PurgeStamp): Promise<number> {
  return purge(
    db,
    s,
    'cargo',
    sql`targets AS (
      SELECT o.id, o.agency_id FROM outcome_selections o
      WHERE o.bill_number NOT LIKE 'purged:%' AND NOT EXISTS (
        SELECT 1 FROM consignments c
        WHERE c.agency_id = o.agency_id AND c.bill_number = o.bill_number)
      LIMIT ${s.batch}
    ), findings AS (
      UPDATE outcome_inspections i SET findings = '(purged)' FROM targets t
      WHERE i.selection_id = t.id
    ), custody AS (
      UPDATE outcome_custody k SET holder = '(purged)', note = NULL FROM targets t
      WHERE k.selection_id = t.id
    ), steps AS (
      UPDATE outcome_transitions x SET details = '{}'::jsonb FROM targets t
      WHERE x.selection_id = t.id
    ), statuses AS (
      UPDATE customs_status_events e SET bill_number = 'purged:' || e.selection_id::text
      FROM targets t WHERE e.selection_id = t.id
    ), changed AS (
      UPDATE outcome_selections o SET bill_number = 'purged:' || o.id::text FROM targets t
      WHERE o.id = t.id
      RETURNING o.id, o.agency_id
    ), gone AS (
      SELECT 'outcome' AS record_kind, 'pseudonymised' AS action, id::text AS record_id,
        agency_id, ${s.at.toISOString()}::timestamptz AS record_time FROM changed
    )`,
  );
}

/**
 * The running history of a party (first seen, shipments, seizures, hits, shipments per HS
 * chapter: what the party-age, prior-outcome and new-commodity features read), keyed by its EORI
 * or normalised name, once no party row still names it in clear: every consignment naming it was purged or pseudonymised, and none is held.
 * The tombstone names the party by a digest, never by the key itself.
 */
export function deletePartyHistory(db: Db, s: PurgeStamp): Promise<number> {
  return purge(
    db,
    s,
    'personal-data',
    sql`deleted AS (
      DELETE FROM party_history h WHERE (h.agency_id, h.role, h.party_key) IN (
        SELECT h2.agency_id, h2.role, h2.party_key FROM party_history h2
        WHERE h2.first_seen_at < ${cutoff(s)} AND NOT EXISTS (
          SELECT 1 FROM parties p JOIN consignments c ON c.id = p.consignment_id
          WHERE c.agency_id = h2.agency_id AND p.role = h2.role
            AND NOT (p.document ? 'pseudonymised')
            AND (p.eori = h2.party_key OR p.name_normalised = h2.party_key))
        LIMIT ${s.batch})
      RETURNING h.agency_id, h.role, h.party_key, h.first_seen_at
    ), gone AS (SELECT 'party-history' AS record_kind, 'deleted' AS action,
        role || ':' || md5(agency_id || '/' || party_key) AS record_id, agency_id,
        first_seen_at AS record_time FROM deleted)`,
  );
}

/** Expired filings no remaining consignment came from. */
export function deleteFilings(db: Db, s: PurgeStamp): Promise<number> {
  return purge(
    db,
    s,
    'cargo',
    sql`deleted AS (
      DELETE FROM filings f WHERE (f.received_at, f.id) IN (
        SELECT f2.received_at, f2.id FROM filings f2 WHERE f2.received_at < ${cutoff(s)}
          AND NOT EXISTS (SELECT 1 FROM consignments c WHERE c.filing_id = f2.id)
        LIMIT ${s.batch})
      RETURNING f.id, f.agency_id, f.received_at
    ), gone AS (SELECT 'filing' AS record_kind, 'deleted' AS action, id::text AS record_id, agency_id, received_at AS record_time FROM deleted)`,
  );
}

/**
 * Expired container events, unless a hold names the container or a held consignment carries it:
 * one tombstone per container.
 */
export function deleteContainerEvents(db: Db, s: PurgeStamp): Promise<number> {
  return purge(
    db,
    s,
    'cargo',
    sql`deleted AS (
      DELETE FROM container_events e WHERE (e.event_at, e.id) IN (
        SELECT e2.event_at, e2.id FROM container_events e2 WHERE e2.event_at < ${cutoff(s)}
          AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL
            AND h.target_kind = 'container' AND h.target_id = e2.container_number)
          AND NOT EXISTS (SELECT 1 FROM consignment_containers cc
            JOIN consignments c ON c.id = cc.consignment_id
            WHERE cc.container_number = e2.container_number AND NOT ${consignmentUnheld('c')})
        LIMIT ${s.batch})
      RETURNING e.container_number, e.event_at
    ), gone AS (SELECT 'container-events' AS record_kind, 'deleted' AS action, container_number AS record_id, NULL::text AS agency_id,
        max(event_at) AS record_time FROM deleted GROUP BY container_number)`,
  );
}

/** Expired intelligence objects (every version), unless an entity hold names the object. */
export function deleteIntelObjects(db: Db, s: PurgeStamp): Promise<number> {
  return purge(
    db,
    s,
    'intelligence',
    sql`deleted AS (
      DELETE FROM intel_objects o WHERE (o.object_id, o.modified) IN (
        SELECT o2.object_id, o2.modified FROM intel_objects o2
        WHERE o2.recorded_at < ${cutoff(s)}
          AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL
            AND h.target_kind = 'entity' AND h.target_id = o2.object_id)
        LIMIT ${s.batch})
      RETURNING o.object_id, o.modified, o.owner, o.recorded_at
    ), gone AS (SELECT 'intel-object' AS record_kind, 'deleted' AS action, object_id || '@' || modified AS record_id, owner AS agency_id,
        recorded_at AS record_time FROM deleted)`,
  );
}
