/**
 * What an event filing's scoring job re-scores: the agency's current consignment versions (the
 * latest version of each bill, not cancelled) that carry a container whose events the filing
 * stored or retracted (a DCSA retraction: the event counts no more), sorted into those due for a
 * new assessment and those left as they are, with counts of each. Two set-based reads: the
 * filing's containers, each with whether the agency has a bill on it and has assessed it since
 * the events came in (a small statement, planned in little time: most event filings stop there);
 * then, for the containers left, their current versions judged and read as one text value, as
 * scoring reads a filing's.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import {
  scoringConsignmentsOf,
  scoringRowText,
  type ScoringConsignment,
} from './assessments-inputs.repository.ts';

/** When a consignment's call counts as decided, and when an assessment saw the events. */
export interface RescoreWindow {
  /** A call that arrived (its ATA, else its ETA, at the call port) before this is decided. */
  readonly arrivedSince: Date;
  /** Without a known arrival: a version filed before this is decided. */
  readonly filedSince: Date;
  /**
   * An assessment made this long after the filing was received read its events: the intake's
   * transaction that stored them had committed by then.
   */
  readonly seenAfterMs: number;
}

export interface TouchedConsignments {
  /** The filing's agency; undefined when there is no such filing. */
  readonly agencyId: string | undefined;
  /**
   * Distinct containers whose events the filing stored (a resent event is not stored again) or
   * retracted.
   */
  readonly containers: number;
  /** Of those, containers no current version of the agency carries. */
  readonly withoutConsignment: number;
  /** Of those, containers the agency assessed after the events came in (they read them). */
  readonly upToDate: number;
  /** Current versions not assessed yet: their own filing's scoring job reads the events. */
  readonly unscored: number;
  /** Current versions whose call is decided (arrived too long ago) or a container examined. */
  readonly decided: number;
  /** The current versions to assess again, by bill number, arrival at the port of discharge. */
  readonly due: ScoringConsignment[];
}

/**
 * The versions of `agencyId` (the job's; the filing's own agency is returned to be checked
 * against it) are judged at their call as `call-port.ts` finds it: the first scanner port of the
 * agency among the transshipment ports, else the port of discharge. A container examined (a
 * targeting outcome recorded) since the version was filed is decided.
 */
export async function consignmentsTouchedByFiling(
  db: Db,
  filingId: string,
  agencyId: string,
  window: RescoreWindow,
): Promise<TouchedConsignments> {
  const { filingAgency, containers } = await touchedContainers(db, filingId, agencyId, window);
  const open = containers.filter((c) => c.carried && !c.seen).map((c) => c.number);
  const judged = open.length === 0 ? undefined : await currentVersions(db, agencyId, open, window);
  const upToDate = containers.filter((c) => c.carried && c.seen).length;
  return {
    agencyId: filingAgency,
    containers: containers.length,
    withoutConsignment: containers.length - upToDate - Number(judged?.carried ?? 0),
    upToDate,
    unscored: Number(judged?.unscored ?? 0),
    decided: Number(judged?.decided ?? 0),
    due: scoringConsignmentsOf(judged?.rows),
  };
}

interface TouchedContainer {
  readonly number: string;
  /** Some version of a bill of the agency carries it (cancelled or not, latest or not). */
  readonly carried: boolean;
  /** The agency assessed it after the events came in. */
  readonly seen: boolean;
}

async function touchedContainers(
  db: Db,
  filingId: string,
  agencyId: string,
  window: RescoreWindow,
): Promise<{ filingAgency: string | undefined; containers: TouchedContainer[] }> {
  // One text value: each container with its two flags. A consignment is found by its id alone
  // (LIMIT 1 keeps the agency's index, which a table without statistics would take, out of it).
  const result = await db.execute(sql`
    WITH filing AS (SELECT agency_id, received_at FROM filings WHERE id = ${filingId}::uuid)
    SELECT (SELECT agency_id FROM filing) AS agency_id, string_agg(t.n
        || CASE WHEN EXISTS (SELECT 1 FROM consignment_containers cc
          CROSS JOIN LATERAL (SELECT c.agency_id FROM consignments c
            WHERE c.id = cc.consignment_id LIMIT 1) c
          WHERE cc.container_number = t.n AND c.agency_id = ${agencyId}) THEN '+' ELSE '-' END
        || CASE WHEN EXISTS (SELECT 1 FROM assessments a
          WHERE a.agency_id = ${agencyId} AND a.container_number = t.n
            AND a.assessed_at >= (SELECT received_at FROM filing)
              + ${window.seenAfterMs}::bigint * interval '1 millisecond') THEN '+' ELSE '-' END,
        ',') AS touched
    FROM (SELECT container_number AS n FROM container_events WHERE filing_id = ${filingId}::uuid
      UNION
      SELECT e.container_number FROM event_retractions x
      JOIN container_events e ON e.sender = x.sender AND e.source_event_id = x.source_event_id
        AND e.source_event_id <> ''
      WHERE x.filing_id = ${filingId}::uuid) t`);
  const [row] = rowsOf<{ agency_id: string | null; touched: string | null }>(result);
  const containers = (row?.touched ? row.touched.split(',') : []).map((t) => ({
    number: t.slice(0, -2),
    carried: t.at(-2) === '+',
    seen: t.at(-1) === '+',
  }));
  return { filingAgency: row?.agency_id ?? undefined, containers };
}

