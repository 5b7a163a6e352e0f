// Replay protection of signed partner requests: a key is served once until it expires, then may
// be used again; expired keys are dropped as new ones come in.
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import { rowsOf } from '../db.ts';
import { firstUseOfRequest } from './exchange-seen-requests.repository.ts';

describeEachEngine('seen partner requests', (getDb) => {
  it('accepts a request again once its earlier use has expired, and keeps only live entries', async () => {
    const db = getDb().db;
    const p = `partner-${randomUUID()}/key`;
    const now = new Date('2026-11-22T10:00:00Z');
    const later = (s: number) => new Date(now.getTime() + s * 1000);
    expect(await firstUseOfRequest(db, `${p} nonce:x`, later(300), now)).toBe(true);
    expect(await firstUseOfRequest(db, `${p} nonce:x`, later(300), later(300))).toBe(false);
    expect(await firstUseOfRequest(db, `${p} nonce:y`, later(300), later(10))).toBe(true);
    expect(await firstUseOfRequest(db, `${p} nonce:x`, later(700), later(301))).toBe(true);
    const live = await db.execute(
      sql`SELECT key FROM exchange_seen_requests WHERE key LIKE ${`${p} %`} ORDER BY key`,
    );
    expect(rowsOf<{ key: string }>(live).map((r) => r.key)).toEqual([`${p} nonce:x`]);
  });
});
