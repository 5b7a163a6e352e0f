import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatEdifactDate,
  parseEdifactDate,
  plainEdifactDate,
  plainEdifactDateOfDigits,
  plainFormatOfDigits,
} from './edifact-date.ts';

const value = (raw: string, format: string | undefined) => {
  const r = parseEdifactDate(raw, format);
  return r.ok ? r.value : r.diagnostics.map((d) => d.code);
};

describe('EDIFACT dates', () => {
  it('reads formats 102, 201, 203, 204 as UTC', () => {
    expect(value('20240229', '102')).toBe('2024-02-29T00:00:00.000Z');
    expect(value('1604141230', '201')).toBe('2016-04-14T12:30:00.000Z');
    expect(value('201602030913', '203')).toBe('2016-02-03T09:13:00.000Z');
    expect(value('20160203091359', '204')).toBe('2016-02-03T09:13:59.000Z');
  });

  it('applies the zone of format 303', () => {
    expect(value('202403011000+01', '303')).toBe('2024-03-01T09:00:00.000Z');
    expect(value('202403011000-0530', '303')).toBe('2024-03-01T15:30:00.000Z');
    expect(value('202403011000UTC', '303')).toBe('2024-03-01T10:00:00.000Z');
    expect(value('202403011000X', '303')).toEqual(['dtm.value']);
  });

  it('rejects impossible dates and unknown formats', () => {
    expect(value('20230229', '102')).toEqual(['dtm.value']);
    expect(value('202402291260', '203')).toEqual(['dtm.value']);
    expect(value('2024', '602')).toEqual(['dtm.format-unsupported']);
  });

  it('guesses 102 or 203 from the length when no format is given', () => {
    expect(value('20240301', undefined)).toBe('2024-03-01T00:00:00.000Z');
    expect(value('202403011015', undefined)).toBe('2024-03-01T10:15:00.000Z');
  });

  it('writes 203, or 204 when there are seconds', () => {
    expect(formatEdifactDate('2024-03-01T10:15:00.000Z')).toEqual({
      value: '202403011015',
      format: '203',
    });
    expect(formatEdifactDate('2024-03-01T10:15:07Z')).toEqual({
      value: '20240301101507',
      format: '204',
    });
  });

  it('reads plain values without a result exactly as the full parse does, and nothing else', () => {
    const digits = (n: number) =>
      fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    const raw = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 1990, max: 2040 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          digits(2),
          digits(2),
          digits(2),
        )
        .map(
          ([y, mo, d, h, mi, s]) =>
            `${y}${String(mo).padStart(2, '0')}${String(d).padStart(2, '0')}${h}${mi}${s}`,
        ),
      fc.string({ unit: fc.constantFrom('0', '1', '2', '9', 'X', '+', ' '), maxLength: 16 }),
    );
    const cut = fc.constantFrom(8, 10, 12, 14, 15, 16);
    const format = fc.constantFrom(undefined, '102', '201', '203', '204', '303', '602');
    fc.assert(
      fc.property(raw, cut, format, (r, n, f) => {
        const v = r.slice(0, n);
        const full = parseEdifactDate(v, f);
        const plain = plainEdifactDate(v, f);
        if (plain !== undefined) expect(full).toEqual({ ok: true, value: plain, diagnostics: [] });
        else if (full.ok)
          expect(
            f === '201' ||
              f === '303' ||
              (v.length !== 8 && v.length !== 12 && v.length !== 14) ||
              v < '1000',
          ).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(plainEdifactDate('20240301', '102')).toBe('2024-03-01T00:00:00.000Z');
    expect(plainEdifactDate('202403021015', '203')).toBe('2024-03-02T10:15:00.000Z');
    expect(plainEdifactDate('20240301101507', '204')).toBe('2024-03-01T10:15:07.000Z');
    expect(plainEdifactDate('1604141230', '201')).toBeUndefined();
  });

  it('reads a value given as a whole number as the same value given as text', () => {
    const n = fc.oneof(
      fc.integer({ min: 0, max: 99_999_999 }),
      fc.integer({ min: 0, max: 999_999_999_999 }),
      fc.integer({ min: 10_000_000_000_000, max: 99_999_999_999_999 }),
      fc.constantFrom(20240229, 202402291259, 20240229235959, 20230229, 202412312400),
    );
    fc.assert(
      fc.property(n, (v) => {
        const format = plainFormatOfDigits(v);
        const length = String(v).length;
        if (format === undefined) expect([8, 12, 14]).not.toContain(length);
        else {
          expect(length).toBe(format === '102' ? 8 : format === '203' ? 12 : 14);
          expect(plainEdifactDateOfDigits(v, format)).toBe(plainEdifactDate(String(v), format));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
