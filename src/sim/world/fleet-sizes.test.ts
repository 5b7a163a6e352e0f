import { describe, expect, it } from 'vitest';
import { fleetNeed, fleetSizes } from './fleet-sizes.ts';
import { SERVICES } from './services.ts';

const deepSea = SERVICES.filter((s) => s.kind === 'deep-sea');
const need = deepSea.map(fleetNeed);
const needed = need.reduce((a, b) => a + b, 0);

describe('fleetSizes', () => {
  it('gives each service its own round trip when the pool is large enough', () => {
    expect(needed).toBe(253);
    expect(fleetSizes(deepSea, 260, 'ships')).toEqual(need);
  });

  it('cuts every fleet by about the same share when the pool is short, using every ship once', () => {
    const sizes = fleetSizes(deepSea, 217, 'ships');
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(217);
    const shares = sizes.map((n, i) => n / need[i]!);
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(0.75);
    expect(Math.max(...shares)).toBeLessThan(1);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThan(0.15);
    const asia = deepSea.findIndex((s) => s.code === 'AE1');
    expect(sizes[asia]).toBeGreaterThanOrEqual(10);
    deepSea.forEach((s, i) => expect(sizes[i]).toBeGreaterThanOrEqual(s.callsPerWeek));
  });

  it('refuses a pool too short for round trips cut to three quarters, naming the shortfall', () => {
    expect(() => fleetSizes(deepSea, 150, 'deep-sea ships')).toThrow(
      /Too few deep-sea ships: 150 for services that need 253 \(\d+ at round trips cut to 75 %\), short by \d+/,
    );
  });
});
