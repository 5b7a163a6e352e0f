/**
 * Retractions of events a sender reported (DCSA Track & Trace 3.0 `isRetracted`): the sender's
 * event id is void, every report of it before or after. Kept as received, once per sender and
 * event id, with the filing version that carried it (migration 0038); the retracted events stay
 * stored as they were.
 */
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const eventRetractions = pgTable(
  'event_retractions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sender: text('sender').notNull(),
    sourceEventId: text('source_event_id').notNull(),
    filingId: uuid('filing_id'),
    receivedAt: tstz('received_at').notNull(),
  },
  (t) => [
    uniqueIndex('event_retractions_event_uq').on(t.sender, t.sourceEventId),
    // A retraction's scoring job reads the retractions its filing carried (migration 0041).
    index('event_retractions_filing_idx').on(t.filingId),
  ],
);
