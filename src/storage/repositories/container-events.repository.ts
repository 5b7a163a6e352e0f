/**
 * Container events: bulk insert (one `INSERT … SELECT FROM unnest(…)` per chunk, idempotent on
 * the natural key, which includes the sender) and history by container number, each row with the
 * filing that reported it and whether its sender retracted it (a retracted event stays stored).
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { ContainerEvent } from '../../core/cargo/events.ts';
import type { ContainerNumber } from '../../core/identifiers/container-number.ts';
import { rowsOf, type Db } from '../db.ts';
import { containerEvents } from '../schema/events.ts';
import { filings } from '../schema/filings.ts';
import { senders } from '../schema/intake.ts';
import { chunksOf, textArray } from './bulk.ts';

/**
 * Inserts the events, skipping ones the same sender already reported; returns how many were new.
 * With a filing, each row takes that filing's sender (read in the statement, so a row's sender is
 * always its filing's); without one, the sender is ''.
 */
export async function insertContainerEvents(
  db: Db,
  events: readonly ContainerEvent[],
  options: { chunkSize?: number; filingId?: string } = {},
): Promise<number> {
  let inserted = 0;
  for (const chunk of chunksOf(events, options.chunkSize ?? 5_000)) {
    inserted += await insertChunk(db, chunk, options.filingId ?? null);
  }
  return inserted;
}

async function insertChunk(
  db: Db,
  events: readonly ContainerEvent[],
  filingId: string | null,
): Promise<number> {
  const column = (f: (e: ContainerEvent) => string | undefined) => textArray(events.map(f));
  const result = await db.execute(sql`
    INSERT INTO container_events (event_at, container_number, event_type, classifier, location,
      facility, vessel_imo, voyage_number, source_event_id, document, filing_id, sender)
    SELECT t.event_at::timestamptz, t.container_number, t.event_type, t.classifier, t.location,
      t.facility, t.vessel_imo, t.voyage_number, t.source_event_id, t.document::jsonb,
      ${filingId}::uuid,
      coalesce((SELECT f.sender FROM filings f WHERE f.id = ${filingId}::uuid LIMIT 1), '')
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

/** A stored container event with the filing version that reported it, where one is recorded. */
export interface StoredContainerEvent {
  /** The row's id: one sender's report of the event. */
  readonly id: string;
  readonly event: ContainerEvent;
  /** Its sender retracted it (DCSA `isRetracted`, `event_retractions`): it counts no more. */
  readonly retracted?: true;
  readonly filing?: {
    readonly id: string;
    /** The agency the filing was received for. */
    readonly agencyId: string;
    readonly messageType: string;
    readonly format: string;
    /** The sender's id, with its registered name and kind where the sender is still known. */
    readonly sender: string;
    readonly senderName?: string;
    readonly senderKind?: string;
    readonly receivedAt: string;
  };
}

/** Every stored event of a container with its reporting filing, oldest first. */
export async function listContainerEventReports(
  db: Db,
  containerNumber: ContainerNumber,
): Promise<StoredContainerEvent[]> {
  const rows = await db
    .select({
      id: containerEvents.id,
      document: containerEvents.document,
      filing: {
        id: filings.id,
        agencyId: filings.agencyId,
        messageType: filings.messageType,
        format: filings.format,
        sender: filings.sender,
        receivedAt: filings.receivedAt,
      },
      senderName: senders.name,
      senderKind: senders.kind,
      retracted: sql<boolean>`${containerEvents.sourceEventId} <> '' AND EXISTS (
        SELECT 1 FROM event_retractions x WHERE x.sender = ${containerEvents.sender}
          AND x.source_event_id = ${containerEvents.sourceEventId})`,
    })
    .from(containerEvents)
    .leftJoin(filings, eq(filings.id, containerEvents.filingId))
    .leftJoin(senders, sql`${senders.id}::text = ${filings.sender}`)
    .where(eq(containerEvents.containerNumber, containerNumber))
    .orderBy(asc(containerEvents.eventAt), asc(containerEvents.id));
  return rows.map(({ id, document, filing, senderName, senderKind, retracted }) => ({
    id,
    event: document as ContainerEvent,
    ...(retracted ? { retracted: true as const } : {}),
    ...(filing
      ? {
          filing: {
            ...filing,
            ...(senderName === null ? {} : { senderName }),
            ...(senderKind === null ? {} : { senderKind }),
            receivedAt: filing.receivedAt.toISOString(),
          },
        }
      : {}),
  }));
}