/**
 * The current versions carrying the containers (ISO 6346 numbers, no comma: one text
 * parameter): how many of the containers they carry, those not assessed yet and those decided
 * counted, the others read. Each step looks up the few rows of the one before by index (lateral,
 * not pulled up into a join): planned as joins, a table without statistics is read whole.
 */
async function currentVersions(
  db: Db,
  agencyId: string,
  containers: readonly string[],
  window: RescoreWindow,
): Promise<JudgedRow | undefined> {
  const result = await db.execute(sql`
    WITH touched AS (SELECT unnest(string_to_array(${containers.join(',')}, ',')) AS n),
    bills AS (
      SELECT DISTINCT c.bill_number FROM touched t
      CROSS JOIN LATERAL (SELECT cc.consignment_id FROM consignment_containers cc
        WHERE cc.container_number = t.n OFFSET 0) cc
      CROSS JOIN LATERAL (SELECT c.agency_id, c.bill_number FROM consignments c
        WHERE c.id = cc.consignment_id LIMIT 1) c
      WHERE c.agency_id = ${agencyId}),
    current AS (
      SELECT l.* FROM bills b
      CROSS JOIN LATERAL (SELECT c.id, c.agency_id, c.bill_number, c.version, c.cancelled,
          c.filed_at, c.document, c.vessel_imo, c.voyage_number, c.port_of_discharge
        FROM consignments c WHERE c.agency_id = ${agencyId} AND c.bill_number = b.bill_number
        ORDER BY c.version DESC LIMIT 1) l
      WHERE NOT l.cancelled AND EXISTS (SELECT 1 FROM consignment_containers cc
        WHERE cc.consignment_id = l.id AND cc.container_number IN (SELECT n FROM touched))),
    judged AS (${judged(window)})
    SELECT (SELECT count(DISTINCT cc.container_number) FROM current c
        JOIN consignment_containers cc ON cc.consignment_id = c.id
        WHERE cc.container_number IN (SELECT n FROM touched))::int AS carried,
      count(*) FILTER (WHERE NOT assessed)::int AS unscored,
      count(*) FILTER (WHERE assessed AND NOT open)::int AS decided,
      string_agg(${scoringRowText(sql`j`, sql`j.discharge_at`)}, chr(30) ORDER BY j.bill_number)
        FILTER (WHERE assessed AND open) AS rows
    FROM judged j`);
  return rowsOf<JudgedRow>(result)[0];
}

interface JudgedRow {
  carried: number;
  unscored: number;
  decided: number;
  rows: string | null;
}

/** Each current version with what decides whether it is due. */
const judged = (w: RescoreWindow) => sql`
  SELECT c.*,
    EXISTS (SELECT 1 FROM assessments a WHERE a.consignment_id = c.id) AS assessed,
    NOT EXISTS (SELECT 1 FROM consignment_containers cc
        JOIN targeting_outcomes o ON o.agency_id = c.agency_id
          AND o.container_number = cc.container_number AND o.recorded_at >= c.filed_at
        WHERE cc.consignment_id = c.id)
      AND CASE WHEN c.call_at IS NULL
        THEN c.filed_at >= ${w.filedSince.toISOString()}::timestamptz
        ELSE c.call_at >= ${w.arrivedSince.toISOString()}::timestamptz END AS open
  FROM (SELECT p.*, ${arrivalAt(sql`p.call_port`)} AS call_at,
      ${arrivalAt(sql`p.port_of_discharge`)} AS discharge_at
    FROM (SELECT c.*, coalesce((SELECT t.port
        FROM json_array_elements_text(c.document -> 'route' -> 'transshipmentPorts')
          WITH ORDINALITY AS t(port, i)
        WHERE t.port IN (SELECT s.port FROM scanners s WHERE s.agency_id = c.agency_id)
        ORDER BY t.i LIMIT 1), c.port_of_discharge) AS call_port
      FROM current c) p) c`;

/** The call's arrival at a port, as the calls list reads it: its earliest ATA, else ETA. */
const arrivalAt = (port: SQL) => sql`(SELECT coalesce(min(pc.ata), min(pc.eta))
  FROM port_calls pc WHERE pc.vessel_imo = p.vessel_imo AND pc.voyage_number = p.voyage_number
    AND pc.port = ${port})`;
