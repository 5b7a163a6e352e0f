/**
 * One vessel call at the simulated port: arrival and departure times, the containers it
 * discharges (import and transshipment consignments, empties) and those it loads (exports,
 * empties), with their events.
 */
import type { Rng } from '../random.ts';
import { COMMODITIES } from '../world/commodities.ts';
import { SIZE_TYPES, type ContainerNumberSource } from '../world/container-factory.ts';
import type { World } from '../world/world.ts';
import type { CallDraft, ContainerDraft } from './drafts.ts';
import type { ScheduledCall } from './day-schedule.ts';
import { buildConsignment, fullContainer } from './consignment-builder.ts';
import { arrivalEvents, exportEvents, HOUR_MS, rotationDepartures } from './event-timeline.ts';

const EXPORT_GOODS = [
  'chemicals',
  'polyethylene',
  'valves',
  'filters',
  'auto-parts',
  'beer',
  'plastics',
  'steel',
];

function emptyContainer(
  call: CallDraft,
  numbers: ContainerNumberSource,
  rng: Rng,
  direction: 'import' | 'export',
): ContainerDraft {
  const sizeType = rng.chance(0.08)
    ? SIZE_TYPES['45R1']!
    : rng.chance(0.55)
      ? SIZE_TYPES['45G1']!
      : SIZE_TYPES['22G1']!;
  return {
    number: numbers.draw(call.carrier, rng),
    sizeType,
    empty: true,
    direction,
    carrier: call.carrier,
    seal: '',
    netKg: 0,
    grossKg: sizeType.tareKg,
    vgmKg: sizeType.tareKg,
    packages: 0,
    events: [],
    originCountry: call.service.rotation[call.service.rotation.length - 1]?.slice(0, 2) ?? '',
    stowage: '',
  };
}

export function scheduleCall(
  world: World,
  s: ScheduledCall,
  rng: Rng,
): { call: CallDraft; moves: number } {
  const moves = Math.max(20, rng.poisson(s.plan.service.size * world.scale));
  const arrivalMs = s.dayStartMs + Math.round(rng.next() * 24 * HOUR_MS);
  const departureMs = arrivalMs + (8 + moves / 110) * HOUR_MS;
  const call: CallDraft = {
    id: s.id,
    service: s.plan.service,
    carrier: s.plan.carrier,
    vessel: s.vessel,
    voyage: s.voyage,
    terminal: s.plan.terminal,
    arrivalMs,
    departureMs,
    departures: rotationDepartures(s.plan.service.rotation, world.home.locode, arrivalMs),
    discharged: [],
    loaded: [],
    consignments: [],
  };
  return { call, moves };
}

export function fillCall(
  world: World,
  call: CallDraft,
  moves: number,
  numbers: ContainerNumberSource,
  rng: Rng,
): void {
  const discharge = Math.round(moves * rng.real(0.45, 0.55));
  const empties = Math.round(discharge * world.config.emptyShare);
  const home = world.home.locode;
  for (let i = 0; i < empties; i++) {
    const c = emptyContainer(call, numbers, rng, 'import');
    c.events = arrivalEvents(c, call, home, call.vessel, rng);
    call.discharged.push(c);
  }
  while (call.discharged.length < discharge) {
    const consignment = buildConsignment(
      world,
      call,
      numbers,
      rng,
      discharge - call.discharged.length,
    );
    call.consignments.push(consignment);
    call.discharged.push(...consignment.containers);
  }
  for (let i = 0; i < moves - discharge; i++) {
    const c = rng.chance(world.config.emptyShare)
      ? emptyContainer(call, numbers, rng, 'export')
      : fullContainer(
          world,
          call,
          COMMODITIES.get(rng.pick(EXPORT_GOODS))!,
          world.home.country,
          'export',
          numbers,
          rng,
        );
    c.direction = 'export';
    c.events = exportEvents(c, call, home, rng);
    call.loaded.push(c);
  }
}
