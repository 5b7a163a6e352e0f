/**
 * A vessel call's times from the arrival and departure reports (transport events) of one
 * submission: the events are matched to the calls of their vessel at their port filed under the
 * event's voyage or, when there is none, under the transport call's other voyage. An actual report
 * (ACT) at one of the agency's home ports that matches no call makes one, under its own voyage and
 * not filed, so that the board shows a vessel arrived before any message carrying its call; it is
 * recorded for each call it matches, whose ATA (ATD) is then settled from its reports
 * (`port-call-actuals.repository.ts`). Per call the last estimate of each kind in the
 * submission's order counts: EST sets the ETA (ETD) unless the vessel has already arrived
 * (departed) and the call has an ETA (ETD): the carrier's latest estimate is the best one an
 * officer has, and after arrival the last ETA stays to show how late the vessel was. PLN only
 * fills a call without an ETA (ETD). REQ, events without a voyage, and events their sender
 * retracted set nothing. A call whose times would not change is not written.
 */
import { sql } from 'drizzle-orm';
import type { TransportEvent } from '../../core/cargo/events.ts';
import { rowsOf, type Db } from '../db.ts';
import { textArray } from './bulk.ts';
import { settleActualTimes } from './port-call-actuals.repository.ts';

export interface PortCallReports {
  /** The agency the submission was made to: its home ports are where events make calls. */
  readonly agencyId: string;
  /** The submission's sender: who reported these events. */
  readonly sender: string;
  /** Events never stored before (a resend moves nothing), in the order the sender gave them. */
  readonly events: readonly TransportEvent[];
  readonly at: Date;
}

/** The time of the last report of this type and classifier for the call (null without one). */
const last = (type: 'ARRI' | 'DEPA', classifier: 'EST' | 'PLN') =>
  sql.raw(`(array_agg(e.event_at ORDER BY e.n DESC)
    FILTER (WHERE e.event_type = '${type}' AND e.classifier = '${classifier}'))[1]`);

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
      SELECT c.id, c.ata, c.atd, c.eta, c.etd, e.event_type, e.classifier, e.event_at,
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
    ), reported AS (
      SELECT id, ata, atd, eta, etd,
        bool_or(event_type = 'ARRI' AND classifier = 'ACT') AS act_arrival,
        bool_or(event_type = 'DEPA' AND classifier = 'ACT') AS act_departure,
        ${last('ARRI', 'EST')} AS est_arrival, ${last('DEPA', 'EST')} AS est_departure,
        ${last('ARRI', 'PLN')} AS pln_arrival, ${last('DEPA', 'PLN')} AS pln_departure
      FROM best e
      GROUP BY id, ata, atd, eta, etd
    ), next AS (
      SELECT id,
        CASE WHEN eta IS NULL OR ata IS NULL AND NOT act_arrival
          THEN coalesce(est_arrival, eta, pln_arrival) ELSE eta END AS eta,
        CASE WHEN etd IS NULL OR atd IS NULL AND NOT act_departure
          THEN coalesce(est_departure, etd, pln_departure) ELSE etd END AS etd
      FROM reported
    ), timed AS (
      UPDATE port_calls c
      SET eta = n.eta, etd = n.etd, updated_at = ${r.at.toISOString()}::timestamptz
      FROM next n
      WHERE c.id = n.id AND (c.eta, c.etd) IS DISTINCT FROM (n.eta, n.etd)
      RETURNING c.id
    )
    SELECT DISTINCT call_id::text AS id, true AS actual FROM actuals
    UNION ALL SELECT id::text, false FROM timed`);
  const rows = rowsOf<{ id: string; actual: boolean }>(result);
  const settled = await settleActualTimes(
    db,
    rows.filter((x) => x.actual).map((x) => x.id),
    r.at,
  );
  const timed = rows.filter((x) => !x.actual).map((x) => x.id);
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
