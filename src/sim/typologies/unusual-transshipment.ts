/**
 * Transshipment through an unusual hub: cargo from a source country relayed through a port that
 * is not on the usual path for that trade (West African, Mediterranean or Caribbean relays), where
 * the load is added or the paper trail broken before it sails for Europe.
 */
import type { ContainerDraft, EventDraft } from '../generate/drafts.ts';
import { DAY_MS, sailingMs } from '../generate/event-timeline.ts';
import { SOURCE_COUNTRIES, UNUSUAL_HUBS } from '../world/country-exports.ts';
import {
  callOf,
  isSourceImport,
  mainlineLoadIndex,
  type CaseContext,
  type PlantedCase,
  type TypologyPlanter,
} from './case-context.ts';

function relayEvents(
  c: ContainerDraft,
  pol: string,
  hub: string,
  main: EventDraft,
  ctx: CaseContext,
): EventDraft[] {
  const { rng } = ctx;
  const feeder = {
    mode: 'VESSEL' as const,
    vesselImo: rng.pick(ctx.world.feederVessels).imo,
    voyage: `${main.voyage?.slice(0, 4) ?? '0000'}R`,
  };
  const seal = c.empty ? {} : { seal: c.seal };
  const base = { empty: c.empty, ...seal };
  const discMain = main.at - rng.real(1, 3) * DAY_MS;
  const loadHub = discMain - sailingMs(hub, main.location) - rng.real(2, 10) * 3_600_000;
  const discHub = loadHub - rng.real(3, 12) * DAY_MS;
  const loadPol = discHub - sailingMs(pol, hub);
  const round = Math.round;
  return [
    {
      ...base,
      type: 'GTIN',
      at: round(loadPol - rng.real(1, 5) * DAY_MS),
      location: pol,
      mode: 'TRUCK',
    },
    { ...base, ...feeder, type: 'LOAD', at: round(loadPol), location: pol },
    { ...base, ...feeder, type: 'DISC', at: round(discHub), location: hub },
    { ...base, ...feeder, type: 'LOAD', at: round(loadHub), location: hub },
    { ...base, ...feeder, type: 'DISC', at: round(discMain), location: main.location },
  ];
}

/** When the mainline loaded at the port of loading itself, the relay joins it at the last other port of the rotation. */
function moveMainline(c: ContainerDraft, main: EventDraft, pol: string, ctx: CaseContext): boolean {
  const call = callOf(c, ctx);
  const rotation = call?.service.rotation ?? [];
  const index = rotation.findLastIndex((p) => p !== pol);
  const departs = call?.departures[index];
  if (index < 0 || departs === undefined) return false;
  main.location = rotation[index] as string;
  main.at = Math.round(departs - ctx.rng.real(3, 20) * 3_600_000);
  return true;
}

export const unusualTransshipment: TypologyPlanter = {
  eligible: (c) => isSourceImport(c, SOURCE_COUNTRIES) && c.consignment?.containers.length === 1,
  plant(c: ContainerDraft, ctx: CaseContext): PlantedCase {
    const cons = c.consignment;
    const index = mainlineLoadIndex(c, callOf(c, ctx));
    const main = c.events[index];
    if (!cons || !main) return { stage: 'origin', signals: [] };
    const hub = ctx.rng.pick(UNUSUAL_HUBS.filter((h) => h.slice(0, 2) !== c.originCountry));
    const pol = cons.route.portOfLoading;
    if (main.location === pol && !moveMainline(c, main, pol, ctx))
      return { stage: 'origin', signals: [] };
    c.events.splice(0, index, ...relayEvents(c, pol, hub, main, ctx));
    const onward = cons.route.transshipmentPorts.filter((p) => p !== main.location);
    cons.route.transshipmentPorts = [
      hub,
      ...(main.location !== pol ? [main.location] : []),
      ...onward,
    ];
    const first = c.events.find((e) => e.type === 'LOAD');
    if (first && cons.filedAt > first.at - 24 * 3_600_000) {
      cons.filedAt = Math.round(first.at - ctx.rng.real(26, 60) * 3_600_000);
      cons.bookedAt = Math.round(cons.filedAt - ctx.rng.real(3, 20) * DAY_MS);
    }
    cons.loadedAt = first?.at ?? cons.loadedAt;
    return { stage: 'transshipment', stagePort: hub, signals: ['unusual-hub'] };
  },
};
