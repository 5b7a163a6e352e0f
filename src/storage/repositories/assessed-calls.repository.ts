/**
 * The vessel calls with assessed containers, one summary row each (`assessed_calls`), kept from
 * the call queue: the calls list reads the most recently assessed first through its index
 * instead of grouping the agency's whole history of assessments on every request. The counts
 * are of the call's containers as currently assessed (the queue holds the current assessment of
 * each container and bill): a container re-scored from high to low no longer counts as high.
 * A container under several bills counts once, as high (or held) when any of them is. The list
 * can also read as an arrivals board (upcoming calls by ETA, then past ones), with the vessel's
 * name, the ATA and the newest scan plan's counts; the calls at the agency's home ports known
 * only from an arrival or departure event are listed with them, with no container.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import type { AssessmentRecord, CallKey } from './assessments.repository.ts';

/** The orders of the calls list: most recently assessed first, or as an arrivals board. */
export const CALL_ORDERS = ['assessed', 'eta'] as const;
export type CallOrder = (typeof CALL_ORDERS)[number];

/** Where a call with an ETA stands on the arrivals board. */
export const CALL_ARRIVALS = ['upcoming', 'past'] as const;
export type CallArrival = (typeof CALL_ARRIVALS)[number];

/** The call's newest scan plan: containers it selects, and of its selections those scanned. */
export interface CallPlanSummary {
  readonly id: string;
  readonly createdAt: string;
  readonly selected: number;
  readonly scanned: number;
}

