/**
 * Makes and stores the scan plan of a vessel call: the latest assessment of each container,
 * capacity from the options or from the terminal's scanners over the shift, the control share
 * from the options or from the bandit on recorded targeted and control outcomes, and a seeded
 * draw whose seed is stored with the plan.
 */
import { AppError } from '../../core/app-error.ts';
import { createRandomSource } from '../../risk/gbdt/random-source.ts';
import { tuneControlShare } from '../../risk/planning/control-bandit.ts';
import { planScans } from '../../risk/planning/plan-scans.ts';
import { shiftCapacity } from '../../risk/planning/scan-capacity.ts';
import { seedOf } from '../../risk/planning/seed-of.ts';
import {
  getScanPlan,
  insertScanPlan,
  planCandidatesOfCall,
  listScanners,
  outcomeCountsByReason,
  type CallKey,
  type Db,
  type StoredScanPlan,
} from '../../storage/index.ts';

export interface ScanPlanOptions {
  readonly terminal?: string;
  readonly shift?: string;
  /** Shift length in hours (default 8). */
  readonly hours?: number;
  /** Containers to plan; default from the scanners' rates over the shift. */
  readonly capacity?: number;
  /** Fixed control share; default tuned by the bandit. */
  readonly controlShare?: number;
  readonly seed?: string;
}

export async function makeScanPlan(
  tx: Db,
  call: CallKey,
  options: ScanPlanOptions,
  createdBy: string,
  now: Date,
): Promise<StoredScanPlan> {
  const terminal = options.terminal ?? '';
  const shift = options.shift ?? now.toISOString().slice(0, 13);
  const capacity = options.capacity ?? (await capacityOf(tx, call, terminal, options.hours ?? 8));
  const seed =
    options.seed ??
    `${call.vesselImo}:${call.voyageNumber}:${call.port}|${shift}|${now.toISOString()}`;
  const random = createRandomSource(seedOf(seed));
  const controlShare = options.controlShare ?? (await banditShare(tx, call.agencyId, random));
  const assessed = await planCandidatesOfCall(tx, call);
  const plan = planScans({
    candidates: assessed.map((a) => ({
      containerNumber: a.containerNumber,
      billNumber: a.billNumber,
      score: a.score,
      mandatoryHold: a.mandatoryHold,
      assessmentId: a.id,
    })),
    capacity,
    controlShare,
    random,
  });
  const id = await insertScanPlan(
    tx,
    {
      ...call,
      terminal,
      shift,
      capacity,
      controlShare,
      controlPool: plan.controlPool,
      controlPropensity: plan.controlPropensity,
      seed,
      createdBy,
      createdAt: now,
    },
    plan.selections.map((s) => ({ ...s, selected: true })),
  );
  const stored = await getScanPlan(tx, id);
  if (!stored) throw new AppError('internal_error', 'stored plan not found');
  return stored;
}

async function capacityOf(tx: Db, call: CallKey, terminal: string, hours: number) {
  const scanners = await listScanners(tx, call.agencyId, call.port, terminal);
  if (scanners.length === 0) {
    throw new AppError(
      'validation_failed',
      `no scanners configured at ${call.port}${terminal ? `/${terminal}` : ''}: give a capacity`,
    );
  }
  return shiftCapacity(scanners, { name: 'shift', hours });
}

async function banditShare(tx: Db, agencyId: string, random: () => number) {
  const counts = await outcomeCountsByReason(tx, agencyId);
  const none = { hits: 0, scans: 0 };
  return tuneControlShare(counts.get('targeted') ?? none, counts.get('control') ?? none, random)
    .share;
}
