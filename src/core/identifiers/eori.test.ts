import { describe, expect, it } from 'vitest';
import { parseEori } from './eori.ts';

const codes = (raw: string, known?: (c: string) => boolean) =>
  parseEori(raw, known).diagnostics.map((d) => d.code);

describe('parseEori', () => {
  it('accepts EU numbers and normalises spaces, dots and case', () => {
    for (const [raw, value] of [
      ['BE0123456789', 'BE0123456789'],
      ['be 0123.456.789', 'BE0123456789'],
      ['NL123456789', 'NL123456789'],
      ['DE1234567', 'DE1234567'],
    ]) {
      const r = parseEori(raw ?? '');
      expect(r.ok && r.value).toBe(value);
    }
  });

  it('requires 12 or 15 digits for GB and XI numbers', () => {
    expect(parseEori('GB123456789000').ok).toBe(true);
    expect(parseEori('XI123456789000123').ok).toBe(true);
    expect(codes('GB1234567890')).toEqual(['eori.gb-format']);
    expect(codes('GBAB3456789000')).toEqual(['eori.gb-format']);
  });

  it.each(['B0123456789', '0123456789', 'BE', 'BE01234567890123456'])('rejects %s', (raw) => {
    expect(codes(raw)).toEqual(['eori.format']);
  });

  it('checks the country through the lookup it is given', () => {
    const known = (c: string) => c === 'BE';
    expect(codes('BE0123456789', known)).toEqual([]);
    expect(codes('QQ0123456789', known)).toEqual(['eori.country']);
  });
});
