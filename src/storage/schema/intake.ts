/**
 * Intake: the carriers and terminals that send cargo data (senders), their API keys (only a
 * SHA-256 of each key is kept, with a short prefix to find it), every submission with the
 * acknowledgement it received (so a resubmission gets the same answer), and equipment reported
 * outside a consignment (BAPLIE stowage plans) per filing.
 */
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const senders = pgTable(
  'senders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    policy: jsonb('policy').notNull(),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [uniqueIndex('senders_agency_name_uq').on(t.agencyId, t.name)],
);

export const senderApiKeys = pgTable(
  'sender_api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => senders.id, { onDelete: 'cascade' }),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    scope: text('scope').notNull(),
    expiresAt: tstz('expires_at'),
    revokedAt: tstz('revoked_at'),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [uniqueIndex('sender_api_keys_prefix_uq').on(t.prefix)],
);

export const intakeSubmissions = pgTable(
  'intake_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    senderId: uuid('sender_id').notNull(),
    /** The Idempotency-Key header, or `unb:<control reference>` for EDIFACT without one. */
    idempotencyKey: text('idempotency_key'),
    /** UNB control reference of an EDIFACT upload: a resent interchange is found by it. */
    interchangeRef: text('interchange_ref'),
    rawMessageId: uuid('raw_message_id').notNull(),
    status: text('status').notNull(),
    acknowledgement: jsonb('acknowledgement').notNull(),
    receivedAt: tstz('received_at').notNull(),
  },
  (t) => [
    uniqueIndex('intake_submissions_idempotency_uq').on(t.senderId, t.idempotencyKey),
    index('intake_submissions_raw_idx').on(t.rawMessageId),
    index('intake_submissions_interchange_idx').on(t.senderId, t.interchangeRef),
    // The Intake page lists an agency's submissions newest first (GET /api/v1/intake).
    index('intake_submissions_agency_received_idx').on(t.agencyId, t.receivedAt, t.id),
  ],
);

export const filingEquipment = pgTable(
  'filing_equipment',
  {
    filingId: uuid('filing_id').notNull(),
    containerNumber: text('container_number').notNull(),
    stowagePosition: text('stowage_position'),
    document: jsonb('document').notNull(),
  },
  (t) => [
    index('filing_equipment_filing_idx').on(t.filingId),
    index('filing_equipment_number_idx').on(t.containerNumber),
  ],
);
