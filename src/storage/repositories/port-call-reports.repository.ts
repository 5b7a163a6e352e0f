/**
 * A vessel call's times from the arrival and departure reports (transport events) of one
 * submission: the events are matched to the calls of their vessel at their port filed under the
 * event's voyage or, when there is none, under the transport call's other voyage. An actual report
 * (ACT) at one of the agency's home ports that matches no call makes one, under its own voyage and
 * not filed, so that the board shows a vessel arrived before any message carrying its call; it is
 * recorded for each call it matches, whose ATA (ATD) is then settled from its reports
 * (`port-call-actuals.repository.ts`). Estimates (EST) and plans (PLN) are recorded likewise and
 * the ETA (ETD) settled from them (`port-call-estimates.repository.ts`): EST sets the ETA (ETD)
 * unless the vessel has already arrived (departed) and the call has an ETA (ETD): the carrier's
 * latest estimate is the best one an officer has, and after arrival the last ETA stays to show
 * how late the vessel was. PLN only fills a call without an ETA (ETD); of a submission's reports
 * the last of each kind counts. REQ and events without a voyage set nothing; an event its sender
 * retracted sets nothing, and a retraction of one that set a time falls back to the reports left.
 * A call whose times would not change is not written.
 */
import { sql } from 'drizzle-orm';
import type { TransportEvent } from '../../core/cargo/events.ts';
import { rowsOf, type Db } from '../db.ts';
import { textArray } from './bulk.ts';
import { settleActualTimes } from './port-call-actuals.repository.ts';
import { settleEstimatedTimes } from './port-call-estimates.repository.ts';

export interface PortCallReports {
  /** The agency the submission was made to: its home ports are where events make calls. */
  readonly agencyId: string;
  /** The submission's sender: who reported these events. */
  readonly sender: string;
  /** Events never stored before (a resend moves nothing), in the order the sender gave them. */
  readonly events: readonly TransportEvent[];
  readonly at: Date;
}