export interface CallSummary extends CallKey {
  /**
   * False for a call at a home port known only from an arrival or departure event: no cargo
   * report (manifest) names it yet, so it has no container to count.
   */
  readonly filed: boolean;
  readonly containers: number;
  readonly high: number;
  readonly holds: number;
  readonly eta?: string;
  readonly vesselName?: string;
  readonly ata?: string;
  readonly arrival?: CallArrival;
  readonly plan?: CallPlanSummary;
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

/** How the calls list is read: its order, the arrivals board's cut, and whether plans are shown. */
export interface CallListView {
  readonly order: CallOrder;
  /** A call arrived (its ATA, else its ETA) at or after this is upcoming; before it, past. */
  readonly upcomingSince: Date;
  readonly withPlans: boolean;
}

/**
 * The ORDER BY of the list over the columns of its first query (and of its page): the summary's
 * index order, or upcoming calls by ETA (ATA without one), then past ones from the latest, then
 * those with neither. With `unfiledLast`, the calls never assessed (no assessment time) come after
 * the others in the default order; without it the order stays the summary index's own.
 */
function orderOf(view: CallListView | undefined, unfiledLast = false): SQL {
  const nulls = unfiledLast ? sql` NULLS LAST` : sql``;
  const latest = sql`last_assessed_at DESC${nulls}, vessel_imo DESC, voyage_number DESC, port DESC`;
  if (view?.order !== 'eta') return latest;
  const upcoming = sql`coalesce(ata, eta) >= ${view.upcomingSince.toISOString()}::timestamptz`;
  return sql`CASE WHEN coalesce(eta, ata) IS NULL THEN 2 WHEN ${upcoming} THEN 0 ELSE 1 END,
    CASE WHEN ${upcoming} THEN coalesce(eta, ata) END, coalesce(eta, ata) DESC, ${latest}`;
}

/**
 * The earliest ETA and ATA of a summary's (`s`) port calls: probed for each row read, so the
 * summary's index still cuts the page in the default order...
 */
const PAGE_TIMED = sql`LEFT JOIN LATERAL (SELECT min(pc.eta) AS eta, min(pc.ata) AS ata
    FROM port_calls pc WHERE pc.vessel_imo = s.vessel_imo AND pc.voyage_number = s.voyage_number
      AND pc.port = s.port) times ON true`;

/**
 * ...or, when every call of the agency must be timed to order them, grouped in one pass and
 * hashed: half the CPU of a probe per call (5,000 calls: PGlite 19–21 ms against 40–46 ms).
 */
const EVERY_CALL_TIMED = sql`LEFT JOIN (SELECT pc.vessel_imo, pc.voyage_number, pc.port,
      min(pc.eta) AS eta, min(pc.ata) AS ata
    FROM port_calls pc GROUP BY pc.vessel_imo, pc.voyage_number, pc.port) times
  ON times.vessel_imo = s.vessel_imo AND times.voyage_number = s.voyage_number
    AND times.port = s.port`;

/**
 * The newest plan of the page's call (`page`), with the containers it selects and, of its
 * selections in the outcome workflow, those whose scan is recorded.
 */
const NEWEST_PLAN = (agencyId: string) => sql`LEFT JOIN LATERAL (
    SELECT p.id AS plan_id, p.created_at AS plan_created_at,
      (SELECT count(*)::int FROM scan_plan_selections x WHERE x.plan_id = p.id AND x.selected)
        AS plan_selected,
      (SELECT count(*)::int FROM outcome_selections o
        WHERE o.plan_id = p.id AND o.verdict IS NOT NULL) AS plan_scanned
    FROM scan_plans p
    WHERE p.agency_id = ${agencyId} AND p.vessel_imo = page.vessel_imo
      AND p.voyage_number = page.voyage_number AND p.port = page.port
    ORDER BY p.created_at DESC, p.id DESC LIMIT 1) plan ON true`;

/**
 * The calls at the agency's home ports that nobody filed (made from an actual arrival or
 * departure event) and that the agency has no summary of: on the list with no container, through
 * the port calls' partial index. There are few: a call is filed once its manifest comes.
 */
const UNFILED_CALLS = (agencyId: string) => sql`SELECT s.vessel_imo, s.voyage_number, s.port,
      0 AS containers, 0 AS high, 0 AS holds, NULL::timestamptz AS last_assessed_at
    FROM (SELECT DISTINCT pc.vessel_imo, pc.voyage_number, pc.port FROM port_calls pc
      WHERE NOT pc.filed
        AND pc.port IN (SELECT sc.port FROM scanners sc WHERE sc.agency_id = ${agencyId})
        AND NOT EXISTS (SELECT 1 FROM assessed_calls a WHERE a.agency_id = ${agencyId}
          AND a.vessel_imo = pc.vessel_imo AND a.voyage_number = pc.voyage_number
          AND a.port = pc.port)) s`;

/**
 * Vessel calls with assessed containers, and the calls at the agency's home ports known only
 * from an arrival or departure event (no container), `limit` of them in the view's order (by
 * default the most recently assessed first, equal times in descending call order, read through
 * the summary's index, then the calls never assessed), each with the earliest ETA and ATA its port
 * calls give and the vessel's name; with a view, each call with an ETA or ATA upcoming or past,
 * and with its `withPlans` the newest scan plan's summary. Ordered by ETA, every call of the
 * agency is timed before the page is cut; the name and the plan are read for the page's calls
 * only.
 */
export async function listAssessedCalls(
  db: Db,
  agencyId: string,
  limit: number,
  view?: CallListView,
): Promise<CallSummary[]> {
  const order = orderOf(view);
  const timed = view?.order === 'eta' ? EVERY_CALL_TIMED : PAGE_TIMED;
  const upcoming = view
    ? sql`CASE WHEN coalesce(page.eta, page.ata) IS NOT NULL
        THEN coalesce(page.ata, page.eta) >= ${view.upcomingSince.toISOString()}::timestamptz END`
    : sql`NULL::boolean`;
  const withPlans = view?.withPlans === true;
  const result = await db.execute(sql`
    WITH assessed AS (
      SELECT s.vessel_imo, s.voyage_number, s.port, s.containers, s.high, s.holds,
        s.last_assessed_at, times.eta, times.ata, true AS filed
      FROM assessed_calls s
      ${timed}
      WHERE s.agency_id = ${agencyId}
      ORDER BY ${order}
      LIMIT ${limit}
    ), unfiled AS (
      SELECT s.*, times.eta, times.ata, false AS filed
      FROM (${UNFILED_CALLS(agencyId)}) s
      ${PAGE_TIMED}
      ORDER BY ${orderOf(view, true)}
      LIMIT ${limit}
    ), page AS (
      SELECT * FROM (SELECT * FROM assessed UNION ALL SELECT * FROM unfiled) calls
      ORDER BY ${orderOf(view, true)}
      LIMIT ${limit}
    )
    SELECT page.*, v.name AS vessel_name, ${upcoming} AS upcoming
      ${withPlans ? sql`, plan.*` : sql``}
    FROM page
    LEFT JOIN vessels v ON v.imo = page.vessel_imo
    ${withPlans ? NEWEST_PLAN(agencyId) : sql``}
    ORDER BY ${orderOf(view, true)}`);
  return rowsOf<CallRow>(result).map((r) => toSummary(agencyId, r));
}

interface CallRow {
  vessel_imo: string;
  voyage_number: string;
  port: string;
  filed: boolean;
  containers: number;
  high: number;
  holds: number;
  eta: string | Date | null;
  ata: string | Date | null;
  vessel_name: string | null;
  upcoming: boolean | null;
  plan_id?: string | null;
  plan_created_at?: string | Date | null;
  plan_selected?: number | null;
  plan_scanned?: number | null;
}

const iso = (t: string | Date | number) => new Date(t).toISOString();

function toSummary(agencyId: string, r: CallRow): CallSummary {
  const arrival: CallArrival = r.upcoming ? 'upcoming' : 'past';
  return {
    agencyId,
    vesselImo: r.vessel_imo,
    voyageNumber: r.voyage_number,
    port: r.port,
    filed: r.filed,
    containers: r.containers,
    high: r.high,
    holds: r.holds,
    ...(r.eta === null ? {} : { eta: iso(r.eta) }),
    ...(r.vessel_name === null ? {} : { vesselName: r.vessel_name }),
    ...(r.ata === null ? {} : { ata: iso(r.ata) }),
    ...(r.upcoming === null ? {} : { arrival }),
    ...(r.plan_id ? { plan: planOf(r.plan_id, r) } : {}),
  };
}

function planOf(id: string, r: CallRow): CallPlanSummary {
  return {
    id,
    createdAt: iso(r.plan_created_at ?? 0),
    selected: Number(r.plan_selected ?? 0),
    scanned: Number(r.plan_scanned ?? 0),
  };
}
