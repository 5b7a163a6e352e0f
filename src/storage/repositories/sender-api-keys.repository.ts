/** Listing a sender's API keys and ending one at a given time (rotation grace); never the key hash. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { senderApiKeys } from '../schema/intake.ts';

export interface SenderKeySummary {
  readonly id: string;
  readonly senderId: string;
  readonly scope: string;
  readonly createdAt: Date;
  readonly expiresAt?: Date;
  readonly revokedAt?: Date;
}

export async function listSenderApiKeys(db: Db, senderId: string): Promise<SenderKeySummary[]> {
  const rows = await db
    .select({
      id: senderApiKeys.id,
      senderId: senderApiKeys.senderId,
      scope: senderApiKeys.scope,
      createdAt: senderApiKeys.createdAt,
      expiresAt: senderApiKeys.expiresAt,
      revokedAt: senderApiKeys.revokedAt,
    })
    .from(senderApiKeys)
    .where(eq(senderApiKeys.senderId, senderId))
    .orderBy(asc(senderApiKeys.createdAt));
  return rows.map(({ expiresAt, revokedAt, ...r }) => ({
    ...r,
    ...(expiresAt !== null ? { expiresAt } : {}),
    ...(revokedAt !== null ? { revokedAt } : {}),
  }));
}

export async function expireSenderApiKey(db: Db, senderId: string, id: string, at: Date) {
  const rows = await db
    .update(senderApiKeys)
    .set({ expiresAt: at })
    .where(and(eq(senderApiKeys.id, id), eq(senderApiKeys.senderId, senderId)))
    .returning({ id: senderApiKeys.id });
  return rows.length === 1;
}
