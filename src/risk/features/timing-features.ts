/** Timing features: booking to filing, filing to loading (the 24-hour rule), filing to arrival. */
import { isoToMs } from './iso-time.ts';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { TimedEvent } from './container-timeline.ts';
import type { FeatureValues } from './feature-vector.ts';

const HOUR_MS = 3_600_000;
/** Advance filing rules (US 24-hour rule, EU ICS2) want containerised cargo filed 24 h before loading. */
export const ADVANCE_FILING_HOURS = 24;

function hoursBetween(from: number, to: number): number | undefined {
  return Number.isNaN(from) || Number.isNaN(to) ? undefined : (to - from) / HOUR_MS;
}

function parse(iso: string | undefined): number {
  return iso === undefined ? Number.NaN : isoToMs(iso);
}

export function fillTimingFeatures(
  v: FeatureValues,
  c: Consignment,
  timeline: readonly TimedEvent[],
  filedAt: string | undefined,
  arrivalAt: string | undefined,
): void {
  const filed = parse(filedAt);
  v.bookingToFilingHours = hoursBetween(parse(c.bookedAt), filed);
  const toLoading = hoursBetween(filed, loadedAt(timeline, c.route.portOfLoading));
  v.filingToLoadingHours = toLoading;
  v.filingToArrivalHours = hoursBetween(filed, parse(arrivalAt));
  v.lateFiling = toLoading === undefined ? undefined : toLoading < ADVANCE_FILING_HOURS;
}

/** When the container was first loaded at the port of loading; NaN when it was not. */
function loadedAt(timeline: readonly TimedEvent[], port: string): number {
  for (const t of timeline)
    if (t.event.eventType === 'LOAD' && t.event.location === port) return t.at;
  return Number.NaN;
}
