/**
 * Senders (carriers and terminals sending cargo data to an agency) and their API keys. A key is
 * stored as its SHA-256 only, found by a short prefix; the key itself is never kept.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { senderApiKeys, senders } from '../schema/intake.ts';

export interface SenderInput {
  readonly agencyId: string;
  readonly name: string;
  readonly kind: string;
  /** The sender's intake policy, validated by the intake service. */
  readonly policy: unknown;
  readonly createdAt: Date;
}

export interface StoredSender extends Omit<SenderInput, 'createdAt'> {
  readonly id: string;
  readonly createdAt: string;
}

export interface ApiKeyInput {
  readonly senderId: string;
  readonly prefix: string;
  readonly keyHash: string;
  readonly scope: string;
  readonly expiresAt?: Date;
  readonly createdAt: Date;
}

export interface StoredApiKey {
  readonly id: string;
  readonly senderId: string;
  readonly keyHash: string;
  readonly scope: string;
  readonly expiresAt?: string;
  readonly revokedAt?: string;
}

const senderColumns = {
  id: senders.id,
  agencyId: senders.agencyId,
  name: senders.name,
  kind: senders.kind,
  policy: senders.policy,
  createdAt: senders.createdAt,
};

type SenderRow = typeof senders.$inferSelect;
const toSender = (r: SenderRow): StoredSender => ({ ...r, createdAt: r.createdAt.toISOString() });

export async function insertSender(db: Db, input: SenderInput): Promise<StoredSender> {
  const [row] = await db.insert(senders).values(input).returning(senderColumns);
  if (!row) throw new Error('insert returned no sender');
  return toSender(row);
}

export async function getSender(db: Db, id: string): Promise<StoredSender | undefined> {
  const rows = await db.select(senderColumns).from(senders).where(eq(senders.id, id));
  return rows[0] && toSender(rows[0]);
}

export async function listSenders(db: Db, agencyId: string): Promise<StoredSender[]> {
  const rows = await db
    .select(senderColumns)
    .from(senders)
    .where(eq(senders.agencyId, agencyId))
    .orderBy(asc(senders.name));
  return rows.map(toSender);
}

export async function updateSenderPolicy(db: Db, id: string, policy: unknown): Promise<boolean> {
  const rows = await db
    .update(senders)
    .set({ policy })
    .where(eq(senders.id, id))
    .returning({ id: senders.id });
  return rows.length === 1;
}

export async function insertApiKey(db: Db, input: ApiKeyInput): Promise<string> {
  const [row] = await db
    .insert(senderApiKeys)
    .values({ ...input, expiresAt: input.expiresAt ?? null })
    .returning({ id: senderApiKeys.id });
  if (!row) throw new Error('insert returned no API key');
  return row.id;
}

/** The key with this prefix, with its sender; undefined when there is none. */
export async function findApiKeyByPrefix(
  db: Db,
  prefix: string,
): Promise<{ key: StoredApiKey; sender: StoredSender } | undefined> {
  const rows = await db
    .select({ key: senderApiKeys, sender: senders })
    .from(senderApiKeys)
    .innerJoin(senders, eq(senders.id, senderApiKeys.senderId))
    .where(eq(senderApiKeys.prefix, prefix));
  const row = rows[0];
  if (!row) return undefined;
  const { expiresAt, revokedAt, id, senderId, keyHash, scope } = row.key;
  const key: StoredApiKey = {
    id,
    senderId,
    keyHash,
    scope,
    ...(expiresAt !== null ? { expiresAt: expiresAt.toISOString() } : {}),
    ...(revokedAt !== null ? { revokedAt: revokedAt.toISOString() } : {}),
  };
  return { key, sender: toSender(row.sender) };
}

export async function revokeApiKey(db: Db, senderId: string, id: string, at: Date) {
  const rows = await db
    .update(senderApiKeys)
    .set({ revokedAt: at })
    .where(and(eq(senderApiKeys.id, id), eq(senderApiKeys.senderId, senderId)))
    .returning({ id: senderApiKeys.id });
  return rows.length === 1;
}