/** Sets the times the reports give to the calls they match; returns how many calls changed. */
export async function applyPortCallReports(db: Db, r: PortCallReports): Promise<number> {
  const events = r.events.filter((e) => e.voyageNumber !== undefined && e.classifier !== 'REQ');
  if (events.length === 0) return 0;
  const column = (f: (e: TransportEvent) => string | undefined) => textArray(events.map(f));
  const reports = sql`(
    SELECT e.event_type, e.classifier, e.vessel_imo, e.voyage, e.other_voyage, e.port,
      e.event_at::timestamptz AS event_at, e.source_event_id, e.n
    FROM unnest(${column((e) => e.eventType)}::text[], ${column((e) => e.classifier)}::text[],
      ${column((e) => e.vesselImo)}::text[], ${column((e) => e.voyageNumber)}::text[],
      ${column((e) => e.otherVoyageNumber)}::text[], ${column((e) => e.location)}::text[],
      ${column((e) => e.eventAt)}::text[], ${column((e) => e.sourceEventId ?? '')}::text[])
      WITH ORDINALITY AS e(event_type, classifier, vessel_imo, voyage, other_voyage, port,
        event_at, source_event_id, n)
    WHERE NOT EXISTS (SELECT 1 FROM event_retractions x
      WHERE e.source_event_id <> '' AND x.sender = ${r.sender}
        AND x.source_event_id = e.source_event_id))`;
  const created = await createReportedCalls(db, reports, r);
  const result = await db.execute(sql`
    WITH e AS ${reports}, matched AS (
      -- Each report with its call, locked and read as committed: a filing writing the same call
      -- meanwhile is not undone.
      SELECT c.id, c.ata, c.atd, e.event_type, e.classifier, e.event_at,
        e.source_event_id, e.n, c.voyage_number = e.voyage AS own
      FROM e JOIN port_calls c ON c.vessel_imo = e.vessel_imo AND c.port = e.port
        AND c.voyage_number IN (e.voyage, e.other_voyage)
      FOR UPDATE OF c
    ), best AS (
      -- The other voyage only when no call has the event's own (a service calling the port on
      -- both legs files one call under each).
      SELECT * FROM matched m
      WHERE m.own OR NOT EXISTS (SELECT 1 FROM matched o WHERE o.n = m.n AND o.own)
    ), actuals AS (
      INSERT INTO port_call_actuals (call_id, event_type, at, sender, replaces, source_event_id)
      SELECT id, event_type, event_at, ${r.sender}, false, source_event_id
      FROM best WHERE classifier = 'ACT'
      ORDER BY n, id
      RETURNING call_id
    ), arrived AS (
      -- Whether the vessel had arrived (departed) when the reports came: the call's time on file
      -- or an actual report in this submission.
      SELECT id, ata IS NOT NULL OR bool_or(event_type = 'ARRI' AND classifier = 'ACT') AS arri,
        atd IS NOT NULL OR bool_or(event_type = 'DEPA' AND classifier = 'ACT') AS depa
      FROM best GROUP BY id, ata, atd
    ), estimated AS (
      SELECT b.id, b.event_type, b.classifier, b.event_at, b.source_event_id, b.n,
        b.classifier = 'EST'
          AND NOT CASE b.event_type WHEN 'ARRI' THEN a.arri ELSE a.depa END AS replaces
      FROM best b JOIN arrived a USING (id)
      WHERE b.classifier IN ('EST', 'PLN')
    ), estimates AS (
      -- In the submission's order the last EST that replaces stands; of those that only fill,
      -- the last EST, else the last PLN, is recorded first.
      INSERT INTO port_call_estimates (call_id, event_type, at, sender, replaces, source_event_id)
      SELECT id, event_type, event_at, ${r.sender}, replaces, source_event_id
      FROM estimated
      ORDER BY id, replaces, classifier, CASE WHEN replaces THEN n ELSE -n END
      RETURNING call_id
    )
    SELECT DISTINCT call_id::text AS id, true AS actual FROM actuals
    UNION SELECT call_id::text, false FROM estimates`);
  const rows = rowsOf<{ id: string; actual: boolean }>(result);
  const ids = (actual: boolean) => rows.filter((x) => x.actual === actual).map((x) => x.id);
  const timed = await settleEstimatedTimes(db, ids(false), r.at);
  const settled = await settleActualTimes(db, ids(true), r.at);
  return new Set([...created, ...timed, ...settled]).size;
}

/**
 * Makes the calls the actual reports at the agency's home ports stand for when no call of their
 * vessel at their port is filed under either voyage of theirs: one per transport call, under the
 * voyage of its first report (a later report naming that voyage as its other one is the same call).
 * Returns the ids of the calls made.
 */
async function createReportedCalls(db: Db, reports: ReturnType<typeof sql>, r: PortCallReports) {
  const result = await db.execute(sql`
    WITH e AS (
      SELECT * FROM ${reports} e
      WHERE e.classifier = 'ACT'
        AND e.port IN (SELECT s.port FROM scanners s WHERE s.agency_id = ${r.agencyId})
        AND NOT EXISTS (SELECT 1 FROM port_calls c WHERE c.vessel_imo = e.vessel_imo
          AND c.port = e.port AND c.voyage_number IN (e.voyage, e.other_voyage))
    )
    INSERT INTO port_calls (vessel_imo, voyage_number, port, filed, updated_at)
    SELECT DISTINCT vessel_imo, voyage, port, false, ${r.at.toISOString()}::timestamptz
    FROM e
    WHERE NOT EXISTS (SELECT 1 FROM e o WHERE o.n < e.n AND o.vessel_imo = e.vessel_imo
      AND o.port = e.port AND o.voyage IN (e.voyage, e.other_voyage))
    ON CONFLICT DO NOTHING
    RETURNING id::text`);
  return rowsOf<{ id: string }>(result).map((x) => x.id);
}
