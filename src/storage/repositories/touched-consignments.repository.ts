/**
 * What an event filing's scoring job re-scores: the agency's current consignment versions (the
 * latest version of each bill, not cancelled) that carry a container whose events the filing
 * stored, sorted into those due for a new assessment and those left as they are, with counts of
 * each; one query, the versions read as one text value as scoring reads a filing's.
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
  /** Distinct containers whose events the filing stored (a resent event is not stored again). */
  readonly containers: number;
  /** Of those, containers no current version of the agency carries. */
  readonly withoutConsignment: number;
  /** Current versions not assessed yet: their own filing's scoring job reads the events. */
  readonly unscored: number;
  /** Current versions assessed after the events were stored. */
  readonly upToDate: number;
  /** Current versions whose call is decided (arrived too long ago) or a container examined. */
  readonly decided: number;
  /** The current versions to assess again, by bill number, arrival at the port of discharge. */
  readonly due: ScoringConsignment[];
}

/**
 * The versions are judged against `homePorts` as `call-port.ts` finds a consignment's call: the
 * first scanner port of the agency among its transshipment ports, else its port of discharge. A
 * container examined (a targeting outcome recorded) since the version was filed is decided.
 */
export async function consignmentsTouchedByFiling(
  db: Db,
  filingId: string,
  window: RescoreWindow,
): Promise<TouchedConsignments> {
  const result = await db.execute(sql`
    WITH filing AS (SELECT agency_id, received_at FROM filings WHERE id = ${filingId}::uuid),
    touched AS (
      SELECT DISTINCT container_number AS n FROM container_events
      WHERE filing_id = ${filingId}::uuid),
    bills AS (
      SELECT DISTINCT c.bill_number FROM touched t
      JOIN consignment_containers cc ON cc.container_number = t.n
      JOIN consignments c ON c.id = cc.consignment_id
      WHERE c.agency_id = (SELECT agency_id FROM filing)),
    latest AS (
      SELECT DISTINCT ON (c.bill_number) c.id, c.agency_id, c.bill_number, c.version,
        c.cancelled, c.filed_at, c.document, c.vessel_imo, c.voyage_number, c.port_of_discharge
      FROM bills b JOIN consignments c
        ON c.agency_id = (SELECT agency_id FROM filing) AND c.bill_number = b.bill_number
      ORDER BY c.bill_number, c.version DESC),
    current AS (
      SELECT l.* FROM latest l
      WHERE NOT l.cancelled AND EXISTS (SELECT 1 FROM consignment_containers cc
        JOIN touched t ON t.n = cc.container_number WHERE cc.consignment_id = l.id)),
    judged AS (${judged(window)})
    SELECT (SELECT agency_id FROM filing) AS agency_id,
      (SELECT count(*) FROM touched)::int AS containers,
      (SELECT count(DISTINCT cc.container_number) FROM current c
        JOIN consignment_containers cc ON cc.consignment_id = c.id
        JOIN touched t ON t.n = cc.container_number)::int AS carried,
      count(*) FILTER (WHERE NOT assessed)::int AS unscored,
      count(*) FILTER (WHERE assessed AND seen)::int AS up_to_date,
      count(*) FILTER (WHERE assessed AND NOT seen AND NOT open)::int AS decided,
      string_agg(${scoringRowText(sql`j`, sql`j.discharge_at`)}, chr(30) ORDER BY j.bill_number)
        FILTER (WHERE assessed AND NOT seen AND open) AS rows
    FROM judged j`);
  const [row] = rowsOf<TouchedRow>(result);
  const containers = Number(row?.containers ?? 0);
  return {
    agencyId: row?.agency_id ?? undefined,
    containers,
    withoutConsignment: containers - Number(row?.carried ?? 0),
    unscored: Number(row?.unscored ?? 0),
    upToDate: Number(row?.up_to_date ?? 0),
    decided: Number(row?.decided ?? 0),
    due: scoringConsignmentsOf(row?.rows),
  };
}

interface TouchedRow {
  agency_id: string | null;
  containers: number;
  carried: number;
  unscored: number;
  up_to_date: number;
  decided: number;
  rows: string | null;
}

/** Each current version with what decides whether it is due. */
const judged = (w: RescoreWindow) => sql`
  SELECT c.*,
    EXISTS (SELECT 1 FROM assessments a WHERE a.consignment_id = c.id) AS assessed,
    EXISTS (SELECT 1 FROM assessments a WHERE a.consignment_id = c.id
      AND a.assessed_at >= (SELECT received_at FROM filing)
        + ${w.seenAfterMs}::bigint * interval '1 millisecond') AS seen,
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
