import { describe, expect, it } from 'vitest';
import { parseSdnCsv } from './parse-sdn-csv.ts';

const SAMPLE = [
  `306,"BANCO NACIONAL DE CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. 'BNC'."`,
  `6707,"CARO QUINTERO, Rafael","individual","SDNTK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 12 Dec 1952; POB Mexico; a.k.a. 'CARO, Rafael'; Passport 123 (Colombia)."`,
  `9999,"BROKEN ROW"`,
  `7000,"SHIP ""ONE""","vessel","SDNT] [ILLICIT-DRUGS-EO14059",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `,
  '\u001a',
].join('\r\n');

describe('parseSdnCsv', () => {
  const countries = new Map([
    ['MEXICO', 'MX'],
    ['COLOMBIA', 'CO'],
  ]);
  const parsed = parseSdnCsv(SAMPLE, { countryByName: countries, source: 'sample.csv' });

  it('reads entries, aliases, programmes and countries', () => {
    expect(parsed.entries.map((e) => e.id)).toEqual(['306', '6707', '7000']);
    const caro = parsed.entries[1];
    expect(caro?.kind).toBe('individual');
    expect(caro?.aliases).toEqual(['CARO, Rafael']);
    expect(caro?.countries).toEqual(['CO', 'MX']);
    expect(parsed.entries[0]?.aliases).toEqual(['BNC']);
    expect(parsed.entries[2]?.name).toBe('SHIP "ONE"');
  });

  it('flags narcotics programmes', () => {
    expect(parsed.entries.map((e) => e.narcotics)).toEqual([false, true, true]);
    expect(parsed.entries[2]?.programmes).toEqual(['SDNT', 'ILLICIT-DRUGS-EO14059']);
  });

  it('reports a bad row with its line and keeps the rest', () => {
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]?.at).toEqual({ source: 'sample.csv', line: 3 });
  });
});
