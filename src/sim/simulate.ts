/**
 * The simulator's programmatic API. `generateDays(config)` yields one day at a time (calls,
 * filings, events, planted cases) from a seeded world, so a year streams in bounded memory;
 * `simulate(config)` is the same as an async iterable, for callers that ingest as they go.
 */
import { callsOn } from './generate/day-schedule.ts';
import { assembleDay } from './generate/assemble-day.ts';
import { fillCall, scheduleCall } from './generate/call-builder.ts';
import type { CallDraft } from './generate/drafts.ts';
import type { SimConfig } from './sim-config.ts';
import type { SimDay } from './sim-day.ts';
import { plantCases } from './typologies/plant-cases.ts';
import { ContainerNumberSource } from './world/container-factory.ts';
import { buildWorld, type World } from './world/world.ts';

const DAY_MS = 86_400_000;

export function generateDay(world: World, index: number): SimDay {
  const rng = world.rng.fork(`day-${index}`);
  const date = new Date(world.startMs + index * DAY_MS).toISOString().slice(0, 10);
  const numbers = new ContainerNumberSource();
  const calls: CallDraft[] = callsOn(world, index).map((s) => {
    const r = rng.fork(s.id);
    const { call, moves } = scheduleCall(world, s, r);
    fillCall(world, call, moves, numbers, r);
    return call;
  });
  const cases = plantCases(world, calls, rng.fork('cases'), date);
  return assembleDay(index, date, calls, cases, world.home.locode);
}

export function* generateDays(
  config: SimConfig,
  world: World = buildWorld(config),
): Generator<SimDay> {
  for (let i = 0; i < config.days; i++) yield generateDay(world, i);
}

export async function* simulate(
  config: SimConfig,
  world: World = buildWorld(config),
): AsyncGenerator<SimDay> {
  for (const day of generateDays(config, world)) {
    yield day;
    // Let the caller's I/O run between days.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
