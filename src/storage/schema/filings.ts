/**
 * Filings: append-only versions of what a sender filed with an agency under one key (sender +
 * message type + document number). An amendment or a cancellation is a new version, never an
 * overwrite.
 *
 * Scale-out: the primary key is (received_at, id) so the table can be range-partitioned by
 * received_at and distributed by Citus later. Not done yet: partitioning itself, and the
 * (agency_id, filing_key, version) unique index is global here; a partitioned table would need
 * received_at in it, with the version check done by the append path alone.
 */
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const filings = pgTable(
  'filings',
  {
    id: uuid('id').notNull().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    filingKey: text('filing_key').notNull(),
    version: integer('version').notNull(),
    function: text('function').notNull(),
    messageType: text('message_type').notNull(),
    format: text('format').notNull(),
    sender: text('sender').notNull(),
    documentNumber: text('document_number').notNull(),
    rawMessageId: uuid('raw_message_id'),
    status: text('status').notNull(),
    diagnostics: jsonb('diagnostics').notNull(),
    receivedAt: tstz('received_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.receivedAt, t.id] }),
    uniqueIndex('filings_key_version_uq').on(t.agencyId, t.filingKey, t.version),
    index('filings_id_idx').on(t.id),
    index('filings_raw_message_idx').on(t.rawMessageId),
  ],
);
