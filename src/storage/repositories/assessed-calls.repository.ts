/**
 * The vessel calls with assessed containers, one summary row each (`assessed_calls`), kept from
 * the call queue: the calls list reads the most recently assessed first through its index
 * instead of grouping the agency's whole history of assessments on every request. The counts
 * are of the call's containers as currently assessed (the queue holds the current assessment of
 * each container and bill): a container re-scored from high to low no longer counts as high.
 * A container under several bills counts once, as high (or held) when any of them is.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import type { AssessmentRecord, CallKey } from './assessments.repository.ts';

export interface CallSummary extends CallKey {
  readonly containers: number;
  readonly high: number;
  readonly holds: number;
  readonly eta?: string;
}

/**
 * The summary of queue rows (`source`, which yields agency_id, vessel_imo, voyage_number, port,
 * container_number, band, mandatory_hold and assessed_at), one row per call: containers first
 * reduced to one row each (in the queue key's order, no sort), then counted.
 */
export const summaryOfQueueRows = (source: SQL): SQL => sql`
  SELECT agency_id, vessel_imo, voyage_number, port, count(*)::int AS containers,
    count(*) FILTER (WHERE high)::int AS high, count(*) FILTER (WHERE hold)::int AS holds,
    max(last) AS last_assessed_at
  FROM (
    SELECT agency_id, vessel_imo, voyage_number, port, container_number,
      bool_or(band = 'high') AS high, bool_or(mandatory_hold) AS hold, max(assessed_at) AS last
    FROM (${source}) rows
    GROUP BY agency_id, vessel_imo, voyage_number, port, container_number) containers
  GROUP BY agency_id, vessel_imo, voyage_number, port`;

/** A summary replaced by the one being inserted. */
const FROM_EXCLUDED = sql`containers = excluded.containers, high = excluded.high,
  holds = excluded.holds, last_assessed_at = excluded.last_assessed_at`;

const sameCall = (a: string, b: string) =>
  sql.raw(`${a}.agency_id = ${b}.agency_id AND ${a}.vessel_imo = ${b}.vessel_imo
    AND ${a}.voyage_number = ${b}.voyage_number AND ${a}.port = ${b}.port`);

/**
 * CTEs keeping the summaries true in a purge statement whose CTE `queue` deleted the call-queue
 * rows (returning their call) of the assessments its CTE `assessed` deleted: each call touched
 * is summarised again from its other queue rows (the statement still sees the deleted ones), or
 * loses its summary when none is left.
 */
export const PURGED_CALL_SUMMARIES = sql`touched AS (
    SELECT DISTINCT agency_id, vessel_imo, voyage_number, port FROM queue
  ), summaries AS (${summaryOfQueueRows(sql`
    SELECT q.agency_id, q.vessel_imo, q.voyage_number, q.port, q.container_number, q.band,
      q.mandatory_hold, q.assessed_at
    FROM call_queue q JOIN touched t ON ${sameCall('q', 't')}
    WHERE NOT EXISTS (SELECT 1 FROM assessed a WHERE a.id = q.assessment_id)`)}
  ), summarised AS (
    UPDATE assessed_calls s SET containers = m.containers, high = m.high, holds = m.holds,
      last_assessed_at = m.last_assessed_at
    FROM summaries m WHERE ${sameCall('s', 'm')}
  ), unsummarised AS (
    DELETE FROM assessed_calls s USING touched t WHERE ${sameCall('s', 't')}
      AND NOT EXISTS (SELECT 1 FROM summaries m WHERE ${sameCall('s', 'm')})
  )`;

/**
 * Recomputes the call's summary from its current queue rows (run after a scoring batch wrote
 * them, in its transaction); a call left without queue rows loses its summary.
 */
export async function refreshAssessedCall(db: Db, call: CallKey): Promise<void> {
  const key = sql`agency_id = ${call.agencyId} AND vessel_imo = ${call.vesselImo}
    AND voyage_number = ${call.voyageNumber} AND port = ${call.port}`;
  const result = await db.execute(sql`
    INSERT INTO assessed_calls (agency_id, vessel_imo, voyage_number, port, containers, high,
      holds, last_assessed_at)
    ${summaryOfQueueRows(sql`SELECT agency_id, vessel_imo, voyage_number, port,
      container_number, band, mandatory_hold, assessed_at FROM call_queue WHERE ${key}`)}
    ON CONFLICT ON CONSTRAINT assessed_calls_pk DO UPDATE SET ${FROM_EXCLUDED}
    RETURNING 1`);
  if (rowsOf(result).length === 0) await db.execute(sql`DELETE FROM assessed_calls WHERE ${key}`);
}

/**
 * Stores the summary of a call's first queue rows (`current`: the call had none before), made
 * here as the queue rows it summarises were: no queue row read back.
 */
export async function insertAssessedCall(
  db: Db,
  call: CallKey,
  current: readonly AssessmentRecord[],
): Promise<void> {
  const high = new Set<string>();
  const held = new Set<string>();
  const containers = new Set<string>();
  let last = 0;
  for (const r of current) {
    containers.add(r.containerNumber);
    if (r.band === 'high') high.add(r.containerNumber);
    if (r.mandatoryHold) held.add(r.containerNumber);
    last = Math.max(last, r.assessedAt.getTime());
  }
  if (containers.size === 0) return;
  await db.execute(sql`
    INSERT INTO assessed_calls (agency_id, vessel_imo, voyage_number, port, containers, high,
      holds, last_assessed_at)
    VALUES (${call.agencyId}, ${call.vesselImo}, ${call.voyageNumber}, ${call.port},
      ${containers.size}, ${high.size}, ${held.size}, ${new Date(last).toISOString()}::timestamptz)
    ON CONFLICT ON CONSTRAINT assessed_calls_pk DO UPDATE SET ${FROM_EXCLUDED}`);
}

/**
 * Vessel calls with assessed containers, the most recently assessed first (equal times in
 * descending call order), with the earliest ETA the port calls give: `limit` rows read through
 * the summary's index.
 */
export async function listAssessedCalls(
  db: Db,
  agencyId: string,
  limit: number,
): Promise<CallSummary[]> {
  const result = await db.execute(sql`
    SELECT s.vessel_imo, s.voyage_number, s.port, s.containers, s.high, s.holds,
      (SELECT min(pc.eta) FROM port_calls pc WHERE pc.vessel_imo = s.vessel_imo
        AND pc.voyage_number = s.voyage_number AND pc.port = s.port) AS eta
    FROM assessed_calls s
    WHERE s.agency_id = ${agencyId}
    ORDER BY s.last_assessed_at DESC, s.vessel_imo DESC, s.voyage_number DESC, s.port DESC
    LIMIT ${limit}`);
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
