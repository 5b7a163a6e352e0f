/**
 * The scoring worker: claims the `score` jobs of its actor's agency only (SKIP LOCKED, with a
 * lease) — or of every agency for the node's own worker (`EVERY_AGENCY`), which then acts for
 * each job's agency — scores each filing (its consignments, or for an event filing the current
 * consignments carrying its containers: rescore-touched.ts) in its own audited transaction that
 * also completes the job, and fails a job with backoff when scoring throws. Assessments are
 * written under the filing's agency, which must be the acting agency. Any number of workers can
 * run against one database.
 */
import { claimScoringJobs, completeJob, failJob } from '../../storage/index.ts';
import { actingFor, forEveryAgency, type Actor } from '../access/actor.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';
import type { ActiveVersions } from './active-versions.ts';
import type { LookoutSource, WatchlistSource } from './score-filing.ts';
import { scoreJob, type JobScoring } from './rescore-touched.ts';
import type { Db } from '../../storage/index.ts';

export const SCORE_JOB = 'score';

export interface ScoringRun {
  readonly jobs: number;
  readonly containers: number;
  readonly failed: number;
}

export interface WorkerDeps extends AuditDeps {
  readonly versions: (db: Db, agencyId: string, now?: number) => Promise<ActiveVersions>;
  readonly lookouts?: LookoutSource | undefined;
  readonly watchlist?: WatchlistSource | undefined;
}

interface ScorePayload {
  readonly agencyId: string;
  readonly filingId: string;
}

function payloadOf(value: unknown): ScorePayload | undefined {
  const p = value as Partial<ScorePayload> | null;
  return typeof p?.filingId === 'string' && typeof p.agencyId === 'string'
    ? { agencyId: p.agencyId, filingId: p.filingId }
    : undefined;
}

export async function runScoringJobs(
  deps: WorkerDeps,
  actor: Actor,
  worker: string,
  limit: number,
): Promise<ScoringRun> {
  const now = deps.clock.now();
  const db = deps.database.db;
  const everyAgency = forEveryAgency(actor);
  const jobs = await claimScoringJobs(db, {
    ...(everyAgency ? {} : { agencyId: actor.agencyId }),
    kind: SCORE_JOB,
    worker,
    limit,
    leaseMs: 300_000,
    now,
  });
  let containers = 0;
  let failed = 0;
  for (const job of jobs) {
    const payload = payloadOf(job.payload);
    try {
      if (!payload) throw new Error('score job without a filing id');
      const acting = everyAgency ? actingFor(actor, payload.agencyId) : actor;
      const scored = await auditedTransaction(
        deps,
        acting,
        {
          action: 'assessment.score',
          resourceType: 'filing',
          resourceId: payload.filingId,
          agencyId: payload.agencyId,
          describe: (r: JobScoring) => ({ details: r.details }),
        },
        async (tx) => {
          const r = await scoreJob(
            {
              tx,
              apart:
                deps.database.engine === 'postgres'
                  ? (read) => deps.database.transaction(read)
                  : undefined,
              versions: deps.versions,
              now,
              lookouts: deps.lookouts,
              watchlist: deps.watchlist,
            },
            payload.filingId,
            acting.agencyId,
          );
          await completeJob(tx, job.id, worker, now);
          return r;
        },
      );
      containers += scored.containers;
    } catch (error) {
      failed++;
      await failJob(
        db,
        job.id,
        worker,
        error instanceof Error ? error.message : String(error),
        now,
      );
    }
  }
  return { jobs: jobs.length, containers, failed };
}
