// The vessel calls list and the band calibration's read on an agency with a history: one
// 20,000-container call and 60 calls of 500 containers, each of those scored twice (80,000
// assessments), on PGlite in memory (its engine runs in this process, so process CPU is the
// engine's). Figures, each against a peer measured in this run on the same data:
// - the calls list from the summaries (`listAssessedCalls`) against the grouping of every
//   assessment of the agency it replaced (the query before migration 0023);
// - the 20,000 most recent scores through assessments_recent_idx against the sort of every
//   assessment the read did before (the index dropped for it, as before 0023);
// - writing a scoring batch's 20,000 assessments with assessments_recent_idx against without;
// - recomputing the 20,000-container call's summary from its queue rows with their band (what
//   scoring does after each batch) against the same with the band joined from the assessments.
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/storage/database.ts';
import { rowsOf, type Db } from '../src/storage/db.ts';
import {
  insertAssessments,
  listAssessedCalls,
  recentScores,
  refreshAssessedCall,
  summaryOfQueueRows,
  type AssessmentRecord,
  type CallKey,
} from '../src/storage/index.ts';

export const title = 'Vessel calls list and band calibration read on an agency with history';

const AGENCY = 'be-customs';
const ROUNDS = 20;

function callRecords(call: CallKey, containers: number, at: Date, seed: number) {
  return Array.from({ length: containers }, (_, i): AssessmentRecord => {
    const score = ((i * 7919 + seed * 104729) % 1000) / 1000;
    return {
      ...call,
      consignmentId: randomUUID(),
      billNumber: `BL${seed}-${i}`,
      containerNumber: `C${String(i).padStart(7, '0')}`,
      score,
      band: score > 0.98 ? 'high' : score > 0.88 ? 'medium' : 'low',
      mandatoryHold: i % 997 === 0,
      explanation: 'e2|',
      ruleSetVersion: 'r1',
      features: 'f2|',
      assessedAt: at,
    };
  });
}

async function seed(db: Db): Promise<CallKey> {
  const big = { agencyId: AGENCY, vesselImo: '9321483', voyageNumber: 'BIG', port: 'BEANR' };
  await insertAssessments(db, callRecords(big, 20_000, new Date('2026-03-01T00:00:00Z'), 0));
  for (let n = 0; n < 60; n++) {
    const call = { ...big, voyageNumber: `V${n}` };
    await db.execute(sql`INSERT INTO port_calls (vessel_imo, voyage_number, port, eta, updated_at)
      VALUES (${call.vesselImo}, ${call.voyageNumber}, ${call.port}, now(), now())`);
    for (const round of [1, 2]) {
      const at = new Date(Date.UTC(2026, 1, 1 + n, round));
      await insertAssessments(db, callRecords(call, 500, at, n * 2 + round));
    }
  }
  return big;
}

/** The list as it was read before the summaries: every assessment of the agency grouped. */
const OLD_LIST = sql`
  SELECT a.vessel_imo, a.voyage_number, a.port, count(DISTINCT a.container_number)::int AS containers,
    count(DISTINCT a.container_number) FILTER (WHERE a.band = 'high')::int AS high,
    count(DISTINCT a.container_number) FILTER (WHERE a.mandatory_hold)::int AS holds,
    min(pc.eta) AS eta, max(a.assessed_at) AS last
  FROM assessments a
  LEFT JOIN port_calls pc ON pc.vessel_imo = a.vessel_imo AND pc.voyage_number = a.voyage_number
    AND pc.port = a.port
  WHERE a.agency_id = ${AGENCY} AND a.vessel_imo IS NOT NULL AND a.voyage_number IS NOT NULL
  GROUP BY a.vessel_imo, a.voyage_number, a.port
  ORDER BY last DESC LIMIT 50`;

const OLD_RECENT = sql`
  SELECT string_agg(score::text, ',') AS scores FROM (
    SELECT score FROM assessments WHERE agency_id = ${AGENCY}
    ORDER BY assessed_at DESC LIMIT 20000) recent`;

