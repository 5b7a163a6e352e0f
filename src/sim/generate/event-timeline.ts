/**
 * The life of a container as terminals and carriers report it: gate-in and loading at origin,
 * discharge and reloading at a transshipment hub, discharge at the simulated port, then
 * gate-out (import) or loading onto a feeder (transshipment); for exports, gate-in and loading.
 * Times follow from sailing distances, port stays and dwell times drawn per container.
 */
import type { Rng } from '../random.ts';
import { distanceNm, simPort } from '../world/ports.ts';
import type { SimVessel } from '../world/vessels.ts';
import type { CallDraft, ContainerDraft, EventDraft } from './drafts.ts';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const KNOTS = 17;

export function sailingMs(from: string, to: string): number {
  return (distanceNm(simPort(from), simPort(to)) / KNOTS) * HOUR_MS;
}

/** Departure from each rotation port, working back from arrival at the home port. */
export function rotationDepartures(
  rotation: readonly string[],
  home: string,
  arrivalMs: number,
): number[] {
  const departures = new Array<number>(rotation.length);
  let next = home;
  let at = arrivalMs;
  for (let i = rotation.length - 1; i >= 0; i--) {
    const port = rotation[i] as string;
    at -= sailingMs(port, next);
    departures[i] = at;
    at -= 20 * HOUR_MS;
    next = port;
  }
  return departures;
}

function ev(
  c: ContainerDraft,
  type: EventDraft['type'],
  at: number,
  location: string,
  extra: Partial<EventDraft> = {},
): EventDraft {
  return {
    type,
    at: Math.round(at),
    location,
    mode: 'TRUCK',
    empty: c.empty,
    ...(c.empty ? {} : { seal: c.seal }),
    ...extra,
  };
}

export interface OriginLeg {
  readonly port: string;
  /** The hub the container was relayed through, and the feeder that brought it there. */
  readonly hub?: string;
  readonly feeder?: SimVessel;
}

/** Gate-in and loading at origin (and the relay through a hub), before the mainline departs `mainlineDepartMs` from the port of loading on the call. */
export function originEvents(
  c: ContainerDraft,
  leg: OriginLeg,
  call: CallDraft,
  mainlineDepartMs: number,
  rng: Rng,
): EventDraft[] {
  const vessel = { mode: 'VESSEL' as const, vesselImo: call.vessel.imo, voyage: call.voyage };
  const loadPort = leg.hub ?? leg.port;
  const mainLoad = mainlineDepartMs - rng.real(3, 20) * HOUR_MS;
  if (!leg.hub) {
    const gateIn = mainLoad - rng.real(1, 6) * DAY_MS;
    return [ev(c, 'GTIN', gateIn, leg.port), ev(c, 'LOAD', mainLoad, leg.port, vessel)];
  }
  const hubDisc = mainLoad - rng.real(2, 8) * DAY_MS;
  const feederLoad = hubDisc - sailingMs(leg.port, leg.hub) - rng.real(2, 10) * HOUR_MS;
  const feeder = {
    mode: 'VESSEL' as const,
    ...(leg.feeder ? { vesselImo: leg.feeder.imo } : {}),
    voyage: `${call.voyage.slice(0, 4)}F`,
  };
  return [
    ev(c, 'GTIN', feederLoad - rng.real(1, 5) * DAY_MS, leg.port),
    ev(c, 'LOAD', feederLoad, leg.port, feeder),
    ev(c, 'DISC', hubDisc, loadPort, feeder),
    ev(c, 'LOAD', mainLoad, loadPort, vessel),
  ];
}

/** Discharge at the home port and what follows: gate-out after a dwell, or loading onto a feeder. */
export function arrivalEvents(
  c: ContainerDraft,
  call: CallDraft,
  home: string,
  feeder: SimVessel,
  rng: Rng,
): EventDraft[] {
  const facility = call.terminal;
  const span = (call.departureMs - call.arrivalMs) * 0.6;
  const disc = call.arrivalMs + HOUR_MS + rng.next() * span;
  const events = [
    ev(c, 'DISC', disc, home, {
      facility,
      mode: 'VESSEL',
      vesselImo: call.vessel.imo,
      voyage: call.voyage,
    }),
  ];
  if (c.direction === 'transshipment') {
    const at = disc + rng.real(2, 6) * DAY_MS;
    events.push(
      ev(c, 'LOAD', at, home, {
        facility,
        mode: 'VESSEL',
        vesselImo: feeder.imo,
        voyage: `${call.voyage.slice(0, 4)}F`,
      }),
    );
    return events;
  }
  const dwellDays =
    c.reeferC !== undefined
      ? rng.real(0.4, 3)
      : Math.min(14, 0.8 + -Math.log(1 - rng.next()) * 2.5);
  const out = Math.max(disc + rng.real(2, 6) * HOUR_MS, dayTime(disc + dwellDays * DAY_MS, rng));
  events.push(ev(c, 'GTOT', out, home, { facility }));
  return events;
}

/** Gate-in at the home terminal days before the call, then loading. */
export function exportEvents(
  c: ContainerDraft,
  call: CallDraft,
  home: string,
  rng: Rng,
): EventDraft[] {
  const facility = call.terminal;
  const span = call.departureMs - call.arrivalMs;
  const load = call.arrivalMs + span * (0.4 + 0.55 * rng.next());
  const gateIn = Math.min(
    load - rng.real(2, 10) * HOUR_MS,
    dayTime(load - rng.real(0.5, 5) * DAY_MS, rng),
  );
  return [
    ev(c, 'GTIN', gateIn, home, { facility }),
    ev(c, 'LOAD', load, home, {
      facility,
      mode: 'VESSEL',
      vesselImo: call.vessel.imo,
      voyage: call.voyage,
    }),
  ];
}

/** Moves a time into gate hours (06:00–22:00 UTC) on the same day. */
function dayTime(at: number, rng: Rng): number {
  const dayStart = Math.floor(at / DAY_MS) * DAY_MS;
  return dayStart + rng.real(6, 22) * HOUR_MS;
}
