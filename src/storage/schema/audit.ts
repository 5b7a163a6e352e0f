/**
 * The audit log: one row per access or change, append-only (a trigger in the migrations rejects
 * UPDATE and DELETE, except filling a missing leaf hash). Its rows are the leaves of the Merkle
 * log in id order (src/audit, services/audit-log).
 *
 * Scale-out: primary key (at, id) so the table can be range-partitioned by time and distributed
 * by Citus later (not done yet).
 */
import { bigserial, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { bytea, tstz } from './columns.ts';

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    at: tstz('at').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    actorAgencyId: text('actor_agency_id'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    agencyId: text('agency_id'),
    outcome: text('outcome').notNull(),
    details: jsonb('details').notNull(),
    requestId: text('request_id'),
    /**
     * RFC 9162 leaf hash of the event's log entry, written in the event's own transaction so
     * proofs never rehash the log. Null only for rows written before it existed (filled later).
     */
    leafHash: bytea('leaf_hash'),
  },
  (t) => [
    primaryKey({ columns: [t.at, t.id] }),
    index('audit_events_id_idx').on(t.id),
    index('audit_events_resource_idx').on(t.resourceType, t.resourceId),
    index('audit_events_actor_idx').on(t.actorId, t.at),
  ],
);
