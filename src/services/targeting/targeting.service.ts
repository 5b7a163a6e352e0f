/**
 * Targeting: scoring pending filings (and a background loop), vessel-call queues, assessments
 * with their explanations and history, scan plans with officers' selections, recorded
 * outcomes and the targeted-against-control evaluation; rule sets, models and scanners are in
 * targeting-admin.ts. Every method checks access first and runs in an audited transaction.
 */
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import type { AuditDeps } from '../audit/audited-transaction.ts';
import { createVersionCache } from './active-versions.ts';
import type { LookoutSource, WatchlistSource } from './score-filing.ts';
import { runScoringJobs, type ScoringRun } from './scoring-worker.ts';
import { createTargetingAdmin, type TargetingAdmin } from './targeting-admin.ts';
import { createTargetingReads, type TargetingReads } from './targeting-reads.ts';
import { startWorkLoop, type WorkLoop } from '../work-loop.ts';
import type { VesselListingSource } from './vessel-listings.ts';

export interface TargetingDeps extends AuditDeps {
  /** Lookout hits per consignment (from lookout matching); none when absent. */
  readonly lookouts?: LookoutSource;
  /**
   * Watchlist hits per consignment (from screening); the source screens the parties first, so
   * a filing is screened before it is scored whichever job runs first. None when absent.
   */
  readonly watchlist?: WatchlistSource;
  /** Worker name written on claimed jobs. */
  readonly workerName?: string;
  /** Which watchlists name a call's vessel by IMO number (from screening); none when absent. */
  readonly vesselListings?: VesselListingSource;
}

/** The background scoring loop. */
export type ScoringLoop = WorkLoop;

export interface TargetingService extends TargetingReads, TargetingAdmin {
  /** Runs up to `limit` pending scoring jobs. */
  scorePending(actor: Actor, limit?: number): Promise<ScoringRun>;
  /**
   * Scores pending jobs every `intervalMs`, and at once when the intake signals queued work,
   * until stopped (the server runs one).
   */
  startScoringLoop(actor: Actor, intervalMs?: number): ScoringLoop;
}

export function createTargetingService(deps: TargetingDeps): TargetingService {
  const versions = createVersionCache();
  const workerDeps = { ...deps, versions, lookouts: deps.lookouts };
  const worker = deps.workerName ?? `targeting-${Math.random().toString(36).slice(2, 10)}`;
  const scorePending = async (actor: Actor, limit = 100) => {
    requireAccess(actor, 'assessment.read');
    let total: ScoringRun = { jobs: 0, containers: 0, failed: 0 };
    for (;;) {
      const run = await runScoringJobs(workerDeps, actor, worker, Math.min(limit - total.jobs, 50));
      total = add(total, run);
      if (run.jobs === 0 || total.jobs >= limit) return total;
    }
  };
  return {
    ...createTargetingReads(deps),
    ...createTargetingAdmin(deps),
    scorePending,
    startScoringLoop: (actor, intervalMs = 2_000) =>
      startWorkLoop(() => scorePending(actor), { intervalMs, database: deps.database }),
  };
}

function add(a: ScoringRun, b: ScoringRun): ScoringRun {
  return {
    jobs: a.jobs + b.jobs,
    containers: a.containers + b.containers,
    failed: a.failed + b.failed,
  };
}
