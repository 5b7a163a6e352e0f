/**
 * Where a service's discharged cargo comes from: for each rotation port, its own country's
 * exports, or — at a transshipment hub — partly cargo relayed from the countries the hub feeds.
 * Also the per-country reefer probability that makes the port's reefer share meet its target.
 */
import type { Rng } from '../random.ts';
import { WeightedTable } from '../weighted-table.ts';
import { COMMODITIES, type Commodity } from './commodities.ts';
import { COUNTRY_EXPORTS, HUBS } from './country-exports.ts';
import type { SimService } from './services.ts';

export interface Origin {
  readonly country: string;
  /** Port the cargo was first loaded at. */
  readonly port: string;
  /** The hub it was relayed through, if any. */
  readonly hub?: string;
}

export interface CountryChooser {
  readonly reeferShare: number;
  readonly reefer?: WeightedTable<Commodity>;
  readonly dry?: WeightedTable<Commodity>;
}

function commodityTable(
  mix: Readonly<Record<string, number>>,
  reefer: boolean,
): WeightedTable<Commodity> | undefined {
  const rows = Object.entries(mix)
    .map(([id, w]) => [COMMODITIES.get(id), w] as const)
    .filter(
      (r): r is readonly [Commodity, number] =>
        r[0] !== undefined && (r[0].reeferC !== undefined) === reefer,
    );
  return rows.length > 0 ? new WeightedTable(rows) : undefined;
}

export function baseChooser(country: string): CountryChooser {
  const mix = COUNTRY_EXPORTS.get(country)?.commodities ?? { plastics: 1, chemicals: 1 };
  const reefer = commodityTable(mix, true);
  const dry = commodityTable(mix, false);
  const total = Object.values(mix).reduce((a, b) => a + b, 0);
  const reeferWeight = Object.entries(mix).reduce(
    (a, [id, w]) => a + (COMMODITIES.get(id)?.reeferC !== undefined ? w : 0),
    0,
  );
  return {
    reeferShare: reeferWeight / total,
    ...(reefer ? { reefer } : {}),
    ...(dry ? { dry } : {}),
  };
}

export function originAt(port: string, rng: Rng): Origin {
  const hub = HUBS.get(port);
  if (!hub || !rng.chance(hub.relayShare)) return { country: port.slice(0, 2), port };
  const country = rng.pick(hub.feeds);
  const ports = COUNTRY_EXPORTS.get(country)?.ports ?? { [port]: 1 };
  const from = new WeightedTable(Object.entries(ports)).draw(rng);
  return from === port ? { country, port } : { country, port: from, hub: port };
}

/** Expected share of a port's discharged full containers by origin country. */
export function expectedOriginShares(services: readonly SimService[]): Map<string, number> {
  const shares = new Map<string, number>();
  const add = (c: string, w: number) => shares.set(c, (shares.get(c) ?? 0) + w);
  for (const s of services) {
    const perPort = (s.size * s.callsPerWeek) / s.rotation.length;
    for (const port of s.rotation) {
      const hub = HUBS.get(port);
      const relay = hub?.relayShare ?? 0;
      add(port.slice(0, 2), perPort * (1 - relay));
      for (const f of hub?.feeds ?? []) add(f, (perPort * relay) / (hub?.feeds.length ?? 1));
    }
  }
  const total = [...shares.values()].reduce((a, b) => a + b, 0);
  for (const [c, w] of shares) shares.set(c, w / total);
  return shares;
}

/** Per-country reefer probabilities, scaled so the expected overall share meets `target`. */
export function calibrateReefers(
  origins: ReadonlyMap<string, number>,
  target: number,
): Map<string, CountryChooser> {
  const base = new Map([...origins.keys()].map((c) => [c, baseChooser(c)] as const));
  const expected = (k: number) =>
    [...origins].reduce(
      (sum, [c, w]) => sum + w * Math.min(0.95, (base.get(c)?.reeferShare ?? 0) * k),
      0,
    );
  let lo = 0;
  let hi = 100;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (expected(mid) < target) lo = mid;
    else hi = mid;
  }
  const result = new Map<string, CountryChooser>();
  for (const [c, b] of base)
    result.set(c, { ...b, reeferShare: Math.min(0.95, b.reeferShare * lo) });
  return result;
}
