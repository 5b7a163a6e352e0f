/**
 * The order the vessel calls are listed in: those still to arrive first, the soonest at the top,
 * then those that arrived, the latest first; a call without an ETA last. The server lists the
 * calls most recently assessed, which within a day of filings is no order an officer can use.
 */
import type { VesselCall } from '../api/types.ts';

export function callsByArrival(calls: readonly VesselCall[], now: Date): VesselCall[] {
  const at = (c: VesselCall) => (c.eta ? Date.parse(c.eta) : NaN);
  const group = (t: number) => (Number.isNaN(t) ? 2 : t >= now.getTime() ? 0 : 1);
  return [...calls].sort((a, b) => {
    const [ta, tb] = [at(a), at(b)];
    const [ga, gb] = [group(ta), group(tb)];
    if (ga !== gb) return ga - gb;
    if (ga === 2) return 0;
    return ga === 0 ? ta - tb : tb - ta;
  });
}
