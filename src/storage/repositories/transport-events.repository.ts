/** Transport (vessel arrival and departure) events: bulk insert, idempotent; history by vessel. */
import { asc, eq, sql } from 'drizzle-orm';
import type { TransportEvent } from '../../core/cargo/events.ts';
import type { ImoNumber } from '../../core/identifiers/imo-number.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import { rowsOf, type Db } from '../db.ts';
import { transportEvents } from '../schema/events.ts';
import { chunksOf, textArray } from './bulk.ts';

/** Inserts the events, skipping ones already stored; returns how many were new. */
export async function insertTransportEvents(
  db: Db,
  events: readonly TransportEvent[],
): Promise<number> {
  let inserted = 0;
  for (const chunk of chunksOf(events, 5_000)) {
    const column = (f: (e: TransportEvent) => string | undefined) => textArray(chunk.map(f));
    const result = await db.execute(sql`
      INSERT INTO transport_events (event_at, vessel_imo, voyage_number, event_type, classifier,
        location, facility, source_event_id)
      SELECT t.event_at::timestamptz, t.vessel_imo, t.voyage_number, t.event_type, t.classifier,
        t.location, t.facility, t.source_event_id
      FROM unnest(${column((e) => e.eventAt)}::text[], ${column((e) => e.vesselImo)}::text[],
        ${column((e) => e.voyageNumber)}::text[], ${column((e) => e.eventType)}::text[],
        ${column((e) => e.classifier)}::text[], ${column((e) => e.location)}::text[],
        ${column((e) => e.facility)}::text[], ${column((e) => e.sourceEventId ?? '')}::text[])
        AS t(event_at, vessel_imo, voyage_number, event_type, classifier, location, facility,
          source_event_id)
      ON CONFLICT DO NOTHING
      RETURNING 1`);
    inserted += rowsOf(result).length;
  }
  return inserted;
}

/** Every stored event of a vessel, oldest first. */
export async function listTransportEvents(db: Db, imo: ImoNumber): Promise<TransportEvent[]> {
  const rows = await db
    .select({
      eventType: transportEvents.eventType,
      classifier: transportEvents.classifier,
      vesselImo: transportEvents.vesselImo,
      voyageNumber: transportEvents.voyageNumber,
      location: transportEvents.location,
      facility: transportEvents.facility,
      eventAt: transportEvents.eventAt,
      sourceEventId: transportEvents.sourceEventId,
    })
    .from(transportEvents)
    .where(eq(transportEvents.vesselImo, imo))
    .orderBy(asc(transportEvents.eventAt));
  return rows.map((r) => ({
    eventType: r.eventType as TransportEvent['eventType'],
    classifier: r.classifier as TransportEvent['classifier'],
    vesselImo: r.vesselImo as ImoNumber,
    location: r.location as UnLocode,
    eventAt: r.eventAt.toISOString(),
    ...(r.voyageNumber !== null ? { voyageNumber: r.voyageNumber } : {}),
    ...(r.facility !== null ? { facility: r.facility } : {}),
    ...(r.sourceEventId !== '' ? { sourceEventId: r.sourceEventId } : {}),
  }));
}
