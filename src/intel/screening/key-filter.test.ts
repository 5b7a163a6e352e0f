import { describe, expect, it } from 'vitest';
import { KeyFilter } from './key-filter.ts';

describe('KeyFilter', () => {
  const keys = Array.from({ length: 20_000 }, (_, i) => `d:W${(i * 7919) % 100_003}`);
  const filter = KeyFilter.of(keys, keys.length);

  it('lets every key it was made of through', () => {
    for (const key of keys) expect(filter.mayHave(key)).toBe(true);
  });

  it('stops most other keys', () => {
    const others = Array.from({ length: 20_000 }, (_, i) => `d:X${i}`);
    const passed = others.filter((k) => filter.mayHave(k)).length;
    expect(passed / others.length).toBeLessThan(0.05);
  });
});
