/**
 * Quarantine: records that failed validation, kept with the reason and their position in the
 * source so an operator can fix and reprocess them, or discard them.
 */
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const quarantine = pgTable(
  'quarantine',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    rawMessageId: uuid('raw_message_id'),
    filingId: uuid('filing_id'),
    recordKind: text('record_kind').notNull(),
    reason: text('reason').notNull(),
    diagnostics: jsonb('diagnostics').notNull(),
    position: jsonb('position'),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull().default('open'),
    createdAt: tstz('created_at').notNull(),
    resolvedAt: tstz('resolved_at'),
    resolvedBy: text('resolved_by'),
  },
  (t) => [index('quarantine_status_idx').on(t.agencyId, t.status, t.createdAt)],
);
