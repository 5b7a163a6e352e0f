/**
 * Raw inbound messages, kept byte for byte with their SHA-256, so nothing a sender sent is lost.
 * (agency, sender, sha256) is unique: submitting the same bytes twice is idempotent. A large
 * message is stored in chunks (`raw_message_chunks`, in order) with an empty `bytes`, so neither
 * engine ever holds it as one value.
 */
import { integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, tstz } from './columns.ts';

export const rawMessages = pgTable(
  'raw_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    sender: text('sender').notNull(),
    receivedAt: tstz('received_at').notNull(),
    contentType: text('content_type').notNull(),
    filename: text('filename'),
    bytes: bytea('bytes').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
  },
  (t) => [uniqueIndex('raw_messages_sender_sha256_uq').on(t.agencyId, t.sender, t.sha256)],
);

export const rawMessageChunks = pgTable(
  'raw_message_chunks',
  {
    rawMessageId: uuid('raw_message_id')
      .notNull()
      .references(() => rawMessages.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.rawMessageId, t.seq] })],
);
