import { describe, expect, it } from 'vitest';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import type { CaseTruth } from '../ground-truth.ts';
import { entityTruths } from '../output/entity-truths.ts';
import { simConfig } from '../sim-config.ts';
import type { SimDay } from '../sim-day.ts';
import { generateDays } from '../simulate.ts';
import { UNUSUAL_HUBS } from '../world/country-exports.ts';
import { buildWorld } from '../world/world.ts';
import { TYPOLOGIES, type Typology } from './typology.ts';

// Two days of a small port with high rates, so every typology is planted several times.
const rates = Object.fromEntries(TYPOLOGIES.map((t) => [t, 0.006]));
const config = simConfig({
  seed: 'typologies',
  days: 2,
  containersPerDay: 1500,
  typologyRates: rates,
  frontNetworks: 3,
});
const world = buildWorld(config);
const days: SimDay[] = [...generateDays(config, world)];
const cases = days.flatMap((d) => d.cases);
const consignments = days.flatMap((d) =>
  d.calls.flatMap((c) => c.filings.flatMap((f) => f.consignments)),
);
const byBill = new Map(consignments.map((c) => [c.billNumber, c]));

function casesOf(t: Typology): CaseTruth[] {
  const found = cases.filter((k) => k.typology === t);
  expect(found.length, t).toBeGreaterThan(0);
  return found;
}

function unitOf(k: CaseTruth): { consignment: Consignment; unit: Equipment } {
  const consignment = byBill.get(k.billNumber);
  const unit = consignment?.equipment.find((e) => e.containerNumber === k.containerNumber);
  if (!consignment || !unit) throw new Error(`case ${k.caseId} has no filed container`);
  return { consignment, unit };
}

describe('planted typologies leave their signals in the filed data', () => {
  it('rip-on/rip-off: the seal seen after loading differs from the declared seal', () => {
    for (const k of casesOf('rip-on-rip-off')) {
      const { unit } = unitOf(k);
      const events = days
        .flatMap((d) => d.containerEvents)
        .filter(
          (e) => e.containerNumber === k.containerNumber && e.billNumbers?.includes(k.billNumber),
        );
      const seals = new Set(events.flatMap((e) => e.seals ?? []).map((s) => s.number));
      expect(seals.has(unit.seals[0]?.number ?? '')).toBe(true);
      expect(seals.size).toBeGreaterThan(1);
      expect(k.signals).toContain('seal-change');
    }
  });

  it('cover loads: a front consignee from a network, booked shortly before filing', () => {
    const fronts = new Set(
      entityTruths(world.registry.all())
        .filter((e) => e.front)
        .flatMap((e) => [...e.names, ...e.filedNames]),
    );
    for (const k of casesOf('cover-load')) {
      const { consignment } = unitOf(k);
      const consignee = consignment.parties.find((p) => p.role === 'consignee');
      expect(fronts.has(consignee?.name ?? '')).toBe(true);
      expect(k.network).toMatch(/^NET-/);
    }
  });

  it('concealment: reefer cases are in active reefers, structure cases weigh more than declared', () => {
    for (const k of casesOf('concealment-reefer')) expect(unitOf(k).unit.reefer?.active).toBe(true);
    for (const k of casesOf('concealment-structure')) {
      const { unit } = unitOf(k);
      expect((unit.vgmKg ?? 0) - (unit.grossWeightKg ?? 0)).toBeGreaterThan(k.kg);
    }
  });

  it('cloned containers: one number reported by two calls on the same day', () => {
    for (const k of casesOf('cloned-container').filter((c) => c.genuine)) {
      const day = days.find((d) => d.date === k.date);
      const calls = day?.calls.filter((c) =>
        [...c.discharged, ...c.loaded].some((e) => e.containerNumber === k.containerNumber),
      );
      expect(calls?.length).toBe(2);
    }
  });

  it('unusual transshipment: the route runs through an unusual hub', () => {
    for (const k of casesOf('unusual-transshipment')) {
      const { consignment } = unitOf(k);
      expect(UNUSUAL_HUBS).toContain(k.stagePort);
      expect(consignment.route.transshipmentPorts).toContain(k.stagePort);
    }
  });

  it('plants cases only in containers from cocaine source and transit countries', () => {
    for (const k of cases)
      expect([
        'CO',
        'EC',
        'PE',
        'BR',
        'PA',
        'CR',
        'DO',
        'GY',
        'SR',
        'CL',
        'AR',
        'UY',
        'MX',
        'JM',
      ]).toContain(k.originCountry);
  });
});

describe('planted cases keep the filing rules', () => {
  it('files every entry summary at least 24 hours before the first loading, cases included', () => {
    const firstLoad = new Map<string, number>();
    for (const e of days.flatMap((d) => d.containerEvents))
      if (e.eventType === 'LOAD')
        for (const b of e.billNumbers ?? [])
          firstLoad.set(b, Math.min(firstLoad.get(b) ?? Infinity, Date.parse(e.eventAt)));
    for (const f of days.flatMap((d) => d.calls.flatMap((c) => c.filings)))
      for (const c of f.consignments)
        expect(
          (firstLoad.get(c.billNumber) ?? NaN) - Date.parse(f.filedAt),
          c.billNumber,
        ).toBeGreaterThanOrEqual(24 * 3_600_000);
  });
});

describe('entity ground truth', () => {
  const entities = entityTruths(world.registry.all());

  it('records front companies re-registered under new names, sharing contacts within a network', () => {
    const fronts = entities.filter((e) => e.front);
    expect(fronts.some((e) => e.names.length > 1)).toBe(true);
    const phoneOwners = new Map<string, Set<string>>();
    for (const e of fronts)
      for (const p of e.phones)
        phoneOwners.set(p, (phoneOwners.get(p) ?? new Set()).add(e.entityId));
    expect([...phoneOwners.values()].some((owners) => owners.size > 1)).toBe(true);
  });

  it('records legitimate companies that moved address', () => {
    const moved = entities.filter((e) => !e.front && e.addresses.length > 1);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved[0]?.addresses[1]?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
