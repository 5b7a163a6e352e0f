/**
 * Container events: bulk insert (one `INSERT … SELECT FROM jsonb_array_elements(…)` per chunk,
 * idempotent on the natural key) and history by container number.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { ContainerEvent } from '../../core/cargo/events.ts';
import type { ContainerNumber } from '../../core/identifiers/container-number.ts';
import { rowsOf, type Db } from '../db.ts';
import { containerEvents } from '../schema/events.ts';
import { chunksOf, jsonRows } from './bulk.ts';

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
  const result = await db.execute(sql`
    INSERT INTO container_events (event_at, container_number, event_type, classifier, location,
      facility, vessel_imo, voyage_number, source_event_id, document)
    SELECT (e->>'eventAt')::timestamptz, e->>'containerNumber', e->>'eventType',
      e->>'classifier', e->>'location', e->>'facility', e->'transportCall'->>'vesselImo',
      e->'transportCall'->>'voyageNumber', coalesce(e->>'sourceEventId', ''), e
    FROM jsonb_array_elements(${jsonRows(events)}) AS e
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
