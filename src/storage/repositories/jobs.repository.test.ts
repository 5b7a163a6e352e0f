// The job queue: due jobs are claimed once (SKIP LOCKED), leases expire, failures back off.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import {
  claimJobs,
  completeJob,
  enqueueJob,
  failJob,
  jobStatus,
  retryDelayMs,
} from './jobs.repository.ts';

const t0 = new Date('2024-03-01T00:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const claim = (worker: string, now: Date, limit = 10) => ({
  worker,
  kinds: ['score'],
  limit,
  leaseMs: 60_000,
  now,
});

describeEachEngine('jobs repository', (getDb) => {
  it('claims only due jobs of the asked kinds, each by one worker', async () => {
    const database = getDb();
    const { db } = database;
    for (const n of [1, 2, 3])
      await enqueueJob(db, { kind: 'score', payload: { n }, runAt: t0 }, t0);
    await enqueueJob(db, { kind: 'score', payload: { n: 4 }, runAt: later(3_600_000) }, t0);
    await enqueueJob(db, { kind: 'other', payload: {}, runAt: t0 }, t0);
    const [a, b] = await Promise.all([
      database.transaction((tx) => claimJobs(tx, claim('a', t0, 2))),
      database.transaction((tx) => claimJobs(tx, claim('b', t0, 2))),
    ]);
    const ids = [...(a ?? []), ...(b ?? [])].map((j) => j.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect([...(a ?? []), ...(b ?? [])].map((j) => (j.payload as { n: number }).n).sort()).toEqual([
      1, 2, 3,
    ]);
    expect(await claimJobs(db, claim('c', t0))).toEqual([]);
  });

  it('gives a job back when its lease runs out, and completes it for the holder only', async () => {
    const { db } = getDb();
    const [job] = await claimJobs(db, claim('d', later(61_000)));
    expect(job?.attempts).toBe(2);
    expect(await completeJob(db, job?.id ?? '', 'someone-else', later(62_000))).toBe(false);
    expect(await completeJob(db, job?.id ?? '', 'd', later(62_000))).toBe(true);
    expect((await jobStatus(db, job?.id ?? ''))?.status).toBe('done');
  });

  it('requeues a failed job with backoff and fails it for good after max attempts', async () => {
    const { db } = getDb();
    const id = await enqueueJob(db, { kind: 'score', payload: {}, runAt: t0, maxAttempts: 2 }, t0);
    await claimJobs(db, { ...claim('e', t0), kinds: ['score'], limit: 100 });
    expect(await failJob(db, id, 'e', 'boom', t0)).toBe('queued');
    const requeued = await jobStatus(db, id);
    expect(requeued?.runAt).toBe(later(retryDelayMs(1)).toISOString());
    expect(requeued?.lastError).toBe('boom');
    const [again] = await claimJobs(db, claim('f', later(retryDelayMs(1)), 100)).then((jobs) =>
      jobs.filter((j) => j.id === id),
    );
    expect(again?.attempts).toBe(2);
    expect(await failJob(db, id, 'f', 'boom again', later(5_000))).toBe('failed');
  });
});
