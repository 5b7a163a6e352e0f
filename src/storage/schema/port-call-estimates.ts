/**
 * Every estimated or planned arrival (ARRI) and departure (DEPA) time reported for a vessel call,
 * in the order received (`seq`), from which the call's ETA and ETD are settled (migration 0040):
 * the last report that `replaces` stands (a filing's time, the time on file before this table, or
 * an EST received before the vessel arrived or departed), else the first that only fills a
 * missing time (a PLN, or an EST received after the arrival or departure). A report whose event
 * the sender retracted counts no more; the events themselves stay in `transport_events`.
 */
import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';
import { portCalls } from './vessels.ts';

export const portCallEstimates = pgTable(
  'port_call_estimates',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    callId: uuid('call_id')
      .notNull()
      .references(() => portCalls.id, { onDelete: 'cascade' }),
    eventType: text('event_type').notNull(),
    at: tstz('at').notNull(),
    /** Null when not known (a time on file before migration 0040, a filing outside an intake). */
    sender: text('sender'),
    replaces: boolean('replaces').notNull(),
    /** The sender's event id ('' for a filing's time or an event without one). */
    sourceEventId: text('source_event_id').notNull().default(''),
  },
  (t) => [
    index('port_call_estimates_call_idx').on(t.callId, t.eventType, t.seq),
    index('port_call_estimates_event_idx')
      .on(t.sender, t.sourceEventId)
      .where(sql`${t.sourceEventId} <> ''`),
  ],
);
