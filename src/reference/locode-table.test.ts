import { describe, expect, it } from 'vitest';
import { createLocodeTable } from './locode-table.ts';
import { getReferenceData } from './reference-data.ts';

describe('bundled UN/LOCODE table', () => {
  const locodes = getReferenceData().locodes;

  it('knows BEANR and USNYC and not XXZZZ', () => {
    expect(locodes.has('BEANR')).toBe(true);
    expect(locodes.has('USNYC')).toBe(true);
    expect(locodes.has('XXZZZ')).toBe(false);
    expect(locodes.get('XXZZZ')).toBeUndefined();
  });

  it('describes Antwerp as a sea port in Flanders with its coordinates', () => {
    expect(locodes.get('BEANR')).toEqual({
      code: 'BEANR',
      country: 'BE',
      name: 'Antwerpen',
      subdivision: 'VAN',
      functions: ['port', 'rail', 'road', 'airport', 'postal'],
      coordinates: { lat: 51.2167, lon: 4.4167 },
      isSeaport: true,
    });
  });

  it('accepts spaces and lower case in lookups', () => {
    expect(locodes.get('us nyc')?.name).toBe('New York');
    expect(locodes.has('nl rtm')).toBe(true);
  });

  it('holds the whole list, including inland places and codes with the digit 0', () => {
    expect(locodes.size).toBeGreaterThan(115_000);
    expect(locodes.get('DEB90')?.isSeaport).toBe(false);
    const seaports = [...locodes.all()].filter((e) => e.isSeaport);
    expect(seaports.length).toBeGreaterThan(17_000);
    expect(seaports.every((e) => e.functions.includes('port'))).toBe(true);
  });

  it('finds every listed code (the lines are sorted by code)', () => {
    const codes = [...locodes.all()].map((e) => e.code as string);
    expect([...codes].sort()).toEqual(codes);
    expect(codes.every((c) => locodes.has(c))).toBe(true);
    expect(locodes.has('AAAAA')).toBe(false);
    expect(locodes.has('ZZZZZ')).toBe(false);
  });

  it('keeps Namibian codes (country NA is not read as a missing value)', () => {
    expect(locodes.get('NAWVB')?.name).toBe('Walvis Bay');
  });
});

describe('createLocodeTable', () => {
  it('leaves out coordinates and subdivision when the record has none', () => {
    const t = createLocodeTable(
      '#code\tname\tsubdivision\tfunctions\tlat\tlon\nZZABC\tSomewhere\t\t3\t\t\n',
    );
    expect(t.get('ZZABC')).toEqual({
      code: 'ZZABC',
      country: 'ZZ',
      name: 'Somewhere',
      functions: ['road'],
      isSeaport: false,
    });
  });
});
