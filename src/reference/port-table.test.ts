import { describe, expect, it } from 'vitest';
import { getReferenceData } from './reference-data.ts';

describe('bundled World Port Index table', () => {
  const { ports, locodes } = getReferenceData();

  it('gives Antwerp and Rotterdam as large harbours with coordinates', () => {
    expect(ports.get('BEANR')).toMatchObject({
      locode: 'BEANR',
      name: 'Antwerpen',
      country: 'BE',
      harbourSize: 'large',
    });
    expect(ports.get('BE ANR')?.lat).toBeCloseTo(51.22, 1);
    expect(ports.get('NLRTM')?.lon).toBeCloseTo(4.48, 1);
  });

  it('has no port for an inland place or an unknown code', () => {
    expect(locodes.has('CHZRH')).toBe(true);
    expect(ports.get('CHZRH')).toBeUndefined();
    expect(ports.get('XXZZZ')).toBeUndefined();
  });

  it('lists ports with valid coordinates, and nearly all LOCODEs exist in UN/LOCODE', () => {
    const all = ports.all();
    expect(all.length).toBeGreaterThan(3_000);
    for (const p of all) {
      expect(Math.abs(p.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(p.lon)).toBeLessThanOrEqual(180);
    }
    const unknown = all.filter((p) => !locodes.has(p.locode));
    expect(unknown.length).toBeLessThan(20);
  });

  it('keeps WPI ports without a UN/LOCODE apart', () => {
    const unlisted = ports.unlisted();
    expect(unlisted.length).toBeGreaterThan(400);
    expect(unlisted.some((p) => 'locode' in p)).toBe(false);
  });
});
