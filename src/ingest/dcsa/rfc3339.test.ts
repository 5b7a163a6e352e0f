// RFC 3339 date-times as DCSA requires them: offset mandatory, calendar checked.
import { describe, expect, it } from 'vitest';
import { isRfc3339DateTime, toUtc } from './rfc3339.ts';

describe('isRfc3339DateTime', () => {
  it.each([
    '2021-01-09T14:12:56+01:00',
    '2019-11-12T07:41:00+08:30',
    '2024-02-29T23:59:60Z',
    '2026-01-20T14:15:00.123456Z',
  ])('accepts %s', (s) => {
    expect(isRfc3339DateTime(s)).toBe(true);
  });
  it.each([
    '2021-01-09T14:12:56',
    '2021 01 01 14:12:56',
    '2023-02-29T10:00:00Z',
    '2021-13-01T00:00:00Z',
    '2021-04-31T00:00:00Z',
    '2021-01-09T24:00:00Z',
    '2021-01-09T14:12Z',
    '2021-01-09T14:12:56+25:00',
  ])('rejects %s', (s) => {
    expect(isRfc3339DateTime(s)).toBe(false);
  });
});

describe('toUtc', () => {
  it('normalises offsets to Z and keeps milliseconds only when present', () => {
    expect(toUtc('2019-11-12T07:41:00+08:30')).toBe('2019-11-11T23:11:00Z');
    expect(toUtc('2026-01-20T14:15:00.250+01:00')).toBe('2026-01-20T13:15:00.250Z');
    expect(toUtc('2026-01-20T14:15:00Z')).toBe('2026-01-20T14:15:00Z');
  });
});
