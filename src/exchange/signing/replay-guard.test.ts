import { describe, expect, it } from 'vitest';
import { createReplayGuard } from './replay-guard.ts';

describe('replay guard', () => {
  it('accepts a token once per key until it expires', () => {
    const guard = createReplayGuard();
    expect(guard.firstUse('k1', 'n1', 1_300, 1_000)).toBe(true);
    expect(guard.firstUse('k1', 'n1', 1_300, 1_100)).toBe(false);
    expect(guard.firstUse('k2', 'n1', 1_300, 1_100)).toBe(true);
    expect(guard.firstUse('k1', 'n2', 1_300, 1_100)).toBe(true);
    // Once expired, the signature itself is refused by its time window; the entry is dropped.
    expect(guard.firstUse('k1', 'n3', 1_700, 1_301)).toBe(true);
    expect(guard.size).toBe(1);
  });

  it('forgets the oldest entries beyond its limit', () => {
    const guard = createReplayGuard(3);
    for (const n of ['a', 'b', 'c', 'd', 'e'])
      expect(guard.firstUse('k', n, 2_000, 1_000)).toBe(true);
    expect(guard.size).toBeLessThanOrEqual(4);
    expect(guard.firstUse('k', 'e', 2_000, 1_000)).toBe(false);
    expect(guard.firstUse('k', 'a', 2_000, 1_000)).toBe(true);
  });
});
