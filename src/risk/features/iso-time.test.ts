import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToMs } from './iso-time.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('isoToMs', () => {
  it('agrees with Date.parse on UTC and offset date-times, with and without fractions', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2090-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.constantFrom('', '.5', '.123', '.123456'),
        (date, offset, fraction) => {
          const z = date.toISOString();
          expect(isoToMs(z)).toBe(Date.parse(z));
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const s = `${z.slice(0, 19)}${fraction}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
          expect(isoToMs(s)).toBe(Date.parse(s));
        },
      ),
    );
  });

  it('falls back to Date.parse for other shapes, and gives NaN for nonsense', () => {
    expect(isoToMs('2026-03-01')).toBe(Date.parse('2026-03-01'));
    expect(isoToMs('2026-03-01T10:00Z')).toBe(Date.parse('2026-03-01T10:00Z'));
    expect(isoToMs('2026-0x-01T10:00:00Z')).toBeNaN();
    expect(isoToMs('')).toBeNaN();
    for (const s of [
      '2026-02-29T00:00:00Z',
      '2024-02-29T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-04-31T10:00:00Z',
      '2026-01-01T24:00:00Z',
      '1900-03-01T00:00:00Z',
      '2000-02-29T23:59:59.999+05:30',
    ]) {
      expect(isoToMs(s), s).toEqual(Date.parse(s));
    }
  });
});
