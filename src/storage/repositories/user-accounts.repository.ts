/**
 * What account administration changes on users (status, password hash), listing them, and the
 * OpenID Connect identities (issuer + subject) linked to them.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { userRoles, users } from '../schema/access.ts';
import { userIdentities } from '../schema/security.ts';
import type { UserStatus } from './users.repository.ts';

export interface UserSummary {
  readonly id: string;
  readonly agencyId: string;
  readonly username: string;
  readonly displayName: string;
  readonly status: UserStatus;
  readonly roles: readonly string[];
  readonly hasPassword: boolean;
}

export async function listUsers(db: Db, agencyId?: string): Promise<UserSummary[]> {
  const rows = await db
    .select({
      id: users.id,
      agencyId: users.agencyId,
      username: users.username,
      displayName: users.displayName,
      status: users.status,
      passwordHash: users.passwordHash,
      role: userRoles.role,
    })
    .from(users)
    .leftJoin(userRoles, eq(userRoles.userId, users.id))
    .where(agencyId === undefined ? undefined : eq(users.agencyId, agencyId))
    .orderBy(asc(users.username), asc(userRoles.role));
  const byId = new Map<string, UserSummary & { roles: string[] }>();
  for (const { role, passwordHash, ...r } of rows) {
    const user = byId.get(r.id) ?? {
      ...r,
      status: r.status as UserStatus,
      roles: [],
      hasPassword: passwordHash !== null,
    };
    if (role !== null) user.roles.push(role);
    byId.set(r.id, user);
  }
  return [...byId.values()];
}

export async function setUserStatus(db: Db, userId: string, status: UserStatus) {
  const rows = await db
    .update(users)
    .set({ status })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function setUserPasswordHash(db: Db, userId: string, passwordHash: string) {
  const rows = await db
    .update(users)
    .set({ passwordHash })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function setUserDisplayName(db: Db, userId: string, displayName: string) {
  await db.update(users).set({ displayName }).where(eq(users.id, userId));
}

/** The user linked to an OpenID Connect identity, if any. */
export async function findUserIdByIdentity(db: Db, issuer: string, subject: string) {
  const rows = await db
    .select({ userId: userIdentities.userId })
    .from(userIdentities)
    .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
  return rows[0]?.userId;
}

export async function linkIdentity(
  db: Db,
  input: { issuer: string; subject: string; userId: string; at: Date },
) {
  await db
    .insert(userIdentities)
    .values({
      issuer: input.issuer,
      subject: input.subject,
      userId: input.userId,
      createdAt: input.at,
    })
    .onConflictDoNothing();
}
