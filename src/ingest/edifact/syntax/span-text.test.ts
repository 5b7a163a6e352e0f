import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberOf } from '../messages/common/decimal-text.ts';
import { codesOf } from './char-codes.ts';
import { decimalAt } from './span-text.ts';

const BAR = 124;
const CARET = 94;

/** decimalAt over `text` written as the first component of an element, followed by more. */
function read(text: string): number | undefined {
  const span = `|${text}^x|y`;
  return decimalAt(codesOf(span), 1, span.length, BAR, CARET);
}

describe('decimalAt', () => {
  it('reads plain digits and decimals in place, either decimal mark', () => {
    expect(read('26000')).toBe(26000);
    expect(read('13.5')).toBe(13.5);
    expect(read('-0,25')).toBe(-0.25);
    expect(Object.is(read('-0'), -0)).toBe(true);
    expect(read('')).toBeUndefined();
  });

  it('leaves anything else to the text path (NaN)', () => {
    for (const other of ['-', '.5', '7.', '1.2.3', '+5', '1e5', ' 5', '1234567890123456', 'x'])
      expect(read(other), other).toBeNaN();
  });

  it('gives the value numberOf gives whenever it reads one', () => {
    const text = fc.string({ unit: fc.constantFrom(...'0123456789-.,e+ '), maxLength: 20 });
    fc.assert(
      fc.property(text, (s) => {
        const n = read(s);
        if (n === undefined) return s === '';
        if (Number.isNaN(n)) return true;
        return Object.is(n, numberOf(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads every decimal numberOf reads, up to 14 digits, to the same value', () => {
    const digits = fc.string({
      unit: fc.constantFrom(...'0123456789'),
      minLength: 1,
      maxLength: 7,
    });
    const decimal = fc
      .tuple(fc.boolean(), digits, fc.option(fc.tuple(fc.constantFrom('.', ','), digits)))
      .map(
        ([minus, whole, fraction]) =>
          `${minus ? '-' : ''}${whole}${fraction ? fraction.join('') : ''}`,
      );
    fc.assert(
      fc.property(decimal, (s) => Object.is(read(s), numberOf(s))),
      { numRuns: 5000 },
    );
  });
});
