/**
 * Sign-in and machine credentials: server-side sessions (only a hash of each session id is kept),
 * failed sign-in counters per account and per source address (lock-out and back-off), TOTP second
 * factors, OpenID Connect identities linked to users, and API keys of machine clients (scoped to
 * an agency and to permissions; only a SHA-256 of each key is kept).
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
  bigint,
} from 'drizzle-orm/pg-core';
import { users } from './access.ts';
import { tstz } from './columns.ts';

export const authSessions = pgTable(
  'auth_sessions',
  {
    /** SHA-256 (hex) of the session id the cookie carries. */
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    method: text('method').notNull(),
    createdAt: tstz('created_at').notNull(),
    lastSeenAt: tstz('last_seen_at').notNull(),
    expiresAt: tstz('expires_at').notNull(),
    sourceAddress: text('source_address'),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

export const authThrottles = pgTable('auth_throttles', {
  /** `account:<username>` or `address:<ip>`. */
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: tstz('last_failure_at').notNull(),
  lockedUntil: tstz('locked_until'),
});

export const userTotp = pgTable('user_totp', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  enabledAt: tstz('enabled_at'),
  /** The last accepted time step: a code is never accepted twice. */
  lastStep: bigint('last_step', { mode: 'number' }),
  createdAt: tstz('created_at').notNull(),
});

export const userIdentities = pgTable(
  'user_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.issuer, t.subject] }),
    index('user_identities_user_idx').on(t.userId),
  ],
);

export const machineApiKeys = pgTable(
  'machine_api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    roles: jsonb('roles').notNull(),
    /** The permissions the key may use: a subset of its roles' permissions. */
    permissions: jsonb('permissions').notNull(),
    createdAt: tstz('created_at').notNull(),
    expiresAt: tstz('expires_at'),
    revokedAt: tstz('revoked_at'),
    /** The key that replaced this one on rotation. */
    replacedBy: uuid('replaced_by'),
  },
  (t) => [
    uniqueIndex('machine_api_keys_prefix_uq').on(t.prefix),
    index('machine_api_keys_agency_idx').on(t.agencyId),
  ],
);
