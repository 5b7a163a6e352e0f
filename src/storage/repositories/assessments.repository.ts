/**
 * Assessments: one row per container each time it is scored, written in bulk (unnest), with
 * the rule-set and model versions and the feature snapshot that reproduce it. Reads: the latest
 * assessment of each container of a vessel call, a container's assessment history, and the
 * upcoming calls with their counts.
 */
import { randomUUID } from 'node:crypto';
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

/**
 * Writes the assessments and the call queue's current row of each container (newest wins; a
 * container twice in one batch counts once, the later record). Records sharing their agency,
 * call, versions and time (a scoring batch) go as one insert per 10,000 assessments and one for
 * the call queue: those values as parameters, the rows as ONE JSON text parameter (PGlite sends
 * one text value far faster than an array per column). Explanations and feature snapshots are
 * compact texts, stored as they come.
 * Ids are made here, so nothing is read back. Returns the number written.
 */
export async function insertAssessments(
  db: Db,
  records: readonly AssessmentRecord[],
): Promise<number> {
  let written = 0;
  for (const batch of batchesOf(records)) {
    const ids = batch.map(() => randomUUID());
    for (let at = 0; at < batch.length; at += CHUNK) {
      const end = at + CHUNK;
      written += await insertChunk(db, batch.slice(at, end), ids.slice(at, end));
    }
    const head = batch[0]!;
    if (head.vesselImo !== undefined && head.voyageNumber !== undefined)
      await queueBatch(db, head, batch, ids);
  }
  return written;
}

/** Assessments per insert statement. */
const CHUNK = 10_000;

/** Records grouped by what a scoring batch has in common (usually one group). */
function batchesOf(records: readonly AssessmentRecord[]): AssessmentRecord[][] {
  const groups = new Map<string, AssessmentRecord[]>();
  for (const r of records) {
    const key = JSON.stringify([
      r.agencyId,
      r.vesselImo,
      r.voyageNumber,
      r.port,
      r.ruleSetVersion,
      r.modelVersion,
      r.modelHash,
      r.assessedAt.getTime(),
    ]);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()];
}

async function insertChunk(
  db: Db,
  chunk: readonly AssessmentRecord[],
  ids: readonly string[],
): Promise<number> {
  const head = chunk[0]!;
  const at = head.assessedAt.toISOString();
  const rows = JSON.stringify(
    chunk.map((r, i) => ({
      i: ids[i],
      c: r.consignmentId,
      b: r.billNumber,
      n: r.containerNumber,
      s: r.score,
      d: r.band,
      h: r.mandatoryHold,
      e: r.explanation,
      f: r.features,
    })),
  );
  await db.execute(sql`
    INSERT INTO assessments (id, agency_id, consignment_id, bill_number, container_number,
      vessel_imo, voyage_number, port, score, band, mandatory_hold, explanation,
      rule_set_version, model_version, model_hash, features, assessed_at)
    SELECT t.i, ${head.agencyId}, t.c, t.b, t.n, ${head.vesselImo ?? null},
      ${head.voyageNumber ?? null}, ${head.port}, t.s, t.d, t.h, t.e, ${head.ruleSetVersion},
      ${head.modelVersion ?? null}, ${head.modelHash ?? null}, t.f, ${at}::timestamptz
    FROM json_to_recordset(${rows}::json)
      AS t(i uuid, c uuid, b text, n text, s float8, d text, h boolean, e text, f text)`);
  return chunk.length;
}

/**
 * The call queue's rows of one batch, in one statement: the last record of each container and
 * bill. A call
 * without queue rows yet (its first scoring) takes them as a plain insert, a quarter cheaper
 * than the upsert; the call's lock keeps two scorings of one call from both taking that path.
 */
