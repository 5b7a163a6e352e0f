/**
 * Container events: bulk insert (one `INSERT … SELECT FROM unnest(…)` per chunk, idempotent on
 * the natural key) and history by container number.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { ContainerEvent } from '../../core/cargo/events.ts';
import type { ContainerNumber } from '../../core/identifiers/container-number.ts';
import { rowsOf, type Db } from '../db.ts';
import { containerEvents } from '../schema/events.ts';
import { chunksOf, textArray } from './bulk.ts';

/** Inserts the events, skipping ones already stored; returns how many were new. */
export async function insertContainerEvents(
  db: Db,
  events: readonly ContainerEvent[],
  options: { chunkSize?: number } = {},
): Promise<number> {
  let inserted = 0;
  for (const chunk of chunksOf(events, options.chunkSize ?? 5_000)) {
    inserted += await insertChunk(db, chunk);
  }
  return inserted;
}

async function insertChunk(db: Db, events: readonly ContainerEvent[]): Promise<number> {
  const column = (f: (e: ContainerEvent) => string | undefined) => textArray(events.map(f));
  const result = await db.execute(sql`
    INSERT INTO container_events (event_at, container_number, event_type, classifier, location,
      facility, vessel_imo, voyage_number, source_event_id, document)
    SELECT t.event_at::timestamptz, t.container_number, t.event_type, t.classifier, t.location,
      t.facility, t.vessel_imo, t.voyage_number, t.source_event_id, t.document::jsonb
    FROM unnest(${column((e) => e.eventAt)}::text[], ${column((e) => e.containerNumber)}::text[],
      ${column((e) => e.eventType)}::text[], ${column((e) => e.classifier)}::text[],
      ${column((e) => e.location)}::text[], ${column((e) => e.facility)}::text[],
      ${column((e) => e.transportCall?.vesselImo)}::text[],
      ${column((e) => e.transportCall?.voyageNumber)}::text[],
      ${column((e) => e.sourceEventId ?? '')}::text[], ${column((e) => JSON.stringify(e))}::text[])
      AS t(event_at, container_number, event_type, classifier, location, facility, vessel_imo,
        voyage_number, source_event_id, document)
    ON CONFLICT DO NOTHING
    RETURNING 1`);
  return rowsOf(result).length;
}

/** Inserts one event with its own statement: the slow path, kept as the benchmark's peer. */
export async function insertContainerEvent(db: Db, e: ContainerEvent): Promise<void> {
  await db
    .insert(containerEvents)
    .values({
      eventAt: new Date(e.eventAt),
      containerNumber: e.containerNumber,
      eventType: e.eventType,
      classifier: e.classifier,
      location: e.location ?? null,
      facility: e.facility ?? null,
      vesselImo: e.transportCall?.vesselImo ?? null,
      voyageNumber: e.transportCall?.voyageNumber ?? null,
      sourceEventId: e.sourceEventId ?? '',
      document: e,
    })
    .onConflictDoNothing();
}

/** Every stored event of a container, oldest first. */
export async function listContainerEvents(
  db: Db,
  containerNumber: ContainerNumber,
): Promise<ContainerEvent[]> {
  const rows = await db
    .select({ document: containerEvents.document })
    .from(containerEvents)
    .where(eq(containerEvents.containerNumber, containerNumber))
    .orderBy(asc(containerEvents.eventAt), asc(containerEvents.id));
  return rows.map((r) => r.document as ContainerEvent);
}
