/**
 * Signed tree heads of the audit log: each row is one head as the node signed it (RFC 9162 style),
 * covering the first `tree_size` rows of `audit_events` in id order. The `timestamp` is kept as
 * the exact ISO text that was signed, so a head read back verifies byte for byte.
 */
import { bigint, bigserial, index, pgTable, text } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const auditTreeHeads = pgTable(
  'audit_tree_heads',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    logId: text('log_id').notNull(),
    treeSize: bigint('tree_size', { mode: 'number' }).notNull(),
    rootHash: text('root_hash').notNull(),
    timestamp: text('timestamp').notNull(),
    keyId: text('key_id').notNull(),
    signature: text('signature').notNull(),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [index('audit_tree_heads_size_idx').on(t.logId, t.treeSize)],
);
