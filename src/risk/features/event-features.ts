/**
 * Event features for one container: seal changes, dwell at transshipment ports, sequence
 * anomalies (discharge at an unplanned port, discharge without load) and clone suspicion (two
 * places at once, or in use elsewhere while aboard the declared vessel).
 *
 * A load or discharge is often reported twice, by the terminal (COARRI) and by the carrier (DCSA
 * event): the sequence counts a move once, the second report (same type and place within the
 * window of `core/cargo/container-moves.ts`, nothing in between) being the same move. Seals are
 * compared report by report: two reports of one move that disagree on the seal are a change.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import { SAME_MOVE_WINDOW_MS } from '../../core/cargo/container-moves.ts';
import type { Seal } from '../../core/cargo/equipment.ts';
import type { TimedEvent } from './container-timeline.ts';
import type { FeatureValues } from './feature-vector.ts';

const HOUR_MS = 3_600_000;
/** Dwell beyond which a stay counts as unusual when the route has no statistics of its own. */
export const DEFAULT_DWELL_LIMIT_HOURS = 240;

export function fillEventFeatures(
  v: FeatureValues,
  c: Consignment,
  timeline: readonly TimedEvent[],
  declaredSeals: readonly Seal[],
  dwellLimitHours: number | undefined,
): void {
  v.sealChanges = sealChanges(timeline, declaredSeals);
  const dwell = maxDwellHours(timeline, c.route.transshipmentPorts);
  v.maxDwellHours = dwell;
  v.unusualDwell = dwell !== undefined && dwell > (dwellLimitHours ?? DEFAULT_DWELL_LIMIT_HOURS);
  const seq = sequenceAnomalies(timeline, c);
  v.unplannedPorts = seq.unplanned;
  v.discAtUnplannedPort = seq.discUnplanned;
  v.missingLoad = seq.missingLoad;
  v.eventAnomalies = seq.count;
  v.cloneSuspected =
    overlappingStays(timeline) ||
    (c.vesselImo !== undefined && inUseWhileAboard(timeline, c.vesselImo));
}

function sealKey(seals: readonly Seal[]): string {
  if (seals.length === 1) return seals[0]!.number;
  const numbers: string[] = [];
  for (const s of seals) numbers.push(s.number);
  return numbers.sort().join(',');
}

export function sealChanges(timeline: readonly TimedEvent[], declared: readonly Seal[]): number {
  let previous = declared.length > 0 ? sealKey(declared) : undefined;
  let changes = 0;
  for (let i = 0; i < timeline.length; i++) {
    const seals = timeline[i]!.event.seals;
    if (seals === undefined || seals.length === 0) continue;
    const key = sealKey(seals);
    if (previous !== undefined && key !== previous) changes++;
    previous = key;
  }
  return changes;
}

/** Longest stay between a discharge and the next load at a transshipment port, in hours. */
export function maxDwellHours(
  timeline: readonly TimedEvent[],
  ports: readonly string[],
): number | undefined {
  let max: number | undefined;
  let arrived: TimedEvent | undefined;
  for (const t of timeline) {
    const loc = t.event.location;
    if (loc === undefined || !ports.includes(loc)) continue;
    if (t.event.eventType === 'DISC') arrived = t;
    else if (t.event.eventType === 'LOAD' && arrived && arrived.event.location === loc) {
      const hours = (t.at - arrived.at) / HOUR_MS;
      max = max === undefined ? hours : Math.max(max, hours);
      arrived = undefined;
    }
  }
  return max;
}

interface SequenceFindings {
  readonly unplanned: string[];
  readonly discUnplanned: boolean;
  readonly missingLoad: boolean;
  readonly count: number;
}

export function sequenceAnomalies(
  timeline: readonly TimedEvent[],
  c: Consignment,
): SequenceFindings {
  const r = c.route;
  const unplanned: string[] = [];
  let discUnplanned = false;
  let missingLoad = false;
  let count = 0;
  let last: 'LOAD' | 'DISC' | undefined;
  let lastLoc: string | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < timeline.length; i++) {
    const { event, at } = timeline[i]!;
    const type = event.eventType;
    if (type !== 'LOAD' && type !== 'DISC') continue;
    const loc = event.location;
    // A second report of the move before (the window is counted from the move's first report).
    if (type === last && loc === lastLoc && at - lastAt <= SAME_MOVE_WINDOW_MS) continue;
    lastLoc = loc;
    lastAt = at;
    if (loc !== undefined && !onRoute(r, loc)) {
      if (!unplanned.includes(loc)) unplanned.push(loc);
      if (type === 'DISC') discUnplanned = true;
      count++;
    }
    if (type === 'DISC' && last === undefined) missingLoad = true;
    if (type === last) count++;
    last = type;
  }
  return { unplanned, discUnplanned, missingLoad, count: count + (missingLoad ? 1 : 0) };
}

/** Whether a place is one the route declares (receipt, loading, transshipment, discharge, delivery). */
function onRoute(r: Consignment['route'], loc: string): boolean {
  return (
    loc === r.portOfLoading ||
    loc === r.portOfDischarge ||
    loc === r.placeOfReceipt ||
    loc === r.placeOfDelivery ||
    r.transshipmentPorts.includes(loc as (typeof r.transshipmentPorts)[number])
  );
}

/**
 * Whether the number was in use elsewhere while the box was aboard the vessel the filing declares:
 * after its loading onto that vessel and before its discharge from it, a gate move, or a load or
 * discharge by another vessel. A box at sea makes no such events, so another box carries its
 * number (a cloned container: the genuine one is reported at a terminal while the clone sails).
 * Loads and discharges that do not name their vessel are not counted against it.
 */
export function inUseWhileAboard(timeline: readonly TimedEvent[], vesselImo: string): boolean {
  let aboard = false;
  for (const { event } of timeline) {
    const vessel = event.transportCall?.vesselImo;
    const move = event.eventType === 'LOAD' || event.eventType === 'DISC';
    if (move && vessel === vesselImo) aboard = event.eventType === 'LOAD';
    else if (aboard && (!move || vessel !== undefined)) return true;
  }
  return false;
}

/**
 * Whether the container was at two places at overlapping times: the span of its events at one
 * location overlaps the span at another (a cloned or duplicated container number).
 */
export function overlappingStays(timeline: readonly TimedEvent[]): boolean {
  // Spans by location in the order first seen; a handful per container, so searched in a list.
  const places: string[] = [];
  const spans: [number, number][] = [];
  let ordered = true;
  for (let i = 0; i < timeline.length; i++) {
    const { event, at } = timeline[i]!;
    if (event.location === undefined) continue;
    const k = places.indexOf(event.location);
    if (k >= 0) spans[k]![1] = at;
    else {
      if (spans.length > 0 && at < spans[spans.length - 1]![0]) ordered = false;
      places.push(event.location);
      spans.push([at, at]);
    }
  }
  // A timeline is sorted by time, so its spans already are by start (the sort is stable).
  if (!ordered) spans.sort((a, b) => a[0] - b[0]);
  let end = -Infinity;
  for (const [start, stop] of spans) {
    if (start <= end) return true;
    end = Math.max(end, stop);
  }
  return false;
}
