/**
 * The intake's write path for raw messages: the same row as `storeRawMessage`, but the bytes
 * travel as one base64 text parameter decoded by the database, and are not read back. PGlite
 * serialises a `Uint8Array` parameter about ten times slower than the equivalent text, which
 * dominated the time to store a vessel's manifest.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import type { RawMessageInput } from './raw-messages.repository.ts';
import { findRawMessageBySha, sha256Hex } from './raw-messages.repository.ts';

export interface RawBytesRef {
  readonly id: string;
  /** Lower-case hex. */
  readonly sha256: string;
  readonly size: number;
}

/** Stores the message unless the sender already sent the same bytes; returns its reference. */
export async function storeRawBytes(
  db: Db,
  input: RawMessageInput,
): Promise<{ message: RawBytesRef; duplicate: boolean }> {
  const sha256 = sha256Hex(input.bytes);
  const size = input.bytes.byteLength;
  const base64 = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, size).toString('base64');
  const result = await db.execute(sql`
    INSERT INTO raw_messages (agency_id, sender, received_at, content_type, filename, bytes, sha256, size)
    VALUES (${input.agencyId}, ${input.sender}, ${input.receivedAt.toISOString()}::timestamptz,
      ${input.contentType}, ${input.filename ?? null}, decode(${base64}, 'base64'), ${sha256}, ${size})
    ON CONFLICT DO NOTHING
    RETURNING id`);
  const [row] = rowsOf<{ id: string }>(result);
  if (row) return { message: { id: row.id, sha256, size }, duplicate: false };
  const existing = await findRawMessageBySha(db, input.agencyId, input.sender, sha256);
  if (!existing) throw new Error('raw message vanished between insert and select');
  return { message: { id: existing.id, sha256, size }, duplicate: true };
}
