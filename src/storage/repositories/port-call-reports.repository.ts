/**
 * A vessel call's times from the arrival and departure reports (transport events) of one
 * submission, in one statement: the events are matched to the calls of their vessel at their
 * port filed under the event's voyage or, when there is none, under the transport call's other
 * voyage; per call the last report of each kind in the submission's order counts. ACT sets the ATA (ATD) when the call has none, or
 * when the same sender set it (its correction); another sender's actual report does not move it.
 * EST sets the ETA (ETD) unless the vessel has already arrived (departed) and the call has an
 * ETA (ETD): the carrier's latest estimate is the best one an officer has, and after arrival the
 * last ETA stays to show how late the vessel was. PLN only fills a call without an ETA (ETD). REQ
 * and events without a voyage set nothing. A call whose times would not change is not written.
 */
import { sql } from 'drizzle-orm';
import type { TransportEvent } from '../../core/cargo/events.ts';
import { rowsOf, type Db } from '../db.ts';
import { textArray } from './bulk.ts';

export interface PortCallReports {
  /** The submission's sender: who reported these events. */
  readonly sender: string;
  /** Events never stored before (a resend moves nothing), in the order the sender gave them. */
  readonly events: readonly TransportEvent[];
  readonly at: Date;
}

/** The time of the last report of this type and classifier for the call (null without one). */
const last = (type: 'ARRI' | 'DEPA', classifier: 'ACT' | 'EST' | 'PLN') =>
  sql.raw(`(array_agg(e.event_at ORDER BY e.n DESC)
    FILTER (WHERE e.event_type = '${type}' AND e.classifier = '${classifier}'))[1]`);

/** Sets the times the reports give to the calls they match; returns how many calls changed. */
export async function applyPortCallReports(db: Db, r: PortCallReports): Promise<number> {
  const events = r.events.filter((e) => e.voyageNumber !== undefined && e.classifier !== 'REQ');
  if (events.length === 0) return 0;
  const column = (f: (e: TransportEvent) => string | undefined) => textArray(events.map(f));
  const result = await db.execute(sql`
    WITH e AS (
      SELECT e.event_type, e.classifier, e.vessel_imo, e.voyage, e.other_voyage, e.port,
        e.event_at::timestamptz AS event_at, e.n
      FROM unnest(${column((e) => e.eventType)}::text[], ${column((e) => e.classifier)}::text[],
        ${column((e) => e.vesselImo)}::text[], ${column((e) => e.voyageNumber)}::text[],
        ${column((e) => e.otherVoyageNumber)}::text[], ${column((e) => e.location)}::text[],
        ${column((e) => e.eventAt)}::text[])
        WITH ORDINALITY AS e(event_type, classifier, vessel_imo, voyage, other_voyage, port,
          event_at, n)
    ), matched AS (
      -- Each report with its call, locked and read as committed: a filing writing the same call
      -- meanwhile is not undone.
      SELECT c.id, c.ata, c.ata_sender, c.atd, c.atd_sender, c.eta, c.etd,
        e.event_type, e.classifier, e.event_at, e.n, c.voyage_number = e.voyage AS own
      FROM e JOIN port_calls c ON c.vessel_imo = e.vessel_imo AND c.port = e.port
        AND c.voyage_number IN (e.voyage, e.other_voyage)
      FOR UPDATE OF c
    ), best AS (
      -- The other voyage only when no call has the event's own (a service calling the port on
      -- both legs files one call under each).
      SELECT * FROM matched m
      WHERE m.own OR NOT EXISTS (SELECT 1 FROM matched o WHERE o.n = m.n AND o.own)
    ), reported AS (
      SELECT id, ata, ata_sender, atd, atd_sender, eta, etd,
        ${last('ARRI', 'ACT')} AS act_arrival, ${last('DEPA', 'ACT')} AS act_departure,
        ${last('ARRI', 'EST')} AS est_arrival, ${last('DEPA', 'EST')} AS est_departure,
        ${last('ARRI', 'PLN')} AS pln_arrival, ${last('DEPA', 'PLN')} AS pln_departure
      FROM best e
      GROUP BY id, ata, ata_sender, atd, atd_sender, eta, etd
    ), taken AS (
      SELECT r.*,
        act_arrival IS NOT NULL AND (ata IS NULL OR ata_sender = ${r.sender}) AS take_ata,
        act_departure IS NOT NULL AND (atd IS NULL OR atd_sender = ${r.sender}) AS take_atd,
        (eta IS NULL OR ata IS NULL AND act_arrival IS NULL) AS take_est_arrival,
        (etd IS NULL OR atd IS NULL AND act_departure IS NULL) AS take_est_departure
      FROM reported r
    ), next AS (
      SELECT id,
        CASE WHEN take_ata THEN act_arrival ELSE ata END AS ata,
        CASE WHEN take_ata THEN ${r.sender} ELSE ata_sender END AS ata_sender,
        CASE WHEN take_atd THEN act_departure ELSE atd END AS atd,
        CASE WHEN take_atd THEN ${r.sender} ELSE atd_sender END AS atd_sender,
        CASE WHEN take_est_arrival THEN coalesce(est_arrival, eta, pln_arrival)
          ELSE eta END AS eta,
        CASE WHEN take_est_departure THEN coalesce(est_departure, etd, pln_departure)
          ELSE etd END AS etd
      FROM taken
    )
    UPDATE port_calls c
    SET ata = n.ata, ata_sender = n.ata_sender, atd = n.atd, atd_sender = n.atd_sender,
      eta = n.eta, etd = n.etd, updated_at = ${r.at.toISOString()}::timestamptz
    FROM next n
    WHERE c.id = n.id AND (c.ata, c.ata_sender, c.atd, c.atd_sender, c.eta, c.etd)
      IS DISTINCT FROM (n.ata, n.ata_sender, n.atd, n.atd_sender, n.eta, n.etd)
    RETURNING 1`);
  return rowsOf(result).length;
}