/** The summary of the call's queue rows, the band from each row or joined from its assessment. */
const summaryOf = (call: CallKey, joined: boolean) =>
  summaryOfQueueRows(sql`SELECT q.agency_id, q.vessel_imo, q.voyage_number, q.port,
    q.container_number, ${sql.raw(joined ? 'a' : 'q')}.band, q.mandatory_hold, q.assessed_at
    FROM call_queue q ${sql.raw(joined ? 'JOIN assessments a ON a.id = q.assessment_id' : '')}
    WHERE q.agency_id = ${call.agencyId} AND q.vessel_imo = ${call.vesselImo}
      AND q.voyage_number = ${call.voyageNumber} AND q.port = ${call.port}`);

const COPY_ROUNDS = 7;

/**
 * Process CPU of writing a scoring batch's 20,000 assessments (no vessel call, so no queue
 * rows) with the index and without it, alternately; the index is dropped and made again
 * between the rounds, outside the time.
 */
async function copyCost(db: Db): Promise<{ with: number; without: number }> {
  const times = { with: [] as number[], without: [] as number[] };
  const noCall = { agencyId: 'copy-agency', port: 'BEANR' } as unknown as CallKey;
  for (let round = 0; round < COPY_ROUNDS * 2; round++) {
    const indexed = round % 2 === 0;
    if (!indexed) await db.execute(sql`DROP INDEX assessments_recent_idx`);
    const at = new Date(Date.UTC(2026, 3, 1, round));
    const batch = callRecords(noCall, 20_000, at, 500 + round).map((r) => ({
      ...r,
      vesselImo: undefined,
      voyageNumber: undefined,
    }));
    const before = process.cpuUsage();
    await insertAssessments(db, batch);
    const used = process.cpuUsage(before);
    (indexed ? times.with : times.without).push((used.user + used.system) / 1000);
    if (!indexed)
      await db.execute(sql`CREATE INDEX assessments_recent_idx ON assessments
        USING btree (agency_id, assessed_at, id)`);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { with: median(times.with), without: median(times.without) };
}

/** Median process CPU (ms) of `fn` over ROUNDS runs. */
async function cpuMs(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const before = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

export async function run(): Promise<void> {
  const database = await openDatabase({ dataDir: 'memory://' });
  const { db } = database;
  try {
    const big = await seed(db);
    await db.execute(sql`ANALYZE`);
    const list = await cpuMs(() => listAssessedCalls(db, AGENCY, 50));
    const recent = await cpuMs(() => recentScores(db, AGENCY, 20_000));
    const refresh = await cpuMs(() => refreshAssessedCall(db, big));
    const own = await cpuMs(() => db.execute(summaryOf(big, false)));
    const joined = await cpuMs(() => db.execute(summaryOf(big, true)));
    await db.execute(sql`DROP INDEX assessments_recent_idx`);
    const oldList = await cpuMs(() => db.execute(OLD_LIST));
    const oldRecent = await cpuMs(() => db.execute(OLD_RECENT));
    const n = rowsOf<{ n: number }>(
      await db.execute(sql`SELECT count(*)::int AS n FROM assessments`),
    );
    await db.execute(sql`CREATE INDEX assessments_recent_idx ON assessments
      USING btree (agency_id, assessed_at, id)`);
    // Last: it adds 280,000 assessments of another agency's history.
    const copy = await copyCost(db);
    console.log(`${n[0]?.n ?? 0} assessments in 61 calls; median process CPU of ${ROUNDS} runs`);
    console.log(`calls list (50): ${ms(list)}; peer, grouping every assessment: ${ms(oldList)}`);
    console.log(
      `recent 20,000 scores: ${ms(recent)}; peer, sorting every assessment: ${ms(oldRecent)}`,
    );
    console.log(
      `20,000-container call's summary recomputed and stored: ${ms(refresh)}; computed from the queue rows' band ${ms(own)}; peer, band joined from the assessments: ${ms(joined)}`,
    );
    console.log(
      `20,000 assessments written (COPY) with assessments_recent_idx: ${ms(copy.with)}; peer, without it: ${ms(copy.without)} (median of ${COPY_ROUNDS} each, alternating)`,
    );
    console.log(
      `load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await database.close();
  }
}
