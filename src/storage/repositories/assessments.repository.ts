/**
 * Assessments: one row per container each time it is scored (written in bulk by
 * assessments-insert.repository.ts), with the rule-set and model versions and the feature
 * snapshot that reproduce it. Reads: the latest
 * assessment of each container of a vessel call, a container's assessment history, and the
 * agency's most recent scores (the vessel calls with their counts: assessed-calls.repository.ts).
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { textArray } from './bulk.ts';

export interface AssessmentRecord {
  readonly agencyId: string;
  readonly consignmentId: string;
  readonly billNumber: string;
  readonly containerNumber: string;
  readonly vesselImo?: string | undefined;
  readonly voyageNumber?: string | undefined;
  readonly port: string;
  readonly score: number;
  readonly band: string;
  readonly mandatoryHold: boolean;
  /** The compact text scoring writes (a JSON object on assessments stored before it). */
  readonly explanation: unknown;
  readonly ruleSetVersion: string;
  readonly modelVersion?: string | undefined;
  readonly modelHash?: string | undefined;
  readonly features: unknown;
  readonly assessedAt: Date;
}

export interface StoredAssessment extends Omit<AssessmentRecord, 'assessedAt'> {
  readonly id: string;
  readonly assessedAt: string;
}

const BASE_COLUMNS = `id, agency_id, consignment_id, bill_number, container_number, vessel_imo,
  voyage_number, port, score, band, mandatory_hold, explanation, rule_set_version, model_version,
  model_hash, assessed_at`;
const COLUMNS = sql.raw(`${BASE_COLUMNS}, features`);
const LIGHT_COLUMNS = sql.raw(`${BASE_COLUMNS}, NULL AS features`);

export interface CallKey {
  readonly agencyId: string;
  readonly vesselImo: string;
  readonly voyageNumber: string;
  readonly port: string;
}

/**
 * The latest assessment of every container of the call (the one the call queue points at, as
 * the planner reads it): holds first, then highest score, equal scores in container and bill
 * order as the planner ranks them.
 */
export async function latestAssessmentsOfCall(
  db: Db,
  call: CallKey,
  withFeatures = false,
): Promise<StoredAssessment[]> {
  const result = await db.execute(sql`
    SELECT ${withFeatures ? COLUMNS : LIGHT_COLUMNS} FROM assessments
    WHERE id IN (SELECT assessment_id FROM call_queue
      WHERE agency_id = ${call.agencyId} AND vessel_imo = ${call.vesselImo}
        AND voyage_number = ${call.voyageNumber} AND port = ${call.port})
    ORDER BY container_number, bill_number`);
  const rows = rowsOf<AssessmentRow>(result).map((r) => fromRow(r, withFeatures));
  return rows.sort(
    (a, b) => Number(b.mandatoryHold) - Number(a.mandatoryHold) || b.score - a.score,
  );
}

/** Every assessment of a container, newest first. */
export async function assessmentsOfContainer(
  db: Db,
  agencyId: string,
  containerNumber: string,
): Promise<StoredAssessment[]> {
  const result = await db.execute(sql`
    SELECT ${COLUMNS} FROM assessments
    WHERE agency_id = ${agencyId} AND container_number = ${containerNumber}
    ORDER BY assessed_at DESC, id DESC LIMIT 50`);
  return rowsOf<AssessmentRow>(result).map((r) => fromRow(r, true));
}

export async function getAssessments(
  db: Db,
  agencyId: string,
  ids: readonly string[],
): Promise<StoredAssessment[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`
    SELECT ${COLUMNS} FROM assessments
    WHERE agency_id = ${agencyId} AND id = ANY(${textArray(ids)}::uuid[])`);
  return rowsOf<AssessmentRow>(result).map((r) => fromRow(r, true));
}

interface AssessmentRow {
  id: string;
  agency_id: string;
  consignment_id: string;
  bill_number: string;
  container_number: string;
  vessel_imo: string | null;
  voyage_number: string | null;
  port: string;
  score: number;
  band: string;
  mandatory_hold: boolean;
  explanation: unknown;
  rule_set_version: string;
  model_version: string | null;
  model_hash: string | null;
  features: unknown;
  assessed_at: string | Date;
}

/** A stored explanation or snapshot: JSON text of earlier rows parsed, compact text as it is. */
export function storedDocument(value: unknown): unknown {
  return typeof value === 'string' && value.startsWith('{')
    ? (JSON.parse(value) as unknown)
    : value;
}

