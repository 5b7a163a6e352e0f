/**
 * Lookout matching runs: new cargo against the lookouts in force (resuming from a cursor over
 * consignment versions, so every version is matched once), and a new lookout against the recent
 * cargo already at the node, whose filings are then queued for scoring again so that targeting's
 * `LookoutSource` raises their assessments (a mandatory hold where the lookout says so).
 */
import type { Lookout } from '../../exchange/objects/lookout.ts';
import {
  consignmentsAfter,
  enqueueJob,
  getState,
  recentConsignments,
  setState,
  type CargoPosition,
  type Db,
} from '../../storage/index.ts';
import { SCORE_JOB_KIND } from '../intake/store-unit.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { inForce, loadLookouts } from './lookout-source.ts';
import { loadNodeIdentity } from './node-identity.ts';
import { recordHits, type HitRun } from './record-hits.ts';

const CURSOR = 'cargo-match-cursor';
const BATCH = 500;
/** How far back a new lookout is matched against cargo already filed. */
export const BACK_MATCH_DAYS = 60;

export async function matchNewCargo(ctx: ExchangeContext): Promise<HitRun> {
  const db = ctx.database.db;
  const node = await loadNodeIdentity(db, ctx.clock.now());
  const now = ctx.clock.now().getTime();
  const lookouts = (await loadLookouts(ctx.database)).filter((l) => inForce(l, now));
  const total = { hits: 0, sightings: 0, filingIds: [] as string[] };
  for (;;) {
    const done = await ctx.database.transaction(async (tx) => {
      const after = await getState<CargoPosition>(tx, CURSOR);
      const batch = await consignmentsAfter(tx, node.agencyId, after, BATCH);
      const last = batch.at(-1);
      if (last === undefined) return true;
      const run = await recordHits(tx, ctx, node.agencyId, lookouts, batch);
      total.hits += run.hits;
      total.sightings += run.sightings;
      await setState(tx, CURSOR, { filedAt: last.filedAt, id: last.id });
      return batch.length < BATCH;
    });
    if (done) return total;
  }
}

/** Matches one lookout against recent cargo and queues the matching filings for scoring. */
export async function backMatchLookout(
  tx: Db,
  ctx: ExchangeContext,
  lookout: Lookout,
): Promise<HitRun> {
  const now = ctx.clock.now();
  if (lookout.revoked || !inForce(lookout, now.getTime()))
    return { hits: 0, sightings: 0, filingIds: [] };
  const node = await loadNodeIdentity(ctx.database.db, now);
  const since = new Date(now.getTime() - BACK_MATCH_DAYS * 86_400_000);
  const cargo = await recentConsignments(tx, node.agencyId, since);
  const run = await recordHits(tx, ctx, node.agencyId, [lookout], cargo);
  for (const filingId of run.filingIds)
    await enqueueJob(
      tx,
      {
        kind: SCORE_JOB_KIND,
        payload: { agencyId: node.agencyId, filingId, reason: lookout.id },
        runAt: now,
      },
      now,
    );
  return run;
}
