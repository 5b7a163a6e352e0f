/**
 * Bench support for targeting.bench.ts: one synthetic vessel call (one container per bill, with
 * its events) filed on a database through the intake's bulk consignment path, scored by the
 * scoring worker wired as the server wires it (lookouts in force, the parties screened against
 * the watchlists) and planned, with the time of each step and a digest of what was stored.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Consignment } from '../src/core/cargo/consignment.ts';
import type { ImoNumber } from '../src/core/identifiers/imo-number.ts';
import type { UnLocode } from '../src/core/identifiers/un-locode.ts';
import type { FeatureInput } from '../src/risk/features/feature-input.ts';
import {
  seededRandom,
  syntheticInput,
  type SyntheticInput,
} from '../src/risk/features/testing/synthetic-consignments.ts';
import { createScreeningService } from '../src/services/entities/screening.service.ts';
import { createWatchlistSource } from '../src/services/entities/watchlist-source.ts';
import { storeVersion } from '../src/services/exchange/intel-store.ts';
import { createLookoutSource } from '../src/services/exchange/lookout-source.ts';
import { createActor } from '../src/services/access/actor.ts';
import { fixedClock } from '../src/services/clock.ts';
import { createTargetingService, formatCallId } from '../src/services/targeting/index.ts';
import type { Database } from '../src/storage/database.ts';
import { saveFiledConsignments } from '../src/services/intake/filed-consignments.ts';
import { rowsOf } from '../src/storage/db.ts';
import { enqueueJob, insertContainerEvents } from '../src/storage/index.ts';
import type { Lookout } from '../src/exchange/objects/lookout.ts';
import { syntheticLookouts } from '../src/exchange/objects/testing/synthetic-lookouts.ts';

export const NOW = Date.parse('2026-03-01T00:00:00Z');
export const CALL = {
  vesselImo: '9321483' as ImoNumber,
  voyageNumber: 'B001W',
  port: 'BEANR' as UnLocode,
};
export const AGENCY = 'bench';

/**
 * Lookouts in force at the node, as partners and the node's own analysts keep them: container
 * numbers, party names and identifiers, cargo patterns; one in twenty made to match a bill of
 * the call (a hold on some). BENCH_LOOKOUTS sets how many (default 500).
 */
export function callLookouts(all: readonly FeatureInput[]): Lookout[] {
  return syntheticLookouts(seededRandom(29), {
    count: Number(process.env['BENCH_LOOKOUTS'] ?? 500),
    hitsOn: all.map((i) => i.consignment),
    hitShare: 0.05,
    validFrom: new Date(NOW - 30 * 86_400_000).toISOString(),
    validUntil: new Date(NOW + 60 * 86_400_000).toISOString(),
  });
}

/** The call's containers: synthetic consignments of one vessel call, with their events. */
export function callInputs(containers: number): SyntheticInput[] {
  const rnd = seededRandom(11);
  return Array.from({ length: containers }, (_, i) => {
    const input = syntheticInput(rnd, i, { now: NOW, anomalyRate: 0.02 });
    const c = input.consignment;
    const consignment: Consignment = {
      ...c,
      billNumber: `BENCH${String(i).padStart(7, '0')}`,
      vesselImo: CALL.vesselImo,
      voyageNumber: CALL.voyageNumber,
      route: { ...c.route, portOfDischarge: CALL.port },
    };
    return { ...input, consignment };
  });
}

/** Milliseconds of each step of one call, and what came out. */
export interface CallFigures {
  /** Building the watchlist index, before the clock starts. */
  readonly indexMs: number;
  /** Storing the filing through the intake's bulk path (the peer). */
  readonly filingMs: number;
  readonly scoringMs: number;
  /** Process CPU of the scoring (on PGlite the engine's too). */
  readonly scoringCpuMs: number;
  readonly planMs: number;
  readonly scored: number;
  readonly selected: number;
  readonly lookouts: number;
}

/**
 * Files the call on `database`, scores it and makes its plan. `beforeScoring` and
 * `afterScoring` run just around the scoring (the bench's engine timer).
 */
