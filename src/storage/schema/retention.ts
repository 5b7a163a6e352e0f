/**
 * Retention: how long each data class is kept (`retention_rules`), legal holds that stop the
 * purge of one consignment, container or entity (grouped by an optional case reference), and the
 * tombstones the purge leaves for every row it deleted or pseudonymised — what, when, why and by
 * which rule, never the personal data itself.
 *
 * The leaf hash of each audit event (a column of `audit_events`, see audit.ts) is added by the
 * same migration.
 */
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const retentionRules = pgTable('retention_rules', {
  dataClass: text('data_class').primaryKey(),
  retainDays: integer('retain_days').notNull(),
  /** delete or pseudonymise. */
  action: text('action').notNull(),
  updatedAt: tstz('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});

export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    /** consignment (bill number), container (container number) or entity (entity id). */
    targetKind: text('target_kind').notNull(),
    targetId: text('target_id').notNull(),
    caseRef: text('case_ref'),
    reason: text('reason').notNull(),
    placedBy: text('placed_by').notNull(),
    placedAt: tstz('placed_at').notNull(),
    releasedBy: text('released_by'),
    releasedAt: tstz('released_at'),
    releaseReason: text('release_reason'),
  },
  (t) => [
    index('legal_holds_active_idx')
      .on(t.targetKind, t.targetId)
      .where(sql`${t.releasedAt} IS NULL`),
    index('legal_holds_case_idx').on(t.caseRef),
  ],
);

export const retentionTombstones = pgTable(
  'retention_tombstones',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: uuid('run_id').notNull(),
    dataClass: text('data_class').notNull(),
    /** The rule as applied, e.g. "personal-data: pseudonymise after 1095 days". */
    rule: text('rule').notNull(),
    recordKind: text('record_kind').notNull(),
    recordId: text('record_id').notNull(),
    agencyId: text('agency_id'),
    /** The time the record's age was counted from. */
    recordTime: tstz('record_time').notNull(),
    /** deleted or pseudonymised. */
    action: text('action').notNull(),
    reason: text('reason').notNull(),
    purgedAt: tstz('purged_at').notNull(),
    purgedBy: text('purged_by').notNull(),
  },
  (t) => [
    index('retention_tombstones_record_idx').on(t.recordKind, t.recordId),
    index('retention_tombstones_run_idx').on(t.runId),
  ],
);
