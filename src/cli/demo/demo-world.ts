/**
 * The demo's simulated world: a scaled-down Antwerp around today — a few days of history whose
 * scans have outcomes, then the coming days' arrivals. It plants more smuggling than reality (about
 * 1% of containers instead of well under 0.1%) so that a few days already show the whole loop.
 */
import { simConfig, type SimConfig } from '../../sim/index.ts';

export interface DemoOptions {
  /** Days of history: ingested, scored, planned, scanned with outcomes. */
  readonly days: number;
  /** Days of upcoming arrivals: ingested and scored, left for officers to plan. */
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

export function demoWorld(options: DemoOptions, today: Date): SimConfig {
  const start = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) -
      options.days * DAY_MS,
  );
  return simConfig({
    seed: options.seed,
    startDate: start.toISOString().slice(0, 10),
    days: options.days + options.upcomingDays,
    containersPerDay: options.containersPerDay,
    typologyRates: DEMO_TYPOLOGY_RATES,
  });
}
