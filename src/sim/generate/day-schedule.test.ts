import { describe, expect, it } from 'vitest';
import { simConfig } from '../sim-config.ts';
import { buildWorld } from '../world/world.ts';
import { scheduleCall } from './call-builder.ts';
import { callsOn } from './day-schedule.ts';
import { sailingMs } from './event-timeline.ts';

// Four months at full volume, across a year end, with the stays the calls really get.
const config = simConfig({ seed: 'fleet-check', startDate: '2026-09-07', days: 120 });
const world = buildWorld(config);
const calls = Array.from({ length: config.days }, (_, day) => {
  const rng = world.rng.fork(`day-${day}`);
  return callsOn(world, day).map((s) => scheduleCall(world, s, rng.fork(s.id)).call);
}).flat();
type Call = (typeof calls)[number];

function groupBy(key: (c: Call) => string): Map<string, Call[]> {
  const groups = new Map<string, Call[]>();
  for (const c of calls) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  return groups;
}

describe('day schedule', () => {
  it('never has one vessel in port for two calls at once', () => {
    for (const [imo, list] of groupBy((c) => c.vessel.imo)) {
      const stays = list.sort((a, b) => a.arrivalMs - b.arrivalMs);
      for (let i = 1; i < stays.length; i++)
        expect(stays[i]!.arrivalMs, imo).toBeGreaterThan(stays[i - 1]!.departureMs);
    }
  });

  it('starts a vessel on its next rotation only once it could have sailed there from the port', () => {
    for (const [imo, list] of groupBy((c) => c.vessel.imo)) {
      const stays = list.sort((a, b) => a.arrivalMs - b.arrivalMs);
      for (let i = 1; i < stays.length; i++) {
        const { departures, service } = stays[i]!;
        const outbound = sailingMs(world.home.locode, service.rotation[0]!);
        expect(departures[0], imo).toBeGreaterThan(stays[i - 1]!.departureMs + outbound);
      }
    }
  });

  it('gives each vessel call key (IMO, voyage, port) to one call of one service', () => {
    const byKey = groupBy((c) => `${c.vessel.imo}:${c.voyage}:${world.home.locode}`);
    const shared = [...byKey].filter(([, list]) => list.length > 1).map(([key]) => key);
    expect(shared).toEqual([]);
    expect(calls.length).toBeGreaterThan(120 * 5);
  });

  it('puts each vessel in one service fleet only', () => {
    const fleets = world.plans.flatMap((p) => p.fleet.map((v) => v.imo));
    expect(new Set(fleets).size).toBe(fleets.length);
  });
});
