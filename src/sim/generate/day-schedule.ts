/**
 * Which vessel calls happen on a simulated day: each service calls on fixed weekdays with the
 * next ship of its fleet, on a voyage numbered by year, week and direction.
 */
import type { ServicePlan, World } from '../world/world.ts';
import type { SimVessel } from '../world/vessels.ts';

const DAY_MS = 86_400_000;

export interface ScheduledCall {
  readonly plan: ServicePlan;
  readonly vessel: SimVessel;
  readonly voyage: string;
  readonly id: string;
  readonly dayStartMs: number;
}

export function voyageNumber(plan: ServicePlan, dayStartMs: number): string {
  const d = new Date(dayStartMs);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.floor((dayStartMs - yearStart) / (7 * DAY_MS)) + 1;
  const westbound = plan.service.lane === 'asia' || plan.service.lane === 'middle-east';
  return `${String(d.getUTCFullYear() % 100).padStart(2, '0')}${String(week).padStart(2, '0')}${westbound ? 'W' : 'N'}`;
}

export function callsOn(world: World, dayIndex: number): ScheduledCall[] {
  const dayStartMs = world.startMs + dayIndex * DAY_MS;
  const epochDay = Math.floor(dayStartMs / DAY_MS);
  const weekday = (epochDay + 3) % 7;
  const week = Math.floor((epochDay + 3) / 7);
  const calls: ScheduledCall[] = [];
  for (const plan of world.plans) {
    plan.callDays.forEach((day, slot) => {
      if (day !== weekday) return;
      const vessel = plan.fleet[(week * plan.callDays.length + slot) % plan.fleet.length];
      if (!vessel) return;
      const voyage = voyageNumber(plan, dayStartMs);
      calls.push({
        plan,
        vessel,
        voyage,
        id: `${plan.service.code}-${voyage}-${vessel.imo}`,
        dayStartMs,
      });
    });
  }
  return calls;
}
