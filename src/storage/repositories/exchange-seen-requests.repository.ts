/**
 * Replay protection of signed partner requests, shared by every process of the node: a request's
 * key (partner, key id, nonce or signature) is recorded until its signature expires, and a second
 * use before then is refused. Expired keys are dropped as new ones come in.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';

/**
 * True the first time `key` is seen before `expiresAt` (a key whose earlier use has expired counts
 * as new); false for a replay. One statement, so two processes racing on one key cannot both win.
 */
export async function firstUseOfRequest(
  db: Db,
  key: string,
  expiresAt: Date,
  now: Date,
): Promise<boolean> {
  await db.execute(sql`DELETE FROM exchange_seen_requests WHERE expires_at < ${now.toISOString()}`);
  const result = await db.execute(sql`
    INSERT INTO exchange_seen_requests (key, expires_at)
    VALUES (${key}, ${expiresAt.toISOString()})
    ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at
      WHERE exchange_seen_requests.expires_at < ${now.toISOString()}
    RETURNING key`);
  return rowsOf(result).length === 1;
}
