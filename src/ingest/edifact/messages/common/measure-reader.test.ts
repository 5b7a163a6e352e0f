import { describe, expect, it } from 'vitest';
import { readAndMap } from './round-trip.ts';

/** A BAPLIE with one unit whose group holds the given MEA segments. */
function unitWith(...meas: string[]): string {
  const body = [
    "BGM++S1+9'TDT+20+412W'LOC+5+ECGYE'LOC+147+0100102'",
    ...meas.map((m) => `${m}'`),
    "EQD+CN+MSKU0000006+45G1+++5'",
  ].join('');
  const count = 2 + body.split("'").length - 1;
  return `UNB+UNOC:3+S+R+240301:1000+B1'UNH+1+BAPLIE:D:95B:UN'${body}UNT+${count}+1'UNZ+1+B1'`;
}

function read(...meas: string[]) {
  const [m] = readAndMap(unitWith(...meas));
  return {
    unit: m?.records.equipment[0],
    diagnostics: m?.diagnostics.map((d) => [d.code, d.severity, d.at?.segment, d.at?.element]),
  };
}

describe('MEA weights', () => {
  it('reads the property code (C502), else the purpose (6311), in kilograms', () => {
    expect(read('MEA+WT+G+KGM:21000').unit).toMatchObject({ grossWeightKg: 21000 });
    expect(read('MEA+WT++TNE:2.5').unit).toMatchObject({ grossWeightKg: 2500 });
    expect(read('MEA+AAE+T+LBR:1000').unit).toMatchObject({ tareWeightKg: 453.592 });
    expect(read('MEA+VGM++KGM:30480').unit).toMatchObject({ vgmKg: 30480 });
    expect(read('MEA+WT+G+:7000').unit).toMatchObject({ grossWeightKg: 7000 });
  });

  it('ignores a property code it does not know, even when the purpose is a weight', () => {
    const { unit, diagnostics } = read('MEA+WT+ZZZ+KGM:21000');
    expect(unit).not.toHaveProperty('grossWeightKg');
    expect(diagnostics).toEqual([]);
  });

  it('reports a unit it cannot convert at the unit, and keeps the unit aboard', () => {
    const { unit, diagnostics } = read('MEA+WT+G+LBS:21000');
    expect(unit).toMatchObject({ containerNumber: 'MSKU0000006' });
    expect(unit).not.toHaveProperty('grossWeightKg');
    expect(diagnostics).toEqual([['mea.unit-unsupported', 'warning', 6, 3]]);
  });

  it('reports a value that is not a number', () => {
    const { diagnostics } = read('MEA+WT+G+KGM:21.000.5');
    expect(diagnostics).toEqual([['edifact.number', 'error', 6, 3]]);
  });
});
