/**
 * How many ships each service's fleet gets from a pool of distinct vessels. A service needs
 * calls a week × round-trip weeks ships, each calling the port once per round trip. When the pool
 * is short, every fleet is cut by about the same share: its ships sail a shorter round trip, and
 * the service keeps its calls and their size, so the port's volume stays as configured. No round
 * trip is cut below `MIN_ROUND_TRIP_SHARE` of its own; a pool too short even for that is a data
 * error, thrown with the shortfall, never papered over by giving one ship to two services.
 */
import type { SimService } from './services.ts';

/**
 * The shortest round trip a short pool may impose, as a share of the service's own: three
 * quarters, about the speed-up from slow steaming back to a ship's service speed.
 */
export const MIN_ROUND_TRIP_SHARE = 0.75;

/** Ships a service needs for its own round trip (at least one per weekly call). */
export function fleetNeed(s: SimService): number {
  return Math.max(s.callsPerWeek, Math.round(s.callsPerWeek * s.roundTripWeeks));
}

function fleetFloor(s: SimService): number {
  return Math.max(s.callsPerWeek, Math.ceil(fleetNeed(s) * MIN_ROUND_TRIP_SHARE));
}

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The index of the fleet furthest below its need (the first such service on a tie). */
function shortest(sizes: readonly number[], need: readonly number[]): number {
  let best = 0;
  sizes.forEach((size, i) => {
    if (size / need[i]! < sizes[best]! / need[best]!) best = i;
  });
  return best;
}

/**
 * Fleet sizes for `services` (in their order) from `available` distinct ships; `pool` names the
 * ships in the error (e.g. "deep-sea ships of data/sim/vessels.csv").
 */
export function fleetSizes(
  services: readonly SimService[],
  available: number,
  pool: string,
): number[] {
  const need = services.map(fleetNeed);
  if (total(need) <= available) return need;
  const sizes = services.map(fleetFloor);
  const least = total(sizes);
  if (least > available)
    throw new Error(
      `Too few ${pool}: ${available} for services that need ${total(need)} ` +
        `(${least} at round trips cut to ${MIN_ROUND_TRIP_SHARE * 100} %), short by ${least - available}.`,
    );
  for (let spare = available - least; spare > 0; spare--) {
    const i = shortest(sizes, need);
    sizes[i] = (sizes[i] ?? 0) + 1;
  }
  return sizes;
}
