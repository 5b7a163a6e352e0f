// Raw messages come back byte for byte, hashed, and storing the same bytes twice is idempotent.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import {
  findRawMessageBySha,
  getRawMessage,
  sha256Hex,
  storeRawMessage,
} from './raw-messages.repository.ts';

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
});
