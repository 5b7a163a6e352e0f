/**
 * A call filed for the first time takes what the arrival and departure events stored before it
 * say, as if it had been on file when they came: an event-made call that stands for it (the same
 * voyage at another terminal row, or the transport call's other voyage named by a stored event)
 * gives way to it, then the stored events of its vessel at its port under its voyage (or under
 * its other voyage, when no call is filed under the event's own) are reported to it in the order
 * received: each actual time and each estimate as its sender's report, the last estimate giving
 * the ETA (ETD), else the last plan. Events their sender retracted count for nothing. The events
 * themselves stay as stored.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { settleActualTimes } from './port-call-actuals.repository.ts';
import { settleEstimatedTimes } from './port-call-estimates.repository.ts';
import { notRetracted } from './port-call-times.ts';

export interface NewCallKey {
  readonly vesselImo: string;
  readonly voyageNumber: string;
  readonly port: string;
  readonly terminal: string;
}

/**
 * Inserts the call (filed) with the times the stored events give; returns its id, or undefined
 * when a transaction writing the same call meanwhile inserted it first (and so completed it).
 */
export async function openFiledCall(db: Db, k: NewCallKey, at: Date): Promise<string | undefined> {
  await db.execute(sql`
    DELETE FROM port_calls g
    WHERE NOT g.filed AND g.vessel_imo = ${k.vesselImo} AND g.port = ${k.port}
      AND (g.voyage_number = ${k.voyageNumber} OR EXISTS (SELECT 1 FROM transport_events t
        WHERE t.vessel_imo = g.vessel_imo AND t.location = g.port
          AND (t.voyage_number, t.other_voyage_number) IN
            ((g.voyage_number, ${k.voyageNumber}), (${k.voyageNumber}, g.voyage_number))))`);
  const inserted = await db.execute(sql`
    INSERT INTO port_calls (vessel_imo, voyage_number, port, terminal, updated_at)
    VALUES (${k.vesselImo}, ${k.voyageNumber}, ${k.port}, ${k.terminal},
      ${at.toISOString()}::timestamptz)
    ON CONFLICT DO NOTHING
    RETURNING id::text`);
  const id = rowsOf<{ id: string }>(inserted)[0]?.id;
  if (id === undefined) return undefined;
  await db.execute(sql`
    WITH t AS (
      SELECT t.event_type, t.classifier, t.event_at, t.sender, t.source_event_id,
        row_number() OVER (ORDER BY f.received_at NULLS FIRST, t.event_at, t.id) AS n
      FROM transport_events t LEFT JOIN filings f ON f.id = t.filing_id
      WHERE t.vessel_imo = ${k.vesselImo} AND t.location = ${k.port}
        AND t.classifier IN ('ACT', 'EST', 'PLN')
        AND (t.voyage_number = ${k.voyageNumber} OR t.other_voyage_number = ${k.voyageNumber}
          AND NOT EXISTS (SELECT 1 FROM port_calls c WHERE c.vessel_imo = t.vessel_imo
            AND c.port = t.location AND c.voyage_number = t.voyage_number))
        AND ${notRetracted('t')}
    ), actuals AS (
      INSERT INTO port_call_actuals (call_id, event_type, at, sender, replaces, source_event_id)
      SELECT ${id}::uuid, event_type, event_at, sender, false, source_event_id
      FROM t WHERE classifier = 'ACT' ORDER BY n
    ), estimates AS (
      -- Each estimate replaces and each plan only fills, the last plan recorded first.
      INSERT INTO port_call_estimates (call_id, event_type, at, sender, replaces, source_event_id)
      SELECT ${id}::uuid, event_type, event_at, sender, classifier = 'EST', source_event_id
      FROM t WHERE classifier IN ('EST', 'PLN')
      ORDER BY classifier DESC, CASE WHEN classifier = 'EST' THEN n ELSE -n END
    )
    SELECT 1`);
  await settleEstimatedTimes(db, [id], at);
  await settleActualTimes(db, [id], at);
  return id;
}
