/**
 * Lock-out and exponential back-off on failed sign-ins, counted per account and per source
 * address. After `threshold` failures in a row the key is locked for `baseSeconds`, doubling with
 * each further failure up to `maxSeconds`; a key with no failure for `decaySeconds` starts again
 * from zero. A success clears the account's count (not the address's: one valid account must not
 * let an address try others freely). Unknown usernames are counted like real ones, so the answer
 * never tells whether an account exists.
 */
import type { Db } from '../../storage/index.ts';
import {
  clearThrottle,
  getThrottles,
  lockThrottle,
  recordThrottleFailure,
} from '../../storage/index.ts';

export interface ThrottleRule {
  readonly threshold: number;
  readonly baseSeconds: number;
  readonly maxSeconds: number;
  readonly decaySeconds: number;
}

export interface ThrottlePolicy {
  readonly account: ThrottleRule;
  readonly address: ThrottleRule;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  account: { threshold: 5, baseSeconds: 30, maxSeconds: 15 * 60, decaySeconds: 24 * 3600 },
  address: { threshold: 20, baseSeconds: 30, maxSeconds: 15 * 60, decaySeconds: 3600 },
};

export interface ThrottleKeys {
  readonly account: string;
  readonly address?: string | undefined;
}

function keyList(keys: ThrottleKeys): { key: string; rule: keyof ThrottlePolicy }[] {
  const list: { key: string; rule: keyof ThrottlePolicy }[] = [
    { key: `account:${keys.account.toLowerCase()}`, rule: 'account' },
  ];
  if (keys.address) list.push({ key: `address:${keys.address}`, rule: 'address' });
  return list;
}

/** Seconds the caller must wait before trying again, or 0. */
export async function lockedFor(db: Db, keys: ThrottleKeys, now: Date): Promise<number> {
  const rows = await getThrottles(
    db,
    keyList(keys).map((k) => k.key),
  );
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Lock duration after `failures` failures in a row, in seconds (0: not locked). */
export function backoffSeconds(rule: ThrottleRule, failures: number): number {
  if (failures < rule.threshold) return 0;
  const doublings = Math.min(failures - rule.threshold, 30);
  return Math.min(rule.baseSeconds * 2 ** doublings, rule.maxSeconds);
}

export async function recordFailure(
  db: Db,
  keys: ThrottleKeys,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): Promise<void> {
  const list = keyList(keys);
  const existing = await getThrottles(
    db,
    list.map((k) => k.key),
  );
  for (const { key, rule } of list) {
    const previous = existing.find((r) => r.key === key);
    const stale =
      previous &&
      now.getTime() - previous.lastFailureAt.getTime() > policy[rule].decaySeconds * 1000;
    if (stale) await clearThrottle(db, key);
    const failures = await recordThrottleFailure(db, key, now);
    const seconds = backoffSeconds(policy[rule], failures);
    if (seconds > 0) await lockThrottle(db, key, new Date(now.getTime() + seconds * 1000));
  }
}

export async function recordSuccess(db: Db, keys: ThrottleKeys): Promise<void> {
  await clearThrottle(db, `account:${keys.account.toLowerCase()}`);
}
