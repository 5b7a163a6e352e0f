/**
 * Transport (vessel arrival and departure) events: bulk insert, idempotent on the natural key,
 * which includes the sender; history by vessel, one event per distinct report.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { TransportEvent } from '../../core/cargo/events.ts';
import type { ImoNumber } from '../../core/identifiers/imo-number.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import { rowsOf, type Db } from '../db.ts';
import { transportEvents } from '../schema/events.ts';
import { chunksOf, textArray } from './bulk.ts';

/**
 * Inserts the events, skipping ones the same sender already reported; returns the ones that were
 * new, in input order (an event given twice once), so that only a report never seen before moves
 * a call's times. With a filing, each row takes that filing's sender (read in the statement);
 * without one, the sender is ''. A stored row without a sender (stored before migration 0037, or
 * outside an intake) matches every sender's identical report, which is skipped too.
 */
export async function insertTransportEvents(
  db: Db,
  events: readonly TransportEvent[],
  options: { filingId?: string } = {},
): Promise<TransportEvent[]> {
  const stored: TransportEvent[] = [];
  for (const chunk of chunksOf(events, 5_000)) {
    for (const n of await insertChunk(db, chunk, options.filingId ?? null)) {
      stored.push(chunk[n - 1] as TransportEvent);
    }
  }
  return stored;
}

/** Inserts one chunk; returns the 1-based positions of the events stored, each report once. */
async function insertChunk(
  db: Db,
  chunk: readonly TransportEvent[],
  filingId: string | null,
): Promise<number[]> {
  const column = (f: (e: TransportEvent) => string | undefined) => textArray(chunk.map(f));
  const result = await db.execute(sql`
    WITH t AS (
      SELECT t.event_at::timestamptz AS event_at, t.vessel_imo, t.voyage_number,
        t.other_voyage_number, t.event_type, t.classifier, t.location, t.facility,
        t.source_event_id, t.n
      FROM unnest(${column((e) => e.eventAt)}::text[], ${column((e) => e.vesselImo)}::text[],
        ${column((e) => e.voyageNumber)}::text[], ${column((e) => e.otherVoyageNumber)}::text[],
        ${column((e) => e.eventType)}::text[], ${column((e) => e.classifier)}::text[],
        ${column((e) => e.location)}::text[], ${column((e) => e.facility)}::text[],
        ${column((e) => e.sourceEventId ?? '')}::text[])
        WITH ORDINALITY AS t(event_at, vessel_imo, voyage_number, other_voyage_number,
          event_type, classifier, location, facility, source_event_id, n)
    ), inserted AS (
      INSERT INTO transport_events (event_at, vessel_imo, voyage_number, other_voyage_number,
        event_type, classifier, location, facility, source_event_id, filing_id, sender)
      SELECT event_at, vessel_imo, voyage_number, other_voyage_number, event_type, classifier,
        location, facility, source_event_id, ${filingId}::uuid,
        coalesce((SELECT f.sender FROM filings f WHERE f.id = ${filingId}::uuid LIMIT 1), '')
      FROM t
      WHERE NOT EXISTS (SELECT 1 FROM transport_events o
        WHERE o.event_at = t.event_at AND o.vessel_imo = t.vessel_imo AND o.location = t.location
          AND o.event_type = t.event_type AND o.classifier = t.classifier
          AND o.source_event_id = t.source_event_id AND o.sender = '')
      ON CONFLICT DO NOTHING
      RETURNING event_at, vessel_imo, location, event_type, classifier, source_event_id
    )
    SELECT min(t.n)::int AS n
    FROM inserted JOIN t USING (event_at, vessel_imo, location, event_type, classifier,
      source_event_id)
    GROUP BY inserted.event_at, inserted.vessel_imo, inserted.location, inserted.event_type,
      inserted.classifier, inserted.source_event_id
    ORDER BY 1`);
  return rowsOf<{ n: number }>(result).map((r) => r.n);
}

/**
 * Every stored event of a vessel, oldest first: one arrival reported alike by two senders (two
 * rows) is one event.
 */
export async function listTransportEvents(db: Db, imo: ImoNumber): Promise<TransportEvent[]> {
  const rows = await db
    .selectDistinct({
      eventType: transportEvents.eventType,
      classifier: transportEvents.classifier,
      vesselImo: transportEvents.vesselImo,
      voyageNumber: transportEvents.voyageNumber,
      otherVoyageNumber: transportEvents.otherVoyageNumber,
      location: transportEvents.location,
      facility: transportEvents.facility,
      eventAt: transportEvents.eventAt,
      sourceEventId: transportEvents.sourceEventId,
    })
    .from(transportEvents)
    .where(eq(transportEvents.vesselImo, imo))
    .orderBy(
      asc(transportEvents.eventAt),
      asc(transportEvents.eventType),
      asc(transportEvents.classifier),
      asc(transportEvents.location),
    );
  return rows.map((r) => ({
    eventType: r.eventType as TransportEvent['eventType'],
    classifier: r.classifier as TransportEvent['classifier'],
    vesselImo: r.vesselImo as ImoNumber,
    location: r.location as UnLocode,
    eventAt: r.eventAt.toISOString(),
    ...(r.voyageNumber !== null ? { voyageNumber: r.voyageNumber } : {}),
    ...(r.otherVoyageNumber !== null ? { otherVoyageNumber: r.otherVoyageNumber } : {}),
    ...(r.facility !== null ? { facility: r.facility } : {}),
    ...(r.sourceEventId !== '' ? { sourceEventId: r.sourceEventId } : {}),
  }));
}
