import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';
import { WeightedTable } from './weighted-table.ts';

describe('Rng', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = createRng('antwerp');
    const b = createRng('antwerp');
    const c = createRng('rotterdam');
    const xs = Array.from({ length: 50 }, () => a.uint32());
    expect(Array.from({ length: 50 }, () => b.uint32())).toEqual(xs);
    expect(Array.from({ length: 50 }, () => c.uint32())).not.toEqual(xs);
  });

  it('forks streams that depend on the label, not on what the parent drew before', () => {
    const a = createRng('s');
    const b = createRng('s');
    b.next();
    b.next();
    expect(a.fork('day-3').uint32()).toBe(b.fork('day-3').uint32());
    expect(a.fork('day-3').uint32()).not.toBe(a.fork('day-4').uint32());
  });

  it('draws integers within bounds and reals with the right mean', () => {
    const r = createRng(1);
    const ints = Array.from({ length: 5000 }, () => r.int(3, 7));
    expect(Math.min(...ints)).toBe(3);
    expect(Math.max(...ints)).toBe(7);
    const mean = Array.from({ length: 20000 }, () => r.next()).reduce((s, x) => s + x, 0) / 20000;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  it('draws Poisson counts with the requested mean, small and large', () => {
    const r = createRng('p');
    for (const lambda of [0.3, 4, 200]) {
      const mean =
        Array.from({ length: 4000 }, () => r.poisson(lambda)).reduce((s, x) => s + x, 0) / 4000;
      expect(Math.abs(mean - lambda) / lambda).toBeLessThan(0.08);
    }
  });
});

describe('WeightedTable', () => {
  it('draws items in proportion to their weights', () => {
    const table = new WeightedTable([
      ['a', 1],
      ['b', 3],
      ['c', 0],
    ] as const);
    const r = createRng('w');
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 8000; i++) counts[table.draw(r)]++;
    expect(counts.c).toBe(0);
    expect(counts.b / 8000).toBeGreaterThan(0.72);
    expect(counts.b / 8000).toBeLessThan(0.78);
    expect(table.share(1)).toBeCloseTo(0.75);
  });
});
