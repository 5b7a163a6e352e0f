/**
 * Refuses a signed request seen before within its validity window. A request is known by its key
 * id and its `nonce` parameter (our nodes send a fresh random one with each request), or, for a
 * signer that sends none, by the signature itself. Entries live until their signature expires.
 * The guard is kept in the serving process's memory: enough for one node process; a node run as
 * several processes behind one address would need a shared store. Past `limit` live entries the
 * oldest are forgotten first (a partner would have to sign that many requests within five minutes).
 */
export interface ReplayGuard {
  /** True the first time `token` is seen under `kid` before `expiresAt` (epoch seconds). */
  firstUse(kid: string, token: string, expiresAt: number, nowS: number): boolean;
  readonly size: number;
}

export function createReplayGuard(limit = 100_000): ReplayGuard {
  // Insertion order is nearly expiry order (every signature lives the same 300 s), so pruning
  // from the front stops at the first live entry.
  const seen = new Map<string, number>();
  const prune = (nowS: number) => {
    for (const [key, expiresAt] of seen) {
      if (expiresAt >= nowS && seen.size <= limit) break;
      seen.delete(key);
    }
  };
  return {
    firstUse(kid, token, expiresAt, nowS) {
      prune(nowS);
      const key = `${kid} ${token}`;
      const known = seen.get(key);
      if (known !== undefined && known >= nowS) return false;
      seen.set(key, expiresAt);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}
