import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedDecimals } from './fixed-decimals.ts';

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
});
