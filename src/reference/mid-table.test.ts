import { describe, expect, it } from 'vitest';
import { getReferenceData } from './reference-data.ts';

describe('bundled ITU MID table', () => {
  const { mid, countries } = getReferenceData();

  it.each([
    ['205', 'BE'],
    ['244', 'NL'],
    ['366', 'US'],
    ['303', 'US'], // Alaska
    ['477', 'HK'],
    ['204', 'PT'], // Azores
    ['351', 'PA'],
    ['636', 'LR'],
    ['538', 'MH'],
  ])('MID %s is flag %s', (m, flag) => {
    expect(mid.flagOf(m)).toBe(flag);
  });

  it('has no flag for unallocated MIDs', () => {
    expect(mid.flagOf('123')).toBeUndefined();
    expect(mid.flagOf('999')).toBeUndefined();
  });

  it('maps every MID to an ISO 3166 country', () => {
    expect(mid.all().length).toBe(294);
    expect(mid.all().filter((e) => !countries.has(e.flag))).toEqual([]);
  });
});
