import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedDecimals, smallFixedIndex } from './fixed-decimals.ts';

describe('fixedDecimals', () => {
  it('writes the digits toFixed writes', () => {
    for (const x of [0, -0, 0.125, 1.005, 0.285, 1.255, -0.004, 12.45, 0.995, 99.995, 1e16, NaN])
      for (const d of [1, 2] as const) expect(fixedDecimals(x, d), `${x}`).toBe(x.toFixed(d));
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom(1, 2),
        (x, d) => {
          expect(fixedDecimals(x, d)).toBe(x.toFixed(d));
        },
      ),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.constantFrom(1, 2), (k, d) => {
        const x = k / 1000;
        expect(fixedDecimals(x, d)).toBe(x.toFixed(d));
      }),
      { numRuns: 20_000 },
    );
  });

  it('numbers the small results in order, and only those', () => {
    const words = (n: number, d: 1 | 2) => (n / 10 ** d).toFixed(d);
    fc.assert(
      fc.property(fc.double({ min: -20, max: 200, noNaN: true }), fc.constantFrom(1, 2), (x, d) => {
        const n = smallFixedIndex(x, d);
        if (n >= 0) expect(words(n, d)).toBe(x.toFixed(d));
        expect(n < 1_000).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    expect(smallFixedIndex(0.84, 2)).toBe(84);
    expect(smallFixedIndex(9.99, 2)).toBe(999);
    expect(smallFixedIndex(10, 2)).toBe(-1);
    expect(smallFixedIndex(-0.5, 1)).toBe(-1);
    expect(smallFixedIndex(NaN, 2)).toBe(-1);
    expect(smallFixedIndex(0.125, 2)).toBe(-1); // a tie: toFixed decides
  });
});
