import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parse-decimal.ts';

describe('parseDecimal', () => {
  it('reads either decimal mark, whatever UNA announced', () => {
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12,5', { decimal: ',' })).toBe(12.5);
    expect(parseDecimal('-0,25', { decimal: ',' })).toBe(-0.25);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('7.')).toBe(7);
    expect(parseDecimal('26000')).toBe(26000);
  });

  it('refuses what is not an EDIFACT number', () => {
    for (const bad of [
      '',
      '-',
      '.',
      '1.2.3',
      '1,2.3',
      '1e5',
      '+5',
      ' 5',
      '12 000',
      'abc',
      '0x10',
      'Infinity',
    ]) {
      expect(parseDecimal(bad), bad).toBeUndefined();
    }
  });
});
