/**
 * Background jobs. Workers claim due jobs with `FOR UPDATE SKIP LOCKED` and a lease
 * (locked_until), so any number of worker processes can share the table on either engine.
 */
import { bigserial, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: breaks ties between jobs due at the same time, so work runs in a stable order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull().default('queued'),
    runAt: tstz('run_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedBy: text('locked_by'),
    lockedUntil: tstz('locked_until'),
    lastError: text('last_error'),
    createdAt: tstz('created_at').notNull(),
    finishedAt: tstz('finished_at'),
  },
  (t) => [index('jobs_due_idx').on(t.status, t.runAt)],
);
