// Raw messages come back byte for byte, hashed, and storing the same bytes twice is idempotent.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import {
  findRawMessageBySha,
  getRawMessage,
  sha256Hex,
  storeRawMessage,
} from './raw-messages.repository.ts';
import { RAW_CHUNK_BYTES, storeRawBytes } from './raw-bytes.repository.ts';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db.ts';

/** Every byte value, including NUL and invalid UTF-8, so any text conversion would show. */
const bytes = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7) % 256));
const input = {
  agencyId: 'be-customs',
  sender: 'MAEU',
  receivedAt: new Date('2024-03-01T08:00:00Z'),
  contentType: 'application/edifact',
  filename: 'cuscar.edi',
  bytes,
};

describeEachEngine('raw messages repository', (getDb) => {
  it('stores the bytes exactly and returns them by id', async () => {
    const { message, duplicate } = await storeRawMessage(getDb().db, input);
    expect(duplicate).toBe(false);
    const stored = await getRawMessage(getDb().db, message.id);
    expect(stored?.bytes).toEqual(bytes);
    expect(stored?.size).toBe(512);
    expect(stored?.sha256).toBe(sha256Hex(bytes));
    expect(stored?.filename).toBe('cuscar.edi');
    expect(stored?.receivedAt).toBe('2024-03-01T08:00:00.000Z');
  });

  it('returns the first copy when the sender sends the same bytes again', async () => {
    const again = await storeRawMessage(getDb().db, { ...input, receivedAt: new Date() });
    expect(again.duplicate).toBe(true);
    expect(again.message.receivedAt).toBe('2024-03-01T08:00:00.000Z');
    const other = await storeRawMessage(getDb().db, { ...input, sender: 'CMDU' });
    expect(other.duplicate).toBe(false);
    expect(other.message.id).not.toBe(again.message.id);
  });

  it('finds a message by its hash and knows nothing of unknown ids', async () => {
    const found = await findRawMessageBySha(getDb().db, 'be-customs', 'MAEU', sha256Hex(bytes));
    expect(found?.sender).toBe('MAEU');
    expect(await getRawMessage(getDb().db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('stores a large message in chunks and gives it back whole, once', async () => {
    const size = 2 * RAW_CHUNK_BYTES + 1000;
    const big = new Uint8Array(size).map((_, i) => (i * 31 + (i >> 12)) % 256);
    const db = getDb().db;
    const large = { ...input, sender: 'MSCU', bytes: big };
    const first = await storeRawBytes(db, large);
    expect(first.duplicate).toBe(false);
    const chunks = rowsOf<{ n: number }>(
      await db.execute(sql`SELECT count(*)::int AS n FROM raw_message_chunks
        WHERE raw_message_id = ${first.message.id}::uuid`),
    );
    expect(chunks[0]?.n).toBe(3);
    const back = await getRawMessage(db, first.message.id);
    expect(back?.size).toBe(size);
    expect(sha256Hex(back?.bytes ?? new Uint8Array())).toBe(sha256Hex(big));
    const again = await storeRawBytes(db, large);
    expect(again).toEqual({ message: first.message, duplicate: true });
    const bySha = await findRawMessageBySha(db, 'be-customs', 'MSCU', first.message.sha256);
    expect(bySha?.bytes.byteLength).toBe(size);
  });

  it('stores ASCII, NUL, UTF-8 and invalid bytes exactly through the intake path', async () => {
    const db = getDb().db;
    const edifact = "UNB+UNOA:2+MAEU+BECUSTOMS'\\x00 'quoted' \\\\ {a,b} \"q\"\r\n";
    const cases = [
      new TextEncoder().encode(edifact),
      new TextEncoder().encode(`${edifact}\u0000after NUL`),
      new TextEncoder().encode('\uFEFFUNB+UNOW:4+Société Générale+北京\u{1F6A2}'),
      bytes,
      new Uint8Array(0),
    ];
    for (const [i, sent] of cases.entries()) {
      const stored = await storeRawBytes(db, { ...input, sender: `ascii-${i}`, bytes: sent });
      const back = await getRawMessage(db, stored.message.id);
      expect(back?.bytes).toEqual(sent);
      expect(back?.sha256).toBe(sha256Hex(sent));
    }
  });
});
