/** Raw inbound messages: stored byte for byte with their SHA-256, idempotently per sender. */
import { and, asc, eq } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { Db } from '../db.ts';
import { rawMessageChunks, rawMessages } from '../schema/raw-messages.ts';

export interface RawMessageInput {
  readonly agencyId: string;
  readonly sender: string;
  readonly receivedAt: Date;
  readonly contentType: string;
  readonly filename?: string;
  readonly bytes: Uint8Array;
}

export interface StoredRawMessage {
  readonly id: string;
  readonly agencyId: string;
  readonly sender: string;
  readonly receivedAt: string;
  readonly contentType: string;
  readonly filename?: string;
  readonly bytes: Uint8Array;
  /** Lower-case hex. */
  readonly sha256: string;
  readonly size: number;
}

const columns = {
  id: rawMessages.id,
  agencyId: rawMessages.agencyId,
  sender: rawMessages.sender,
  receivedAt: rawMessages.receivedAt,
  contentType: rawMessages.contentType,
  filename: rawMessages.filename,
  bytes: rawMessages.bytes,
  sha256: rawMessages.sha256,
  size: rawMessages.size,
};

type Row = typeof rawMessages.$inferSelect;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stores the message unless the sender already sent the same bytes; returns the stored one. */
export async function storeRawMessage(
  db: Db,
  input: RawMessageInput,
): Promise<{ message: StoredRawMessage; duplicate: boolean }> {
  const sha256 = sha256Hex(input.bytes);
  const inserted = await db
    .insert(rawMessages)
    .values({ ...input, filename: input.filename ?? null, sha256, size: input.bytes.byteLength })
    .onConflictDoNothing()
    .returning(columns);
  const row = inserted[0];
  if (row) return { message: toRawMessage(row), duplicate: false };
  const existing = await findRawMessageBySha(db, input.agencyId, input.sender, sha256);
  if (!existing) throw new Error('raw message vanished between insert and select');
  return { message: existing, duplicate: true };
}

export async function getRawMessage(db: Db, id: string): Promise<StoredRawMessage | undefined> {
  const rows = await db.select(columns).from(rawMessages).where(eq(rawMessages.id, id));
  return rows[0] && withChunks(db, toRawMessage(rows[0]));
}

/** A message stored in chunks (empty `bytes`, positive size) with its bytes put back together. */
async function withChunks(db: Db, m: StoredRawMessage): Promise<StoredRawMessage> {
  if (m.bytes.byteLength === m.size) return m;
  const chunks = await db
    .select({ bytes: rawMessageChunks.bytes })
    .from(rawMessageChunks)
    .where(eq(rawMessageChunks.rawMessageId, m.id))
    .orderBy(asc(rawMessageChunks.seq));
  const bytes = new Uint8Array(m.size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c.bytes, at);
    at += c.bytes.byteLength;
  }
  if (at !== m.size) throw new Error(`raw message ${m.id}: ${at} of ${m.size} bytes stored`);
  return { ...m, bytes };
}

export async function findRawMessageBySha(
  db: Db,
  agencyId: string,
  sender: string,
  sha256: string,
  /** False: the row only (a large message's bytes stay in their chunks). */
  withBytes = true,
): Promise<StoredRawMessage | undefined> {
  const rows = await db
    .select(columns)
    .from(rawMessages)
    .where(
      and(
        eq(rawMessages.agencyId, agencyId),
        eq(rawMessages.sender, sender),
        eq(rawMessages.sha256, sha256),
      ),
    );
  const found = rows[0] && toRawMessage(rows[0]);
  return found && withBytes ? withChunks(db, found) : found;
}

function toRawMessage(r: Row): StoredRawMessage {
  const { filename, receivedAt, ...rest } = r;
  return {
    ...rest,
    receivedAt: receivedAt.toISOString(),
    ...(filename !== null ? { filename } : {}),
  };
}
