import { describe, expect, it } from 'vitest';
import { formatStats } from './format-stats.ts';
import { simConfig } from './sim-config.ts';
import { StatsCollector } from './sim-stats.ts';
import { generateDays } from './simulate.ts';
import { TYPOLOGIES } from './typologies/typology.ts';
import { buildWorld } from './world/world.ts';

// A scaled-down port over one week, so every service calls once: the measured shares must meet
// the configured targets and the world's expected route and commodity mix.
const rates = Object.fromEntries(TYPOLOGIES.map((t) => [t, 0.002]));
const config = simConfig({ seed: 'stats', days: 7, containersPerDay: 700, typologyRates: rates });
const world = buildWorld(config);
const collector = new StatsCollector();
for (const day of generateDays(config, world)) collector.add(day, world.home.locode);
const stats = collector.summary(world);

describe('simulated world statistics', () => {
  it('prints the statistics of the run, target beside measured', () => {
    const text = formatStats(stats).join('\n');
    expect(text).toContain(`${stats.containersMoved} containers moved`);
    for (const t of TYPOLOGIES) expect(text).toContain(t);
    expect(text).toMatch(/reefer share \(full discharged\)\s+12\.00 %\s+\d+\.\d\d %/);
  });

  it('meets the reefer, transshipment and empty shares', () => {
    expect(Math.abs(stats.reeferShare.measured - config.reeferShare)).toBeLessThan(0.03);
    expect(
      Math.abs(stats.transshipmentShare.measured - stats.transshipmentShare.target),
    ).toBeLessThan(0.03);
    expect(Math.abs(stats.emptyShare.measured - config.emptyShare)).toBeLessThan(0.02);
  });

  it('meets the smuggling rate per typology', () => {
    expect(stats.smugglingRate.target).toBeCloseTo(0.012);
    expect(Math.abs(stats.smugglingRate.measured / stats.smugglingRate.target - 1)).toBeLessThan(
      0.35,
    );
    for (const t of TYPOLOGIES) expect(stats.typologies[t].cases, t).toBeGreaterThan(0);
  });

  it('follows the expected route and commodity mix', () => {
    for (const o of stats.topOrigins.slice(0, 5))
      expect(Math.abs(o.measured - o.target), o.country).toBeLessThan(0.04);
    expect(stats.topOrigins[0]?.country).toBe('CN');
    for (const c of stats.commodityMix.slice(0, 5))
      expect(Math.abs(c.measured - c.target), c.hs).toBeLessThan(0.025);
  });

  it('keeps the default smuggling rate well under 1 % of containers', () => {
    const total = TYPOLOGIES.reduce((s, t) => s + simConfig().typologyRates[t], 0);
    expect(total).toBeLessThan(0.002);
  });
});
