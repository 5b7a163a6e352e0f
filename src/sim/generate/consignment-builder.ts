/**
 * Builds the import consignments a call discharges: origin (port, country, relay hub), goods by
 * the origin country's export mix (reefer or dry as calibrated), shipper, consignee and
 * forwarder, one or more containers with weights, seals and stowage, their events, and the entry
 * summary filing time required by the 24-hour rule.
 */
import type { Rng } from '../random.ts';
import type { Commodity } from '../world/commodities.ts';
import {
  chooseSizeType,
  sealNumber,
  type ContainerNumberSource,
} from '../world/container-factory.ts';
import { originAt, type Origin } from '../world/origin-mix.ts';
import type { World } from '../world/world.ts';
import type { CallDraft, ConsignmentDraft, ContainerDraft, Direction } from './drafts.ts';
import { arrivalEvents, DAY_MS, HOUR_MS, originEvents } from './event-timeline.ts';

const ONWARD = ['GBFXT', 'IEDUB', 'SEGOT', 'FIHEL', 'PLGDN', 'NOOSL', 'DKAAR'];

function pickCommodity(world: World, country: string, rng: Rng): Commodity {
  const chooser = world.choosers.get(country);
  const reefer =
    chooser?.reefer && (!chooser.dry || rng.chance(chooser.reeferShare))
      ? chooser.reefer
      : chooser?.dry;
  return reefer?.draw(rng) ?? (world.choosers.get('CN')?.dry?.draw(rng) as Commodity);
}

function stowage(rng: Rng): string {
  const bay = rng.int(0, 49) * 2 + 1;
  const tier = rng.chance(0.55) ? 80 + rng.int(1, 9) * 2 : rng.int(1, 9) * 2;
  return `${String(bay).padStart(3, '0')}${String(rng.int(0, 20)).padStart(2, '0')}${String(tier).padStart(2, '0')}`;
}

export function fullContainer(
  world: World,
  call: CallDraft,
  commodity: Commodity,
  origin: string,
  direction: Direction,
  numbers: ContainerNumberSource,
  rng: Rng,
): ContainerDraft {
  const sizeType = chooseSizeType(commodity.reeferC !== undefined, commodity.netKgPerTeu[1], rng);
  const fill = rng.real(0.9, 1);
  const netKg = Math.min(
    sizeType.maxPayloadKg - 500,
    Math.round(rng.real(...commodity.netKgPerTeu) * sizeType.teu * fill),
  );
  const grossKg = Math.round(netKg * 1.04) + sizeType.tareKg;
  return {
    number: numbers.draw(call.carrier, rng),
    sizeType,
    empty: false,
    direction,
    carrier: call.carrier,
    seal: sealNumber(call.carrier, rng),
    netKg,
    grossKg,
    vgmKg: grossKg,
    packages: Math.round(rng.real(...commodity.packagesPerTeu) * sizeType.teu * fill),
    ...(commodity.reeferC !== undefined ? { reeferC: commodity.reeferC } : {}),
    events: [],
    originCountry: origin,
    stowage: stowage(rng),
  };
}

function route(
  world: World,
  origin: Origin,
  callPort: string,
  transship: boolean,
  rng: Rng,
): ConsignmentDraft['route'] {
  const hubs = [
    ...(origin.hub ? [origin.hub] : []),
    ...(callPort !== origin.port && callPort !== origin.hub ? [callPort] : []),
  ];
  const home = world.home.locode;
  const onward = ONWARD.filter((p) => p !== home);
  return {
    portOfLoading: origin.port,
    transshipmentPorts: transship ? [...hubs, home] : hubs,
    portOfDischarge: transship ? rng.pick(onward) : home,
  };
}

export function buildConsignment(
  world: World,
  call: CallDraft,
  numbers: ContainerNumberSource,
  rng: Rng,
  maxContainers: number,
): ConsignmentDraft {
  const index = rng.int(0, call.service.rotation.length - 1);
  const callPort = call.service.rotation[index] as string;
  const origin = originAt(callPort, rng);
  const commodity = pickCommodity(world, origin.country, rng);
  const transship = call.service.kind === 'deep-sea' && rng.chance(world.config.transshipmentShare);
  const count = Math.min(
    maxContainers,
    1 + Math.min(9, Math.floor(-Math.log(1 - rng.next()) * 0.9)),
  );
  const draft: ConsignmentDraft = {
    billNumber: `${call.carrier.billPrefix}${rng.digits(9)}`,
    bookingReference: `${rng.digits(9)}`,
    bookedAt: 0,
    filedAt: 0,
    carrier: call.carrier,
    route: route(world, origin, callPort, transship, rng),
    commodity,
    shipper: world.registry.shipper(origin.country, commodity.sector, rng),
    consignee: world.registry.consignee(commodity.sector, rng),
    ...(rng.chance(0.5) ? { forwarder: world.registry.forwarder(world.home.country, rng) } : {}),
    containers: [],
    callId: call.id,
    loadedAt: 0,
  };
  const feeder = rng.pick(world.feederVessels);
  const leg = { port: origin.port, ...(origin.hub ? { hub: origin.hub, feeder } : {}) };
  for (let i = 0; i < count; i++) {
    const c = fullContainer(
      world,
      call,
      commodity,
      origin.country,
      transship ? 'transshipment' : 'import',
      numbers,
      rng,
    );
    c.consignment = draft;
    c.events = [
      ...originEvents(c, leg, call, call.departures[index] ?? call.arrivalMs, rng),
      ...arrivalEvents(c, call, world.home.locode, feeder, rng),
    ];
    draft.containers.push(c);
  }
  fileTimes(draft, rng);
  return draft;
}

/** Loading time at the port of loading, then the filing 26–72 h before it and the booking days before that. */
export function fileTimes(draft: ConsignmentDraft, rng: Rng): void {
  const loads = draft.containers.flatMap((c) =>
    c.events
      .filter((e) => e.type === 'LOAD')
      .slice(0, 1)
      .map((e) => e.at),
  );
  draft.loadedAt = Math.min(...loads);
  draft.filedAt = Math.round(draft.loadedAt - rng.real(26, 72) * HOUR_MS);
  draft.bookedAt = Math.round(draft.filedAt - rng.real(3, 25) * DAY_MS);
}

/** After a typology moved a timeline: if loading now comes less than 24 hours after the filing, file earlier. */
export function keepTwentyFourHourRule(draft: ConsignmentDraft, rng: Rng): void {
  const loads = draft.containers.flatMap((c) =>
    c.events.filter((e) => e.type === 'LOAD').map((e) => e.at),
  );
  const first = Math.min(...loads);
  draft.loadedAt = first;
  if (first - draft.filedAt >= 24 * HOUR_MS) return;
  const bookingLead = draft.filedAt - draft.bookedAt;
  draft.filedAt = Math.round(first - rng.real(24.5, 30) * HOUR_MS);
  draft.bookedAt = draft.filedAt - bookingLead;
}
