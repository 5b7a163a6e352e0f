/**
 * TOTP second factors of local accounts: the shared secret (sealed by the auth services before it
 * gets here: `services/auth/totp-secret-box.ts`), when it was confirmed, the last step used.
 */
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { userTotp } from '../schema/security.ts';

export interface StoredTotp {
  readonly secret: string;
  readonly enabled: boolean;
  readonly lastStep?: number;
}

/** Starts (or restarts) an enrolment: the secret is kept but not yet required. */
export async function putPendingTotp(db: Db, userId: string, secret: string, at: Date) {
  await db
    .insert(userTotp)
    .values({ userId, secret, createdAt: at })
    .onConflictDoUpdate({
      target: userTotp.userId,
      set: { secret, createdAt: at, enabledAt: null, lastStep: null },
    });
}

export async function getTotp(db: Db, userId: string): Promise<StoredTotp | undefined> {
  const rows = await db
    .select({ secret: userTotp.secret, enabledAt: userTotp.enabledAt, lastStep: userTotp.lastStep })
    .from(userTotp)
    .where(eq(userTotp.userId, userId));
  const row = rows[0];
  if (!row) return undefined;
  return {
    secret: row.secret,
    enabled: row.enabledAt !== null,
    ...(row.lastStep !== null ? { lastStep: row.lastStep } : {}),
  };
}

/**
 * Records that the code of `step` was used, only if no later or equal step was: false when the
 * code was already used (a replay). Confirms a pending enrolment.
 */
export async function useTotpStep(db: Db, userId: string, step: number, at: Date) {
  const rows = await db
    .update(userTotp)
    .set({
      lastStep: step,
      enabledAt: sql`coalesce(${userTotp.enabledAt}, ${at.toISOString()}::timestamptz)`,
    })
    .where(
      and(eq(userTotp.userId, userId), or(isNull(userTotp.lastStep), lt(userTotp.lastStep, step))),
    )
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

export async function deleteTotp(db: Db, userId: string): Promise<boolean> {
  const rows = await db
    .delete(userTotp)
    .where(eq(userTotp.userId, userId))
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

/** Every stored secret with its account (a small table: one row per enrolled account). */
export async function listTotpSecrets(db: Db): Promise<{ userId: string; secret: string }[]> {
  return db.select({ userId: userTotp.userId, secret: userTotp.secret }).from(userTotp);
}

/** Replaces a stored secret by its sealed form, only if it is still the one read. */
export async function replaceTotpSecret(db: Db, userId: string, read: string, sealed: string) {
  await db
    .update(userTotp)
    .set({ secret: sealed })
    .where(and(eq(userTotp.userId, userId), eq(userTotp.secret, read)));
}
