/** Users and their roles. Role names are validated by the services layer, which owns them. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { roles, userRoles, users } from '../schema/access.ts';

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export interface UserInput {
  readonly agencyId: string;
  readonly username: string;
  readonly displayName: string;
  /** scrypt or argon2 hash in PHC string form; absent for single-sign-on users. */
  readonly passwordHash?: string;
  readonly status?: UserStatus;
}

export interface StoredUser extends Required<Omit<UserInput, 'passwordHash'>> {
  readonly id: string;
  readonly passwordHash?: string;
  readonly roles: readonly string[];
}

export async function createUser(db: Db, input: UserInput, now: Date): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ ...input, passwordHash: input.passwordHash ?? null, createdAt: now })
    .returning({ id: users.id });
  if (!row) throw new Error('insert returned no user');
  return row.id;
}

/** Makes sure every role name exists in the roles table (roles are defined in code). */
export async function syncRoles(db: Db, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await db
    .insert(roles)
    .values(names.map((name) => ({ name })))
    .onConflictDoNothing();
}

/** Replaces the user's roles. Run it inside a transaction. */
export async function setUserRoles(db: Db, userId: string, names: readonly string[]) {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (names.length > 0) {
    await db.insert(userRoles).values(names.map((role) => ({ userId, role })));
  }
}

const columns = {
  id: users.id,
  agencyId: users.agencyId,
  username: users.username,
  displayName: users.displayName,
  passwordHash: users.passwordHash,
  status: users.status,
};

export async function getUser(db: Db, id: string): Promise<StoredUser | undefined> {
  const rows = await db.select(columns).from(users).where(eq(users.id, id));
  return rows[0] && withRoles(db, rows[0]);
}

export async function getUserByUsername(db: Db, username: string) {
  const rows = await db.select(columns).from(users).where(eq(users.username, username));
  return rows[0] && withRoles(db, rows[0]);
}

async function withRoles(
  db: Db,
  r: Pick<typeof users.$inferSelect, keyof typeof columns>,
): Promise<StoredUser> {
  const roleRows = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, r.id))
    .orderBy(asc(userRoles.role));
  const { passwordHash, ...rest } = r;
  return {
    ...rest,
    status: rest.status as UserStatus,
    roles: roleRows.map((x) => x.role),
    ...(passwordHash !== null ? { passwordHash } : {}),
  };
}

/** The display names of the agency's users among `ids` (uuids); ids of anyone else are left out. */
export async function displayNamesOf(
  db: Db,
  agencyId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), inArray(users.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
