import { describe, expect, it } from 'vitest';
import { simConfig, validateSimConfig } from './sim-config.ts';
import { stableUuid } from './stable-uuid.ts';

describe('simConfig', () => {
  it('defaults to a day at Antwerp and keeps the default rates of typologies not overridden', () => {
    const c = simConfig({ typologyRates: { 'cover-load': 0.01 } });
    expect(c.port).toBe('BEANR');
    expect(c.containersPerDay).toBeGreaterThan(19_000);
    expect(c.typologyRates['cover-load']).toBe(0.01);
    expect(c.typologyRates['rip-on-rip-off']).toBe(simConfig().typologyRates['rip-on-rip-off']);
    expect(validateSimConfig(c).ok).toBe(true);
  });

  it('says what is wrong with a configuration, one diagnostic per field', () => {
    const r = validateSimConfig(
      simConfig({
        port: 'ECGYE',
        startDate: '5 Jan',
        days: 0,
        reeferShare: 2,
        typologyRates: { 'cover-load': -1 },
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'sim.config.port',
      'sim.config.start-date',
      'sim.config.days',
      'sim.config.share',
      'sim.config.share',
    ]);
    expect(r.diagnostics.map((d) => d.at?.field)).toContain('typologyRates.cover-load');
  });
});

describe('stableUuid', () => {
  it('gives the same RFC 9562 version 8 UUID for the same name and different ones otherwise', () => {
    const a = stableUuid('call:MSKU1234565:1');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('call:MSKU1234565:1')).toBe(a);
    expect(stableUuid('call:MSKU1234565:2')).not.toBe(a);
  });
});