export async function fileScoreAndPlan(
  database: Database,
  all: readonly SyntheticInput[],
  hooks: { beforeScoring?: () => void; afterScoring?: () => void } = {},
): Promise<CallFigures> {
  const clock = fixedClock(new Date(NOW).toISOString());
  const actor = createActor({
    kind: 'user',
    id: 'bench',
    agencyId: AGENCY,
    roles: ['analyst', 'targeting-officer'],
  });
  for (const l of callLookouts(all))
    await storeVersion(database.db, l, 'received', 'bench', clock.now());
  const lookouts = createLookoutSource(database, clock);
  await lookouts.refresh();
  const screening = createScreeningService({ database, clock });
  const service = createTargetingService({
    database,
    clock,
    workerName: 'bench',
    lookouts: lookouts.source,
    watchlist: createWatchlistSource(screening),
  });
  // A running node has built its watchlist index at its first screening; built here, before
  // the clock starts, and timed on its own.
  const indexStarted = performance.now();
  await screening.screen(actor, { name: 'INDEX WARM-UP' });
  const indexMs = performance.now() - indexStarted;
  await insertContainerEvents(
    database.db,
    all.flatMap((i) => i.events),
  );
  const filingId = randomUUID();
  const t0 = performance.now();
  // One transaction per 2,000 bills: PGlite's lock table does not hold an advisory lock per
  // bill for 20,000 bills in one transaction.
  const bills = all.map((i) => i.consignment);
  for (let i = 0; i < bills.length; i += 2_000) {
    await database.transaction((tx) =>
      saveFiledConsignments(tx, {
        agencyId: AGENCY,
        filingId,
        filedAt: clock.now(),
        consignments: bills.slice(i, i + 2_000),
      }),
    );
  }
  await enqueueJob(
    database.db,
    { kind: 'score', payload: { agencyId: AGENCY, filingId }, runAt: clock.now() },
    clock.now(),
  );
  const t1 = performance.now();
  hooks.beforeScoring?.();
  const cpu = process.cpuUsage();
  const scored = await service.scorePending(actor, 10);
  const t2 = performance.now();
  const used = process.cpuUsage(cpu);
  hooks.afterScoring?.();
  // A failed job is retried later, not thrown: a run that stored nothing must not pass for fast.
  if (scored.failed > 0 || scored.containers !== all.length)
    throw new Error(
      `scoring stored ${scored.containers} of ${all.length} containers (${scored.failed} jobs failed)`,
    );
  const plan = await service.makeScanPlan(actor, formatCallId(CALL), {
    capacity: 400,
    controlShare: 0.1,
    seed: 'bench',
  });
  const t3 = performance.now();
  return {
    indexMs,
    filingMs: t1 - t0,
    scoringMs: t2 - t1,
    scoringCpuMs: (used.user + used.system) / 1000,
    planMs: t3 - t2,
    scored: scored.containers,
    selected: plan.selections.length,
    lookouts: lookouts.active().length,
  };
}

/**
 * MD5 of what the call's scoring and plan stored, without ids and times (made fresh each run):
 * every assessment (versions, score, band, hold, explanation, feature snapshot), every queue
 * row with the container of the assessment it points at, every plan selection, and the
 * history the scoring counted (parties with their shipments per HS chapter, bills, routes).
 */
export async function callDigest(database: Database): Promise<string> {
  const call = sql`agency_id = ${AGENCY} AND vessel_imo = ${CALL.vesselImo}
    AND voyage_number = ${CALL.voyageNumber} AND port = ${CALL.port}`;
  const result = await database.db.execute(sql`
    SELECT md5(
      (SELECT string_agg(concat_ws('|', bill_number, container_number, score::text, band,
          mandatory_hold::text, explanation, rule_set_version, model_version, model_hash,
          features), chr(10) ORDER BY bill_number, container_number) FROM assessments
        WHERE ${call})
      || (SELECT string_agg(concat_ws('|', q.container_number, q.bill_number, q.score::text,
          q.mandatory_hold::text, a.container_number, a.bill_number), chr(10)
          ORDER BY q.container_number, q.bill_number)
        FROM call_queue q JOIN assessments a ON a.id = q.assessment_id
        WHERE q.agency_id = ${AGENCY} AND q.vessel_imo = ${CALL.vesselImo}
          AND q.voyage_number = ${CALL.voyageNumber} AND q.port = ${CALL.port})
      || (SELECT string_agg(concat_ws('|', s.container_number, s.bill_number, s.score::text,
          s.reason, s.propensity::text, s.selected::text, a.container_number), chr(10)
          ORDER BY s.container_number)
        FROM scan_plan_selections s LEFT JOIN assessments a ON a.id = s.assessment_id)
      || (SELECT string_agg(concat_ws('|', role, party_key, first_seen_at::text, shipments,
          seizures, hits, chapters::text), chr(10) ORDER BY role, party_key)
        FROM party_history WHERE agency_id = ${AGENCY})
      || (SELECT string_agg(bill_number, chr(10) ORDER BY bill_number)
        FROM history_bills WHERE agency_id = ${AGENCY})
      || (SELECT string_agg(concat_ws('|', route, shipments, seizures), chr(10) ORDER BY route)
        FROM route_stats WHERE agency_id = ${AGENCY})) AS digest`);
  return rowsOf<{ digest: string }>(result)[0]?.digest ?? '';
}
