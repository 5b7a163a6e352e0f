/** Server-side sign-in sessions, found by the SHA-256 of the id the cookie carries. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { authSessions } from '../schema/security.ts';

export interface AuthSessionInput {
  readonly idHash: string;
  readonly userId: string;
  readonly method: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly sourceAddress?: string;
}

export interface StoredAuthSession {
  readonly idHash: string;
  readonly userId: string;
  readonly method: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
  readonly revoked: boolean;
}

export async function insertAuthSession(db: Db, input: AuthSessionInput): Promise<void> {
  await db.insert(authSessions).values({
    ...input,
    lastSeenAt: input.createdAt,
    sourceAddress: input.sourceAddress ?? null,
  });
}

export async function getAuthSession(
  db: Db,
  idHash: string,
): Promise<StoredAuthSession | undefined> {
  const rows = await db
    .select({
      idHash: authSessions.idHash,
      userId: authSessions.userId,
      method: authSessions.method,
      createdAt: authSessions.createdAt,
      lastSeenAt: authSessions.lastSeenAt,
      expiresAt: authSessions.expiresAt,
      revokedAt: authSessions.revokedAt,
    })
    .from(authSessions)
    .where(eq(authSessions.idHash, idHash));
  const row = rows[0];
  if (!row) return undefined;
  const { revokedAt, ...rest } = row;
  return { ...rest, revoked: revokedAt !== null };
}

export async function touchAuthSession(db: Db, idHash: string, at: Date): Promise<void> {
  await db.update(authSessions).set({ lastSeenAt: at }).where(eq(authSessions.idHash, idHash));
}

export async function revokeAuthSession(db: Db, idHash: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(authSessions)
    .set({ revokedAt: at })
    .where(and(eq(authSessions.idHash, idHash), isNull(authSessions.revokedAt)))
    .returning({ idHash: authSessions.idHash });
  return rows.length === 1;
}

/** Ends every open session of a user (password change, account disabled). */
export async function revokeUserSessions(db: Db, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(authSessions)
    .set({ revokedAt: at })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt)))
    .returning({ idHash: authSessions.idHash });
  return rows.length;
}