async function queueBatch(
  db: Db,
  head: AssessmentRecord,
  chunk: readonly AssessmentRecord[],
  ids: readonly string[],
): Promise<void> {
  const current = new Map<string, number>();
  chunk.forEach((r, i) => current.set(`${r.containerNumber}\u001f${r.billNumber}`, i));
  const rows = JSON.stringify(
    [...current.values()].map((i) => {
      const r = chunk[i]!;
      return { i: ids[i], n: r.containerNumber, b: r.billNumber, s: r.score, h: r.mandatoryHold };
    }),
  );
  const upsert = (await callHasQueue(db, head))
    ? sql`ON CONFLICT ON CONSTRAINT call_queue_pk DO UPDATE SET
        assessment_id = excluded.assessment_id, score = excluded.score,
        mandatory_hold = excluded.mandatory_hold, assessed_at = excluded.assessed_at
      WHERE call_queue.assessed_at <= excluded.assessed_at`
    : sql``;
  await db.execute(sql`
    INSERT INTO call_queue (agency_id, vessel_imo, voyage_number, port, container_number,
      bill_number, assessment_id, score, mandatory_hold, assessed_at)
    SELECT ${head.agencyId}, ${head.vesselImo}, ${head.voyageNumber}, ${head.port}, t.n, t.b, t.i,
      t.s, t.h, ${head.assessedAt.toISOString()}::timestamptz
    FROM json_to_recordset(${rows}::json) AS t(i uuid, n text, b text, s float8, h boolean)
    ${upsert}`);
}

/** Whether the call has queue rows, once this transaction holds the call's lock. */
async function callHasQueue(db: Db, head: AssessmentRecord): Promise<boolean> {
  const key = ['call-queue', head.agencyId, head.vesselImo, head.voyageNumber, head.port];
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key.join('|')}))`);
  const result = await db.execute(sql`
    SELECT EXISTS (SELECT 1 FROM call_queue WHERE agency_id = ${head.agencyId}
      AND vessel_imo = ${head.vesselImo ?? null} AND voyage_number = ${head.voyageNumber ?? null}
      AND port = ${head.port}) AS known`);
  return rowsOf<{ known: boolean }>(result)[0]?.known === true;
}

export interface CallKey {
  readonly agencyId: string;
  readonly vesselImo: string;
  readonly voyageNumber: string;
  readonly port: string;
}

/** The latest assessment of every container of the call: holds first, then highest score. */
export async function latestAssessmentsOfCall(
  db: Db,
  call: CallKey,
  withFeatures = false,
): Promise<StoredAssessment[]> {
  const result = await db.execute(sql`
    SELECT DISTINCT ON (container_number, bill_number) ${withFeatures ? COLUMNS : LIGHT_COLUMNS}
    FROM assessments
    WHERE agency_id = ${call.agencyId} AND vessel_imo = ${call.vesselImo}
      AND voyage_number = ${call.voyageNumber} AND port = ${call.port}
    ORDER BY container_number, bill_number, assessed_at DESC, id DESC`);
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

export interface CallSummary extends CallKey {
  readonly containers: number;
  readonly high: number;
  readonly holds: number;
  readonly eta?: string;
}

/** Vessel calls with assessed containers, the most recently assessed first. */
export async function listAssessedCalls(db: Db, agencyId: string, limit: number) {
  const result = await db.execute(sql`
    SELECT a.vessel_imo, a.voyage_number, a.port, count(DISTINCT a.container_number)::int AS containers,
      count(DISTINCT a.container_number) FILTER (WHERE a.band = 'high')::int AS high,
      count(DISTINCT a.container_number) FILTER (WHERE a.mandatory_hold)::int AS holds,
      min(pc.eta) AS eta, max(a.assessed_at) AS last
    FROM assessments a
    LEFT JOIN port_calls pc ON pc.vessel_imo = a.vessel_imo AND pc.voyage_number = a.voyage_number
      AND pc.port = a.port
    WHERE a.agency_id = ${agencyId} AND a.vessel_imo IS NOT NULL AND a.voyage_number IS NOT NULL
    GROUP BY a.vessel_imo, a.voyage_number, a.port
    ORDER BY last DESC LIMIT ${limit}`);
  return rowsOf<CallRow>(result).map((r): CallSummary => ({
    agencyId,
    vesselImo: r.vessel_imo,
    voyageNumber: r.voyage_number,
    port: r.port,
    containers: r.containers,
    high: r.high,
    holds: r.holds,
    ...(r.eta === null ? {} : { eta: new Date(r.eta).toISOString() }),
  }));
}

interface CallRow {
  vessel_imo: string;
  voyage_number: string;
  port: string;
  containers: number;
  high: number;
  holds: number;
  eta: string | Date | null;
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

/** The agency's most recent assessment scores (newest first), read as one value. */
export async function recentScores(db: Db, agencyId: string, limit: number): Promise<number[]> {
  const result = await db.execute(sql`
    SELECT string_agg(score::text, ',') AS scores FROM (
      SELECT score FROM assessments WHERE agency_id = ${agencyId}
      ORDER BY assessed_at DESC LIMIT ${limit}) recent`);
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
