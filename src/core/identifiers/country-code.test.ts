import { describe, expect, it } from 'vitest';
import { parseCountryCode } from './country-code.ts';

describe('parseCountryCode', () => {
  it('accepts two letters in any case', () => {
    const r = parseCountryCode(' be ');
    expect(r.ok && r.value).toBe('BE');
  });

  it.each(['B', 'BEL', 'B1', ''])('rejects %j', (raw) => {
    expect(parseCountryCode(raw).diagnostics.map((d) => d.code)).toEqual(['country.format']);
  });

  it('checks existence through the lookup it is given', () => {
    const known = (c: string) => c === 'BE' || c === 'NA';
    expect(parseCountryCode('NA', known).ok).toBe(true);
    expect(parseCountryCode('XX', known).diagnostics.map((d) => d.code)).toEqual([
      'country.unknown',
    ]);
  });
});
