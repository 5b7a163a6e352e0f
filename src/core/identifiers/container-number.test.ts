import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containerCheckDigit,
  isContainerNumber,
  ownerCode,
  parseContainerNumber,
} from './container-number.ts';

/** ISO 6346 check digit written out from the standard's table, as an independent reference. */
const TABLE: Record<string, number> = {
  A: 10,
  B: 12,
  C: 13,
  D: 14,
  E: 15,
  F: 16,
  G: 17,
  H: 18,
  I: 19,
  J: 20,
  K: 21,
  L: 23,
  M: 24,
  N: 25,
  O: 26,
  P: 27,
  Q: 28,
  R: 29,
  S: 30,
  T: 31,
  U: 32,
  V: 34,
  W: 35,
  X: 36,
  Y: 37,
  Z: 38,
};
function referenceCheckDigit(s: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = s.charAt(i);
    sum += (TABLE[c] ?? Number(c)) * Math.pow(2, i);
  }
  return (sum % 11) % 10;
}

const codes = (r: { diagnostics: readonly { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe('parseContainerNumber', () => {
  it('accepts CSQU3054383 (the ISO 6346 example) and normalises case, spaces and hyphens', () => {
    for (const raw of ['CSQU3054383', 'csqu3054383', 'CSQU 305438 3', ' csqu 305438-3 ']) {
      const r = parseContainerNumber(raw);
      expect(r.ok && r.value).toBe('CSQU3054383');
    }
  });

  it('rejects a wrong check digit and says which digit was expected', () => {
    const r = parseContainerNumber('CSQU3054384');
    expect(codes(r)).toEqual(['container-number.check-digit']);
    expect(r.diagnostics[0]?.message).toContain('expected 3');
  });

  it.each([
    ['CSQU305438', 'container-number.length'],
    ['CSQU30543833', 'container-number.length'],
    ['C5QU3054383', 'container-number.owner-code'],
    ['CSQX3054383', 'container-number.category'],
    ['CSQU30A4383', 'container-number.serial'],
  ])('rejects %s with %s', (raw, code) => {
    expect(codes(parseContainerNumber(raw))).toEqual([code]);
  });

  it('accepts categories J and Z with a correct check digit', () => {
    for (const prefix of ['ABCJ123456', 'ABCZ123456']) {
      const full = `${prefix}${containerCheckDigit(prefix)}`;
      expect(parseContainerNumber(full).ok).toBe(true);
    }
  });

  it('agrees with the check-digit table of the standard for any owner code and serial', () => {
    const first10 = fc
      .tuple(fc.stringMatching(/^[A-Z]{3}[UJZ]$/), fc.stringMatching(/^\d{6}$/))
      .map(([o, s]) => o + s);
    fc.assert(
      fc.property(first10, (s) => {
        expect(containerCheckDigit(s)).toBe(referenceCheckDigit(s));
        const ok = parseContainerNumber(`${s}${referenceCheckDigit(s)}`);
        const bad = parseContainerNumber(`${s}${(referenceCheckDigit(s) + 1) % 10}`);
        expect(ok.ok).toBe(true);
        expect(bad.ok).toBe(false);
      }),
    );
  });

  it('gives the owner code', () => {
    const r = parseContainerNumber('MSKU1234565');
    expect(r.ok && ownerCode(r.value)).toBe('MSK');
  });

  it('knows a number already in canonical form exactly when parsing returns it unchanged', () => {
    const near = fc.stringMatching(/^[A-Za-z]{3}[UJZuX][0-9]{6}[0-9 ]$/);
    fc.assert(
      fc.property(fc.oneof(near, fc.string({ maxLength: 12 })), (s) => {
        const r = parseContainerNumber(s);
        expect(isContainerNumber(s)).toBe(r.ok && r.value === s);
      }),
      { numRuns: 3000 },
    );
    expect(isContainerNumber('CSQU3054383')).toBe(true);
    expect(isContainerNumber('csqu3054383')).toBe(false);
  });
});
