/**
 * What a typology needs to plant a case in a simulated day: the world, the day's calls, a random
 * stream, and helpers shared by the typologies (new seals, shifting a timeline, front companies).
 */
import type { CallDraft, ContainerDraft, EventDraft } from '../generate/drafts.ts';
import type { Rng } from '../random.ts';
import type { World } from '../world/world.ts';
import type { Signal } from './typology.ts';

export interface CaseContext {
  readonly world: World;
  readonly calls: readonly CallDraft[];
  readonly rng: Rng;
  /** Containers that already carry a case or served as a clone's genuine twin. */
  readonly taken: Set<ContainerDraft>;
}

/** What a typology reports about the case it planted; the rest of the truth is common. */
export interface PlantedCase {
  readonly stage: 'origin' | 'transshipment' | 'stuffing';
  readonly stagePort?: string;
  readonly signals: readonly Signal[];
  readonly network?: string;
  readonly genuine?: { readonly callId?: string; readonly location: string; readonly at: string };
}

export interface TypologyPlanter {
  eligible(c: ContainerDraft, ctx: CaseContext): boolean;
  plant(c: ContainerDraft, ctx: CaseContext, kg: number): PlantedCase;
}

export function isSourceImport(c: ContainerDraft, sources: ReadonlySet<string>): boolean {
  return (
    !c.empty &&
    c.direction !== 'export' &&
    c.consignment !== undefined &&
    sources.has(c.originCountry)
  );
}

/** Moves every event before `index` earlier by `ms`. */
export function shiftBefore(events: EventDraft[], index: number, ms: number): void {
  for (let i = 0; i < index; i++) {
    const e = events[i];
    if (e) e.at -= ms;
  }
}

/** Index of the mainline loading (onto the vessel of the call) in a container's timeline. */
export function mainlineLoadIndex(c: ContainerDraft, call: CallDraft | undefined): number {
  return c.events.findIndex(
    (e) => e.type === 'LOAD' && e.vesselImo === call?.vessel.imo && e.location !== call?.terminal,
  );
}

export function callOf(c: ContainerDraft, ctx: CaseContext): CallDraft | undefined {
  const id = c.consignment?.callId;
  return ctx.calls.find((call) => call.id === id);
}
