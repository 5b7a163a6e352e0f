/**
 * The demo's simulated world: a scaled-down Antwerp around now. The vessel calls that arrived in
 * the `days` × 24 hours before now are history (planned, their scans with outcomes); those
 * arriving in the `upcomingDays` × 24 hours after now are the arrivals to plan. The world holds
 * the calls of those hours only: the whole days around them are simulated, and the calls of its
 * first and last day outside them are left out. It plants
 * more smuggling than reality (about 1% of containers instead of well under 0.1%) so that a few
 * days already show the whole loop.
 */
import { simConfig, type SimConfig, type SimDay } from '../../sim/index.ts';

export interface DemoOptions {
  /** Days (of 24 hours before now) whose arrivals are history: planned, scanned with outcomes. */
  readonly days: number;
  /** Days (of 24 hours from now) whose arrivals are scored and left for officers to plan. */
  readonly upcomingDays: number;
  readonly seed: string;
  readonly containersPerDay: number;
  /** Scanner capacity as a share of each call's containers. */
  readonly scanShare: number;
}

export const DEFAULT_DEMO_OPTIONS: DemoOptions = {
  days: 3,
  upcomingDays: 1,
  seed: 'portcullis-demo',
  containersPerDay: 2_000,
  scanShare: 0.03,
};

/** About 1% of containers carry a planted case: far above reality, so a few days show the loop. */
export const DEMO_TYPOLOGY_RATES = {
  'rip-on-rip-off': 0.003,
  'cover-load': 0.003,
  'concealment-reefer': 0.002,
  'concealment-structure': 0.0015,
  'cloned-container': 0.001,
  'unusual-transshipment': 0.002,
} as const;

const DAY_MS = 86_400_000;

const startOfDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

/** The hours whose arrivals the demo holds: `days` × 24 before now to `upcomingDays` × 24 after. */
export function demoWindow(options: DemoOptions, now: Date): { from: Date; until: Date } {
  return {
    from: new Date(now.getTime() - options.days * DAY_MS),
    until: new Date(now.getTime() + options.upcomingDays * DAY_MS),
  };
}

/** The simulated days: every UTC day that the demo's window touches. */
export function demoWorld(options: DemoOptions, now: Date): SimConfig {
  const { from, until } = demoWindow(options, now);
  const start = startOfDay(from.getTime());
  return simConfig({
    seed: options.seed,
    startDate: new Date(start).toISOString().slice(0, 10),
    days: (startOfDay(until.getTime()) - start) / DAY_MS + 1,
    containersPerDay: options.containersPerDay,
    typologyRates: DEMO_TYPOLOGY_RATES,
  });
}

/** The days with only the calls arriving in the window (after `from`, by `until`), their moves and cases. */
export function callsBetween(
  days: readonly SimDay[],
  window: { readonly from: Date; readonly until: Date },
): SimDay[] {
  const inside = (c: SimDay['calls'][number]) => {
    const at = Date.parse(c.portCall.eta ?? '');
    return at > window.from.getTime() && at <= window.until.getTime();
  };
  return days.map((d) => {
    const calls = d.calls.filter(inside);
    if (calls.length === d.calls.length) return d;
    const kept = new Set(calls.map((c) => c.id));
    return {
      ...d,
      calls,
      containerEvents: calls.flatMap((c) => c.containerEvents),
      transportEvents: calls.flatMap((c) => c.transportEvents),
      cases: d.cases.filter((k) => kept.has(k.callId)),
    };
  });
}
