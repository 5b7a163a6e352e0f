/**
 * The job queue: enqueue, claim due jobs with `FOR UPDATE SKIP LOCKED` and a lease (so a crashed
 * worker's jobs come back when the lease runs out), complete, and fail with exponential backoff.
 */
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { jobs } from '../schema/jobs.ts';

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface Job {
  readonly id: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly attempts: number;
  readonly maxAttempts: number;
}

export interface EnqueueInput {
  readonly kind: string;
  readonly payload: unknown;
  readonly runAt: Date;
  readonly maxAttempts?: number;
}

export async function enqueueJob(db: Db, input: EnqueueInput, now: Date): Promise<string> {
  const [row] = await db
    .insert(jobs)
    .values({ ...input, maxAttempts: input.maxAttempts ?? 5, createdAt: now })
    .returning({ id: jobs.id });
  if (!row) throw new Error('insert returned no job');
  return row.id;
}

export interface ClaimOptions {
  readonly worker: string;
  readonly kinds: readonly string[];
  /** Only jobs queued for this agency (payload `agencyId`): a worker never takes another's. */
  readonly agencyId?: string;
  readonly limit: number;
  readonly leaseMs: number;
  readonly now: Date;
}

/** Claims up to `limit` due jobs (queued and due, or running with an expired lease). */
export async function claimJobs(db: Db, o: ClaimOptions): Promise<Job[]> {
  const now = o.now.toISOString();
  const until = new Date(o.now.getTime() + o.leaseMs).toISOString();
  const result = await db.execute(sql`
    UPDATE jobs SET status = 'running', locked_by = ${o.worker},
      locked_until = ${until}::timestamptz, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM jobs
      WHERE kind = ANY(${sql.param([...o.kinds])}::text[])
        ${o.agencyId === undefined ? sql`` : sql`AND payload->>'agencyId' = ${o.agencyId}`}
        AND ((status = 'queued' AND run_at <= ${now}::timestamptz)
          OR (status = 'running' AND locked_until < ${now}::timestamptz))
      ORDER BY run_at, seq
      LIMIT ${o.limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, payload, attempts, max_attempts, run_at, seq`);
  // RETURNING keeps no order: jobs are handed out in due order, ties in insertion order.
  return rowsOf<{
    id: string;
    kind: string;
    payload: unknown;
    attempts: number;
    max_attempts: number;
    run_at: string | Date;
    seq: string | number;
  }>(result)
    .sort((a, b) => +new Date(a.run_at) - +new Date(b.run_at) || Number(a.seq) - Number(b.seq))
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      payload: parseJson(r.payload),
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
    }));
}

/** node-postgres parses jsonb; PGlite in a raw query may too: accept both. */
function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}

/** Marks a job the worker holds as done; false when it no longer holds it. */
export async function completeJob(db: Db, id: string, worker: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ status: 'done', finishedAt: now, lockedBy: null, lockedUntil: null })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker), eq(jobs.status, 'running')))
    .returning({ id: jobs.id });
  return rows.length === 1;
}

/** Backoff before the next attempt: 2^attempts seconds, capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** attempts * 1000, 3_600_000);
}

/** Records a failure: requeued with backoff, or failed for good after max_attempts. */
export async function failJob(
  db: Db,
  id: string,
  worker: string,
  error: string,
  now: Date,
): Promise<JobStatus | undefined> {
  const [job] = await db
    .select({ attempts: jobs.attempts, maxAttempts: jobs.maxAttempts })
    .from(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker), eq(jobs.status, 'running')));
  if (!job) return undefined;
  const final = job.attempts >= job.maxAttempts;
  const status: JobStatus = final ? 'failed' : 'queued';
  await db
    .update(jobs)
    .set({
      status,
      lastError: error,
      lockedBy: null,
      lockedUntil: null,
      runAt: new Date(now.getTime() + retryDelayMs(job.attempts)),
      finishedAt: final ? now : null,
    })
    .where(eq(jobs.id, id));
  return status;
}

export async function jobStatus(db: Db, id: string) {
  const [row] = await db
    .select({
      status: jobs.status,
      attempts: jobs.attempts,
      lastError: jobs.lastError,
      runAt: jobs.runAt,
    })
    .from(jobs)
    .where(eq(jobs.id, id));
  return row && { ...row, status: row.status as JobStatus, runAt: row.runAt.toISOString() };
}
