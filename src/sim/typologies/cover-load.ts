/**
 * Cover load: a criminal network imports drugs hidden in a genuine-looking cargo bought for the
 * purpose, consigned to a front company — newly registered, on its first shipments, trading in
 * goods unrelated to its registered business — often from a front exporter, booked late.
 */
import { DAY_MS, HOUR_MS } from '../generate/event-timeline.ts';
import type { ContainerDraft } from '../generate/drafts.ts';
import { SOURCE_COUNTRIES } from '../world/country-exports.ts';
import { frontCompany, type FrontNetwork } from '../world/front-network.ts';
import {
  isSourceImport,
  type CaseContext,
  type PlantedCase,
  type TypologyPlanter,
} from './case-context.ts';
import type { Signal } from './typology.ts';

export function networkFor(country: string, ctx: CaseContext): FrontNetwork | undefined {
  const nets = ctx.world.networks;
  if (nets.length === 0) return undefined;
  const local = nets.filter((n) => n.sourceCountry === country);
  return ctx.rng.pick(local.length > 0 ? local : nets);
}

/** Puts a network's front consignee (and, from its own source country, a front shipper) on the consignment. */
export function frontParties(c: ContainerDraft, net: FrontNetwork, ctx: CaseContext): Signal[] {
  const cons = c.consignment;
  if (!cons) return [];
  const { registry, parts } = ctx.world;
  const consignee = frontCompany(net, 'consignee', cons.filedAt, registry, parts);
  const signals: Signal[] = [];
  if (consignee.shipments === 0) signals.push('new-consignee', 'first-shipment');
  if (consignee.sector !== cons.commodity.sector) signals.push('goods-inconsistent');
  cons.consignee = consignee;
  delete cons.forwarder;
  if (net.sourceCountry === c.originCountry && ctx.rng.chance(0.5)) {
    cons.shipper = frontCompany(net, 'shipper', cons.filedAt, registry, parts);
  }
  return signals;
}

export const coverLoad: TypologyPlanter = {
  eligible: (c) => isSourceImport(c, SOURCE_COUNTRIES) && c.consignment?.containers.length === 1,
  plant(c: ContainerDraft, ctx: CaseContext): PlantedCase {
    const cons = c.consignment;
    const net = networkFor(c.originCountry, ctx);
    const signals = net ? frontParties(c, net, ctx) : [];
    if (cons) {
      cons.bookedAt = Math.round(cons.filedAt - ctx.rng.real(0.5, 2) * DAY_MS);
      cons.filedAt = Math.round(
        Math.max(cons.filedAt, cons.loadedAt - ctx.rng.real(24.5, 27) * HOUR_MS),
      );
      signals.push('late-booking');
    }
    return {
      stage: 'stuffing',
      stagePort: cons?.route.portOfLoading ?? c.originCountry,
      signals,
      ...(net ? { network: net.id } : {}),
    };
  },
};
