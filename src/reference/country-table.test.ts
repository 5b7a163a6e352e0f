import { describe, expect, it } from 'vitest';
import { getReferenceData } from './reference-data.ts';

describe('bundled ISO 3166 country table', () => {
  const countries = getReferenceData().countries;

  it('gives Belgium by alpha-2, alpha-3 and numeric code', () => {
    const be = {
      alpha2: 'BE',
      alpha3: 'BEL',
      numeric: '056',
      name: 'Belgium',
      shortName: 'Belgium',
    };
    expect(countries.get('BE')).toEqual(be);
    expect(countries.get('be')).toEqual(be);
    expect(countries.byAlpha3('bel')).toEqual(be);
    expect(countries.byNumeric('56')).toEqual(be);
  });

  it('knows Namibia (NA) and not XX', () => {
    expect(countries.has('NA')).toBe(true);
    expect(countries.get('NA')?.alpha3).toBe('NAM');
    expect(countries.has('XX')).toBe(false);
  });

  it('lists every ISO 3166-1 country once, with well-formed codes', () => {
    const all = countries.all();
    expect(all.length).toBeGreaterThanOrEqual(249);
    expect(new Set(all.map((c) => c.alpha2)).size).toBe(all.length);
    for (const c of all) {
      expect(c.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(c.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect(c.name).not.toBe('');
    }
  });

  it('has a country for every UN/LOCODE country prefix in use by the ports', () => {
    const missing = getReferenceData()
      .ports.all()
      .filter((p) => !countries.has(p.country))
      .map((p) => p.locode);
    expect(missing).toEqual([]);
  });
});
