/** Failed sign-in counters per key (`account:<username>`, `address:<ip>`), for lock-out and back-off. */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { authThrottles } from '../schema/security.ts';

export interface StoredThrottle {
  readonly key: string;
  readonly failures: number;
  readonly lastFailureAt: Date;
  readonly lockedUntil?: Date;
}

export async function getThrottles(db: Db, keys: readonly string[]): Promise<StoredThrottle[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .select()
    .from(authThrottles)
    .where(inArray(authThrottles.key, [...keys]));
  return rows.map(({ lockedUntil, ...r }) => ({
    ...r,
    ...(lockedUntil !== null ? { lockedUntil } : {}),
  }));
}

/** Adds one failure and returns the new count. */
export async function recordThrottleFailure(db: Db, key: string, at: Date): Promise<number> {
  const [row] = await db
    .insert(authThrottles)
    .values({ key, failures: 1, lastFailureAt: at })
    .onConflictDoUpdate({
      target: authThrottles.key,
      set: { failures: sql`${authThrottles.failures} + 1`, lastFailureAt: at },
    })
    .returning({ failures: authThrottles.failures });
  return row?.failures ?? 1;
}

export async function lockThrottle(db: Db, key: string, until: Date): Promise<void> {
  await db.update(authThrottles).set({ lockedUntil: until }).where(eq(authThrottles.key, key));
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.delete(authThrottles).where(eq(authThrottles.key, key));
}
