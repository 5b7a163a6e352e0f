import { describe, expect, it } from 'vitest';
import { formatEdifactDate, parseEdifactDate } from './edifact-date.ts';

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
});
