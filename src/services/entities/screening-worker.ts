/**
 * The screening worker: claims the `screen` jobs intake queues next to each accepted filing's
 * `score` job (its actor's agency only, SKIP LOCKED with a lease), screens the filing's parties
 * in an audited transaction that also completes the job, and fails a job with backoff when
 * screening throws. Targeting screens the consignments it scores too (the watchlist source), so
 * whichever runs first matches the parties, stores the hits and marks the versions screened, and
 * the other reads the hits without matching.
 */
import { claimScoringJobs, completeJob, failJob } from '../../storage/index.ts';
import { actingFor, forEveryAgency, type Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';
import type { ScreeningService } from './screening.service.ts';
import { startWorkLoop, type WorkLoop } from '../work-loop.ts';

export const SCREEN_JOB = 'screen';

export interface ScreeningRun {
  readonly jobs: number;
  readonly hits: number;
  readonly failed: number;
}

/** The background screening loop. */
export type ScreeningLoop = WorkLoop;

export interface ScreeningWorker {
  /** Runs up to `limit` pending screening jobs of the actor's agency. */
  screenPending(actor: Actor, limit?: number): Promise<ScreeningRun>;
  /** Screens pending jobs every `intervalMs` until stopped (the server runs one). */
  startScreeningLoop(actor: Actor, intervalMs?: number): ScreeningLoop;
}

function filingOf(value: unknown): string | undefined {
  const p = value as { filingId?: unknown } | null;
  return typeof p?.filingId === 'string' ? p.filingId : undefined;
}

function agencyOf(value: unknown): string | undefined {
  const p = value as { agencyId?: unknown } | null;
  return typeof p?.agencyId === 'string' ? p.agencyId : undefined;
}

export function createScreeningWorker(
  deps: AuditDeps,
  screening: ScreeningService,
  workerName = `screening-${Math.random().toString(36).slice(2, 10)}`,
): ScreeningWorker {
  async function runOnce(actor: Actor, limit: number): Promise<ScreeningRun> {
    const now = deps.clock.now();
    const everyAgency = forEveryAgency(actor);
    const jobs = await claimScoringJobs(deps.database.db, {
      ...(everyAgency ? {} : { agencyId: actor.agencyId }),
      kind: SCREEN_JOB,
      worker: workerName,
      limit,
      leaseMs: 300_000,
      now,
    });
    let hits = 0;
    let failed = 0;
    for (const job of jobs) {
      const filingId = filingOf(job.payload);
      const agencyId = agencyOf(job.payload);
      try {
        if (!filingId) throw new Error('screen job without a filing id');
        if (everyAgency && !agencyId) throw new Error('screen job without an agency');
        const acting = everyAgency && agencyId ? actingFor(actor, agencyId) : actor;
        hits += await auditedTransaction(
          deps,
          acting,
          {
            action: 'screening.screen',
            resourceType: 'filing',
            resourceId: filingId,
            agencyId: acting.agencyId,
            describe: (n: number) => ({ details: { hits: n } }),
          },
          async (tx) => {
            const found = await screening.screenStored(tx, acting.agencyId, { filingId });
            await completeJob(tx, job.id, workerName, now);
            return found.length;
          },
        );
      } catch (error) {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        await failJob(deps.database.db, job.id, workerName, message, now);
      }
    }
    return { jobs: jobs.length, hits, failed };
  }

  async function screenPending(actor: Actor, limit = 100): Promise<ScreeningRun> {
    requireAccess(actor, 'screening.run');
    let total: ScreeningRun = { jobs: 0, hits: 0, failed: 0 };
    for (;;) {
      const run = await runOnce(actor, Math.min(limit - total.jobs, 50));
      total = {
        jobs: total.jobs + run.jobs,
        hits: total.hits + run.hits,
        failed: total.failed + run.failed,
      };
      if (run.jobs === 0 || total.jobs >= limit) return total;
    }
  }

  return {
    screenPending,
    startScreeningLoop: (actor, intervalMs = 2_000) =>
      startWorkLoop(() => screenPending(actor), { intervalMs, database: deps.database }),
  };
}
