/**
 * Statistics of a simulated run, measured from what the simulator emitted (equipment, filings,
 * cases) and set beside the targets of the configuration and the world tables: reefer,
 * transshipment and empty shares, the smuggling rate per typology, the top origins and the
 * commodity mix.
 */
import type { SimConfig } from './sim-config.ts';
import type { SimDay } from './sim-day.ts';
import { TYPOLOGIES, type Typology } from './typologies/typology.ts';
import { COMMODITIES } from './world/commodities.ts';
import type { World } from './world/world.ts';

export interface Measure {
  readonly target: number;
  readonly measured: number;
}

export interface SimStats {
  readonly days: number;
  readonly calls: number;
  readonly consignments: number;
  readonly containersMoved: number;
  readonly discharged: number;
  readonly dischargedFull: number;
  readonly reeferShare: Measure;
  readonly transshipmentShare: Measure;
  readonly emptyShare: Measure;
  readonly smugglingRate: Measure & { readonly cases: number };
  readonly typologies: Readonly<Record<Typology, Measure & { readonly cases: number }>>;
  readonly topOrigins: readonly (Measure & { readonly country: string })[];
  readonly commodityMix: readonly (Measure & {
    readonly hs: string;
    readonly description: string;
  })[];
}

export class StatsCollector {
  private days = 0;
  private calls = 0;
  private consignments = 0;
  private moved = 0;
  private discharged = 0;
  private full = 0;
  private reefers = 0;
  private transshipped = 0;
  private empties = 0;
  private readonly cases = new Map<Typology, number>();
  private readonly origins = new Map<string, number>();
  private readonly hs = new Map<string, number>();

  add(day: SimDay, home: string): void {
    this.days++;
    for (const call of day.calls) {
      this.calls++;
      this.moved += call.discharged.length + call.loaded.length;
      this.discharged += call.discharged.length;
      for (const e of [...call.discharged, ...call.loaded])
        if (e.fullEmpty === 'empty') this.empties++;
      for (const e of call.discharged) if (e.fullEmpty === 'full' && e.reefer) this.reefers++;
      for (const f of call.filings) for (const c of f.consignments) this.addConsignment(c, home);
    }
    for (const k of day.cases) this.cases.set(k.typology, (this.cases.get(k.typology) ?? 0) + 1);
  }

  private addConsignment(
    c: SimDay['calls'][number]['filings'][number]['consignments'][number],
    home: string,
  ): void {
    this.consignments++;
    const n = c.equipment.length;
    this.full += n;
    if (c.route.portOfDischarge !== home) this.transshipped += n;
    const country = c.route.portOfLoading.slice(0, 2);
    this.origins.set(country, (this.origins.get(country) ?? 0) + n);
    const hs = c.goods[0]?.hsCode?.slice(0, 6) ?? '';
    this.hs.set(hs, (this.hs.get(hs) ?? 0) + n);
  }

  summary(world: World, top = 10): SimStats {
    const cfg: SimConfig = world.config;
    const share = (n: number, d: number) => (d > 0 ? n / d : 0);
    const typologies = Object.fromEntries(
      TYPOLOGIES.map((t) => [
        t,
        {
          target: cfg.typologyRates[t],
          measured: share(this.cases.get(t) ?? 0, this.moved),
          cases: this.cases.get(t) ?? 0,
        },
      ]),
    ) as Record<Typology, Measure & { cases: number }>;
    const cases = [...this.cases.values()].reduce((a, b) => a + b, 0);
    return {
      days: this.days,
      calls: this.calls,
      consignments: this.consignments,
      containersMoved: this.moved,
      discharged: this.discharged,
      dischargedFull: this.full,
      reeferShare: { target: cfg.reeferShare, measured: share(this.reefers, this.full) },
      transshipmentShare: {
        target: expectedTransshipment(world),
        measured: share(this.transshipped, this.full),
      },
      emptyShare: { target: cfg.emptyShare, measured: share(this.empties, this.moved) },
      smugglingRate: {
        target: TYPOLOGIES.reduce((s, t) => s + cfg.typologyRates[t], 0),
        measured: share(cases, this.moved),
        cases,
      },
      typologies,
      topOrigins: topOf(world.originShares, this.origins, this.full, top).map(([country, m]) => ({
        country,
        ...m,
      })),
      commodityMix: topOf(expectedCommodityMix(world), this.hs, this.full, top).map(([hs, m]) => ({
        hs,
        description: [...COMMODITIES.values()].find((c) => c.hs === hs)?.description ?? '',
        ...m,
      })),
    };
  }
}

function topOf(
  expected: ReadonlyMap<string, number>,
  counts: ReadonlyMap<string, number>,
  total: number,
  top: number,
): [string, Measure][] {
  return [...expected]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([key, target]) => [
      key,
      { target, measured: total > 0 ? (counts.get(key) ?? 0) / total : 0 },
    ]);
}

/** Transshipment is drawn only on deep-sea calls: the target is the configured share times their part of the volume. */
export function expectedTransshipment(world: World): number {
  const weight = (deep: boolean) =>
    world.plans
      .filter((p) => (p.service.kind === 'deep-sea') === deep)
      .reduce((s, p) => s + p.service.size * p.service.callsPerWeek, 0);
  const deep = weight(true);
  return (world.config.transshipmentShare * deep) / (deep + weight(false));
}

export function expectedCommodityMix(world: World): Map<string, number> {
  const mix = new Map<string, number>();
  for (const [country, w] of world.originShares) {
    const chooser = world.choosers.get(country);
    if (!chooser) continue;
    const pReefer = chooser.reefer ? (chooser.dry ? chooser.reeferShare : 1) : 0;
    for (const [table, p] of [
      [chooser.reefer, pReefer],
      [chooser.dry, 1 - pReefer],
    ] as const) {
      if (!table) continue;
      table.items.forEach((c, i) => mix.set(c.hs, (mix.get(c.hs) ?? 0) + w * p * table.share(i)));
    }
  }
  return mix;
}
