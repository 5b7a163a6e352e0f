import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simDataPath } from './sim-data-path.ts';
import { parseVessels } from './vessels.ts';

describe('vessels', () => {
  it('lists each IMO number once in data/sim/vessels.csv', () => {
    const imos = readFileSync(simDataPath('vessels.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => line.trim() !== '')
      .map((line) => line.split(',')[0]);
    const twice = imos.filter((imo, i) => imos.indexOf(imo) !== i);
    expect(twice).toEqual([]);
    expect(imos.length).toBe(317);
  });

  it('refuses a list that names a ship twice', () => {
    const text = 'imo,name,gross_tonnage,year_built,flag\n9401130,MSC EVA,151559,2010,PA\n';
    expect(parseVessels(text)).toHaveLength(1);
    expect(() => parseVessels(text + '9401130,MSC EVA,151559,2010,PA\n')).toThrow(/9401130 twice/);
  });
});
