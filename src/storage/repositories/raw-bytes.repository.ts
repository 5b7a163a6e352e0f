/**
 * The intake's write path for raw messages: the same row as `storeRawMessage`, but the bytes
 * travel as text parameters turned back into bytes by the database, and are not read back.
 * PGlite serialises a `Uint8Array` parameter about ten times slower than the equivalent text,
 * which dominated the time to store a vessel's manifest. ASCII without NUL (plain EDIFACT, CSV,
 * JSON) goes as itself, `convert_to` giving the same bytes back in any server encoding; anything
 * else as base64. A message above 4 MiB goes in 4 MiB chunks, so a 100 MB upload never becomes
 * one 133 MB parameter (and one 100 MB value in the engine).
 */
import { sql, type SQL } from 'drizzle-orm';
import { isAscii } from 'node:buffer';
import { rowsOf, type Db } from '../db.ts';
import type { RawMessageInput } from './raw-messages.repository.ts';
import { findRawMessageBySha, sha256Hex } from './raw-messages.repository.ts';

export interface RawBytesRef {
  readonly id: string;
  /** Lower-case hex. */
  readonly sha256: string;
  readonly size: number;
}

/** Messages above this size are stored as chunks of this size (see `raw_message_chunks`). */
export const RAW_CHUNK_BYTES = 4 * 1024 * 1024;

/** Stores the message unless the sender already sent the same bytes; returns its reference. */
export async function storeRawBytes(
  db: Db,
  input: RawMessageInput,
): Promise<{ message: RawBytesRef; duplicate: boolean }> {
  const sha256 = sha256Hex(input.bytes);
  const size = input.bytes.byteLength;
  const chunked = size > RAW_CHUNK_BYTES;
  const inline = bytesSql(chunked ? input.bytes.subarray(0, 0) : input.bytes);
  const result = await db.execute(sql`
    INSERT INTO raw_messages (agency_id, sender, received_at, content_type, filename, bytes, sha256, size)
    VALUES (${input.agencyId}, ${input.sender}, ${input.receivedAt.toISOString()}::timestamptz,
      ${input.contentType}, ${input.filename ?? null}, ${inline}, ${sha256}, ${size})
    ON CONFLICT DO NOTHING
    RETURNING id`);
  const [row] = rowsOf<{ id: string }>(result);
  if (row) {
    if (chunked) await storeChunks(db, row.id, input.bytes);
    return { message: { id: row.id, sha256, size }, duplicate: false };
  }
  const existing = await findRawMessageBySha(db, input.agencyId, input.sender, sha256, false);
  if (!existing) throw new Error('raw message vanished between insert and select');
  return { message: { id: existing.id, sha256, size }, duplicate: true };
}

/** One statement per chunk: each is a few MiB of text at a time, never the whole message. */
async function storeChunks(db: Db, id: string, bytes: Uint8Array): Promise<void> {
  for (let seq = 0, at = 0; at < bytes.byteLength; seq++, at += RAW_CHUNK_BYTES) {
    const piece = bytesSql(bytes.subarray(at, at + RAW_CHUNK_BYTES));
    await db.execute(sql`
      INSERT INTO raw_message_chunks (raw_message_id, seq, bytes)
      VALUES (${id}::uuid, ${seq}, ${piece})`);
  }
}

/** The bytes as a bytea expression: ASCII text when that is exact, base64 otherwise. */
export function bytesSql(bytes: Uint8Array): SQL {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // ASCII is the same bytes in every server encoding; NUL cannot be in a text value.
  if (isAscii(buffer) && !buffer.includes(0)) {
    return sql`convert_to(${buffer.toString('latin1')}, 'UTF8')`;
  }
  return sql`decode(${buffer.toString('base64')}, 'base64')`;
}
