/**
 * Container (equipment) and transport events. Each is keyed by its time first so the tables can
 * be range-partitioned by event_at and distributed by Citus later (not done yet). The natural
 * unique key (including event_at) makes re-ingesting the same events idempotent. An event's key
 * includes its sender (container events: migration 0032; transport events: 0037): a move or a
 * vessel arrival reported by two senders (a terminal's message and a carrier's DCSA event) is two
 * rows, each with its own filing, even when the two reports are identical;
 * `src/core/cargo/container-moves.ts` groups container events on read, and a vessel's transport
 * events are read once per distinct report.
 */
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const containerEvents = pgTable(
  'container_events',
  {
    id: uuid('id').notNull().defaultRandom(),
    eventAt: tstz('event_at').notNull(),
    containerNumber: text('container_number').notNull(),
    eventType: text('event_type').notNull(),
    classifier: text('classifier').notNull(),
    location: text('location'),
    facility: text('facility'),
    vesselImo: text('vessel_imo'),
    voyageNumber: text('voyage_number'),
    /** '' when the sender gave no id of its own. */
    sourceEventId: text('source_event_id').notNull().default(''),
    document: jsonb('document').notNull(),
    /**
     * The filing version whose message reported it (its sender, message type and received time);
     * null for rows stored before migration 0027 and for events stored outside an intake.
     */
    filingId: uuid('filing_id'),
    /**
     * The sender of that filing (`filings.sender`), part of the natural key so that two senders'
     * identical reports are both kept while one sender's resend is not; '' for events stored
     * without a filing (migration 0032 filled it in for the rows stored before it).
     */
    sender: text('sender').notNull().default(''),
    /**
     * What scoring reads of the document, kept beside it by the engine (migration 0030): the
     * time as sent (with the sender's offset) and the seals as JSON text, null when none. Reading
     * them out of 60,000 documents for a vessel call cost more than the rest of the read.
     */
    sentAt: text('sent_at').generatedAlwaysAs(sql`(document ->> 'eventAt')`),
    seals: text('seals').generatedAlwaysAs(sql`((document -> 'seals')::text)`),
  },
  (t) => [
    primaryKey({ columns: [t.eventAt, t.id] }),
    uniqueIndex('container_events_natural_uq').on(
      t.eventAt,
      t.containerNumber,
      t.eventType,
      t.classifier,
      t.sourceEventId,
      t.sender,
    ),
    index('container_events_container_idx').on(t.containerNumber, t.eventAt),
    // An event filing's scoring job reads the containers the filing reported (migration 0036).
    index('container_events_filing_idx').on(t.filingId),
    // A retraction's scoring job finds the sender's events it retracts (migration 0041).
    index('container_events_event_idx')
      .on(t.sender, t.sourceEventId)
      .where(sql`${t.sourceEventId} <> ''`),
  ],
);

export const transportEvents = pgTable(
  'transport_events',
  {
    id: uuid('id').notNull().defaultRandom(),
    eventAt: tstz('event_at').notNull(),
    vesselImo: text('vessel_imo').notNull(),
    voyageNumber: text('voyage_number'),
    /** The transport call's voyage in the other direction, when it differs (migration 0035). */
    otherVoyageNumber: text('other_voyage_number'),
    eventType: text('event_type').notNull(),
    classifier: text('classifier').notNull(),
    location: text('location').notNull(),
    facility: text('facility'),
    sourceEventId: text('source_event_id').notNull().default(''),
    /**
     * The filing version whose message reported it; null for rows stored before migration 0037
     * and for events stored outside an intake.
     */
    filingId: uuid('filing_id'),
    /**
     * The sender of that filing, part of the natural key as for container events; '' for events
     * stored without a filing, among them every row stored before migration 0037 (whose sender is
     * not known). A row with '' stands for any sender's identical report, which is not stored again.
     */
    sender: text('sender').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.eventAt, t.id] }),
    uniqueIndex('transport_events_natural_uq').on(
      t.eventAt,
      t.vesselImo,
      t.location,
      t.eventType,
      t.classifier,
      t.sourceEventId,
      t.sender,
    ),
    index('transport_events_vessel_idx').on(t.vesselImo, t.eventAt),
  ],
);
