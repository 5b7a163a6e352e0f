/**
 * Agencies, users and their roles. Permissions are code (src/services/access); the roles table
 * holds the role names so user_roles can reference them.
 */
import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const agencies = pgTable('agencies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  country: text('country').notNull(),
  kind: text('kind').notNull(),
  createdAt: tstz('created_at').notNull(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    status: text('status').notNull().default('active'),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(t.username),
    index('users_agency_idx').on(t.agencyId),
  ],
);

export const roles = pgTable('roles', {
  name: text('name').primaryKey(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role')
      .notNull()
      .references(() => roles.name),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);