function fromRow(r: AssessmentRow, withFeatures: boolean): StoredAssessment {
  return {
    id: r.id,
    agencyId: r.agency_id,
    consignmentId: r.consignment_id,
    billNumber: r.bill_number,
    containerNumber: r.container_number,
    vesselImo: r.vessel_imo ?? undefined,
    voyageNumber: r.voyage_number ?? undefined,
    port: r.port,
    score: Number(r.score),
    band: r.band,
    mandatoryHold: r.mandatory_hold,
    explanation: storedDocument(r.explanation),
    ruleSetVersion: r.rule_set_version,
    modelVersion: r.model_version ?? undefined,
    modelHash: r.model_hash ?? undefined,
    features: withFeatures ? storedDocument(r.features) : undefined,
    assessedAt: new Date(r.assessed_at).toISOString(),
  };
}

export interface PlanCandidateRow {
  readonly id: string;
  readonly billNumber: string;
  readonly containerNumber: string;
  readonly score: number;
  readonly mandatoryHold: boolean;
}

/** The latest assessment of every container of the call, only what the scan planner reads. */
export async function planCandidatesOfCall(db: Db, call: CallKey): Promise<PlanCandidateRow[]> {
  // The call queue holds the current assessment of each container: narrow rows, one per key,
  // read as one text value (unit and record separators): tens of thousands of rows as result
  // rows cost several times more, on PGlite most of all.
  const result = await db.execute(sql`
    SELECT string_agg(container_number || chr(31) || bill_number || chr(31) || assessment_id
        || chr(31) || score::text || chr(31) || mandatory_hold::text, chr(30)
        ORDER BY container_number, bill_number) AS rows
    FROM call_queue
    WHERE agency_id = ${call.agencyId} AND vessel_imo = ${call.vesselImo}
      AND voyage_number = ${call.voyageNumber} AND port = ${call.port}`);
  const text = rowsOf<{ rows: string | null }>(result)[0]?.rows;
  if (!text) return [];
  return text.split('\u001e').map((line) => {
    const [containerNumber, billNumber, id, score, hold] = line.split('\u001f');
    return {
      id: id!,
      billNumber: billNumber!,
      containerNumber: containerNumber!,
      score: Number(score),
      mandatoryHold: hold === 'true',
    };
  });
}

/**
 * The agency's most recent assessment scores (newest first; a batch's equal times by id,
 * the last written first), read as one value: `limit` rows through assessments_recent_idx.
 */
export async function recentScores(db: Db, agencyId: string, limit: number): Promise<number[]> {
  const result = await db.execute(sql`
    SELECT string_agg(score::text, ',' ORDER BY assessed_at DESC, id DESC) AS scores FROM (
      SELECT score, assessed_at, id FROM assessments WHERE agency_id = ${agencyId}
      ORDER BY assessed_at DESC, id DESC LIMIT ${limit}) recent`);
  const text = rowsOf<{ scores: string | null }>(result)[0]?.scores;
  return text ? text.split(',').map(Number) : [];
}

export interface StoredAssessmentBytes {
  readonly assessments: number;
  /** Mean bytes of the explanation and of the feature snapshot as text. */
  readonly explanation: number;
  readonly features: number;
  /** Mean bytes the two columns take in the table. */
  readonly stored: number;
}

/** How many bytes the call's assessments keep for explanations and feature snapshots. */
export async function storedAssessmentBytes(db: Db, call: CallKey): Promise<StoredAssessmentBytes> {
  const result = await db.execute(sql`
    SELECT count(*)::int AS n, avg(octet_length(explanation::text))::float8 AS e,
      avg(octet_length(features::text))::float8 AS f,
      avg(pg_column_size(explanation) + pg_column_size(features))::float8 AS s
    FROM assessments
    WHERE agency_id = ${call.agencyId} AND vessel_imo = ${call.vesselImo}
      AND voyage_number = ${call.voyageNumber} AND port = ${call.port}`);
  const r = rowsOf<{ n: number; e: number | null; f: number | null; s: number | null }>(result)[0];
  return {
    assessments: r?.n ?? 0,
    explanation: r?.e ?? 0,
    features: r?.f ?? 0,
    stored: r?.s ?? 0,
  };
}
