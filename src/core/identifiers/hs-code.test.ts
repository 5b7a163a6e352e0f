import { describe, expect, it } from 'vitest';
import { hs6Of, hsChapter, parseHsCode } from './hs-code.ts';

describe('parseHsCode', () => {
  it.each([
    ['080390', '080390'],
    ['0803.90', '080390'],
    ['08039010', '08039010'],
    ['0803.90.10', '08039010'],
    ['0803901000', '0803901000'],
    ['0803 90 10 00', '0803901000'],
  ])('accepts %s as %s', (raw, value) => {
    const r = parseHsCode(raw);
    expect(r.ok && r.value).toBe(value);
  });

  it.each(['0803', '0803901', '080390100', '08039010000', '08O390'])(
    'rejects %s: not 6, 8 or 10 digits',
    (raw) => {
      expect(parseHsCode(raw).diagnostics.map((d) => d.code)).toEqual(['hs.format']);
    },
  );

  it('checks the 6-digit subheading of longer codes against the lookup', () => {
    const known = (hs6: string) => hs6 === '080390';
    expect(parseHsCode('0803901000', known).ok).toBe(true);
    const r = parseHsCode('0803991000', known);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['hs.unknown']);
    expect(r.diagnostics[0]?.message).toContain('080399');
  });

  it('gives the HS6 and the chapter', () => {
    const r = parseHsCode('0803.90.10');
    expect(r.ok && [hs6Of(r.value), hsChapter(r.value)]).toEqual(['080390', '08']);
  });
});
