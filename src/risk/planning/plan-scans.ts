/**
 * The scan planner: within a shift's capacity, every mandatory hold first, then the highest
 * expected value, plus a control sample drawn uniformly from the containers not targeted. Each
 * selection carries its propensity (probability of selection under this plan): 1 for holds and
 * targeted containers, k/n for the control draw of k among n, so hit rates can be estimated
 * without bias. Pure: the random source comes in.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { sampleIndices, type RandomSource } from '../gbdt/random-source.ts';
import type { ScanCandidate, ScanSelection } from './scan-candidate.ts';

export interface PlanScansInput {
  readonly candidates: readonly ScanCandidate[];
  /** Containers the scanners can take in the shift. */
  readonly capacity: number;
  /** Share of the capacity left after holds that goes to the random control sample (0..1). */
  readonly controlShare: number;
  readonly random: RandomSource;
}

export interface ScanPlanResult {
  readonly selections: readonly ScanSelection[];
  readonly capacity: number;
  readonly controlShare: number;
  /** Containers the control sample was drawn from (assessed, neither held nor targeted). */
  readonly controlPool: number;
  /** Selection probability of every container in the control pool. */
  readonly controlPropensity: number;
  readonly diagnostics: readonly Diagnostic[];
}

export function planScans(input: PlanScansInput): ScanPlanResult {
  const capacity = Math.max(0, Math.floor(input.capacity));
  const holds = input.candidates.filter((c) => c.mandatoryHold);
  const rest = input.candidates.filter((c) => !c.mandatoryHold).sort(byExpectedValue);
  const free = Math.max(0, capacity - holds.length);
  const controlSlots = controlSlotsOf(free, input.controlShare, rest.length, input.random);
  const targeted = rest.slice(0, Math.min(rest.length, free - controlSlots));
  const pool = rest.slice(targeted.length);
  const drawn = sampleIndices(pool.length, controlSlots, input.random);
  const propensity = pool.length === 0 ? 0 : drawn.length / pool.length;
  const selections = [
    ...holds.map((c) => selectionOf(c, 'hold', 1)),
    ...targeted.map((c) => selectionOf(c, 'targeted', 1)),
    ...Array.from(drawn, (i) => selectionOf(pool[i]!, 'control', propensity)),
  ];
  return {
    selections,
    capacity,
    controlShare: input.controlShare,
    controlPool: pool.length,
    controlPropensity: propensity,
    diagnostics: holds.length > capacity ? [overCapacity(holds.length, capacity)] : [],
  };
}

function controlSlotsOf(free: number, share: number, available: number, random: RandomSource) {
  if (free === 0 || share <= 0 || available === 0) return 0;
  // Randomised rounding: small plans get the configured share on average, not always 0 or 1.
  const exact = free * Math.min(1, share);
  const slots = Math.floor(exact) + (random() < exact - Math.floor(exact) ? 1 : 0);
  return Math.min(slots, available);
}

function byExpectedValue(a: ScanCandidate, b: ScanCandidate): number {
  const d = (b.expectedValue ?? b.score) - (a.expectedValue ?? a.score);
  if (d !== 0) return d;
  return a.containerNumber < b.containerNumber ? -1 : a.containerNumber > b.containerNumber ? 1 : 0;
}

function selectionOf(
  c: ScanCandidate,
  reason: ScanSelection['reason'],
  propensity: number,
): ScanSelection {
  const base = {
    containerNumber: c.containerNumber,
    billNumber: c.billNumber,
    score: c.score,
    reason,
    propensity,
  };
  return c.assessmentId === undefined ? base : { ...base, assessmentId: c.assessmentId };
}

function overCapacity(holds: number, capacity: number): Diagnostic {
  return diagnostic(
    'scan-plan.holds-over-capacity',
    `${holds} mandatory holds exceed the shift's capacity of ${capacity}: every hold is planned, nothing else.`,
    undefined,
    'warning',
  );
}
