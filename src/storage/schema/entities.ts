/**
 * Entities and screening: watchlists an agency loaded (its own lists, refreshed lists), screening
 * hits on the parties of its consignments with their review, which state of the watchlists each
 * consignment version was last screened against, and analysts' entity-resolution decisions
 * (same / different, between party records).
 */
import {
  boolean,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const watchlists = pgTable(
  'watchlists',
  {
    agencyId: text('agency_id').notNull(),
    listId: text('list_id').notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
    entries: jsonb('entries').notNull(),
    entryCount: doublePrecision('entry_count').notNull(),
    /** Set by reviews; null means the default threshold. */
    threshold: doublePrecision('threshold'),
    loadedBy: text('loaded_by').notNull(),
    loadedAt: tstz('loaded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.listId] })],
);

export const screeningHits = pgTable(
  'screening_hits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    consignmentId: uuid('consignment_id').notNull(),
    billNumber: text('bill_number').notNull(),
    partyRole: text('party_role').notNull(),
    partyName: text('party_name').notNull(),
    listId: text('list_id').notNull(),
    entryId: text('entry_id').notNull(),
    matchedName: text('matched_name').notNull(),
    score: doublePrecision('score').notNull(),
    narcotics: boolean('narcotics').notNull(),
    programmes: jsonb('programmes').notNull(),
    reasons: jsonb('reasons').notNull(),
    status: text('status').notNull().default('open'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: tstz('reviewed_at'),
    /** Why the reviewer decided so (free text, optional). */
    reviewNote: text('review_note'),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [
    index('screening_hits_agency_bill_idx').on(t.agencyId, t.billNumber),
    index('screening_hits_agency_status_idx').on(t.agencyId, t.status),
    index('screening_hits_consignment_idx').on(t.consignmentId),
  ],
);

/**
 * One row per consignment version an agency screened: the digest of its watchlist state then (the
 * lists in force, each list's load and entry count, the thresholds). Screening skips a version
 * whose row holds the current state and reads its stored hits instead; the row is written in the
 * transaction that stores the version's hits, before them, so a second transaction screening the
 * same version waits for the first and then finds it screened.
 */
export const screenedConsignments = pgTable(
  'screened_consignments',
  {
    consignmentId: uuid('consignment_id').notNull(),
    agencyId: text('agency_id').notNull(),
    watchlistState: text('watchlist_state').notNull(),
    screenedAt: tstz('screened_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.consignmentId, t.agencyId] })],
);

export const entityDecisions = pgTable(
  'entity_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    kind: text('kind').notNull(),
    recordA: text('record_a').notNull(),
    recordB: text('record_b').notNull(),
    note: text('note'),
    decidedBy: text('decided_by').notNull(),
    decidedAt: tstz('decided_at').notNull(),
  },
  (t) => [index('entity_decisions_agency_idx').on(t.agencyId)],
);
