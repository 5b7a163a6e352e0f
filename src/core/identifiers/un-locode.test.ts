import { describe, expect, it } from 'vitest';
import { locodeCountry, parseUnLocode } from './un-locode.ts';

describe('parseUnLocode', () => {
  it('accepts BEANR written with a space or in lower case', () => {
    for (const raw of ['BEANR', 'BE ANR', 'beanr']) {
      const r = parseUnLocode(raw);
      expect(r.ok && r.value).toBe('BEANR');
    }
  });

  it.each(['BEAN', 'BEANRX', 'B1ANR', 'BE-ANR'])('rejects the malformed %s', (raw) => {
    expect(parseUnLocode(raw).diagnostics.map((d) => d.code)).toEqual(['locode.format']);
  });

  it('accepts the reserved digits 0 and 1 with a warning, as a few listed codes use them', () => {
    const r = parseUnLocode('DE9B0');
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning locode.reserved-digit']);
  });

  it('checks existence only through the lookup it is given', () => {
    const known = (c: string) => c === 'BEANR' || c === 'USNYC';
    expect(parseUnLocode('USNYC', known).ok).toBe(true);
    const r = parseUnLocode('XXZZZ', known);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['locode.unknown']);
    expect(parseUnLocode('XXZZZ').ok).toBe(true);
  });

  it('gives the country', () => {
    const r = parseUnLocode('USNYC');
    expect(r.ok && locodeCountry(r.value)).toBe('US');
  });
});
