// Targeting: one vessel call of 20,000 containers (synthetic consignments, one container each,
// with their events) is filed through the intake's bulk consignment path, then the scoring
// worker, wired as the server wires it (lookouts in force, the parties screened against the
// watchlists), claims the job, computes features, runs the default rules, assesses and stores
// every container with its explanation, and the scan plan is made (holds, targeted, 10%
// control). 500 lookouts are in force (BENCH_LOOKOUTS), a few made to match bills of the call. Figures, each against a peer measured in this run:
// - stored assessments per second with explanations, against the same scoring path in memory
//   (features + rules + assessment, no storage);
// - time from the filed call to its scan plan (target under 1 s), against the time the intake's
//   bulk path takes to store the same filing;
// - the same call → plan on the PostgreSQL server of PORTCULLIS_BENCH_DATABASE_URL (default
//   postgres://postgres@127.0.0.1:5432/test), in a fresh database created and dropped here
//   (skipped when the server cannot be reached): its engine runs in its own processes, so the
//   CPU of the scoring is given for this process and for the server's processes (read from
//   /proc where the server runs on this machine).
// A digest of what each engine stored (assessments, queue, plan, history) is printed: the same
// code must store the same on both, and a faster change must leave it as it was.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { assess } from '../src/risk/assessment/assess.ts';
import { computeFeatures } from '../src/risk/features/compute-features.ts';
import type { FeatureInput } from '../src/risk/features/feature-input.ts';
import type { SyntheticInput } from '../src/risk/features/testing/synthetic-consignments.ts';
import { compileRuleSet, evaluateRuleSet } from '../src/risk/rules/rule-set-evaluator.ts';
import { defaultRuleSet } from '../src/services/targeting/default-rule-set.ts';
import { openDatabase } from '../src/storage/database.ts';
import { storedAssessmentBytes } from '../src/storage/index.ts';
import { benchPostgresUrl, withFreshPostgres } from './fresh-postgres.ts';
import { serverCpuMs } from './server-cpu.ts';
import { installSqlTimer, takeSqlTimes, type SqlTime } from './sql-timer.ts';
import { indexLookouts } from '../src/services/exchange/lookout-index.ts';
import { matchLookout } from '../src/services/exchange/lookout-matcher.ts';
import {
  AGENCY,
  CALL,
  callDigest,
  callInputs,
  callLookouts,
  fileScoreAndPlan,
  NOW,
  type CallFigures,
} from './targeting-call.ts';

export const title =
  'Targeting: stored assessments per second, and a 20,000-container call from filing to scan plan';

const CONTAINERS = Number(process.env.BENCH_CONTAINERS ?? 20_000);

function inMemoryPerSecond(all: readonly FeatureInput[]): number {
  const rules = compileRuleSet(defaultRuleSet().set);
  const started = performance.now();
  let n = 0;
  for (const input of all) {
    for (const fv of computeFeatures(input)) {
      const a = assess({ features: fv, rules: evaluateRuleSet(rules, fv.values, NOW) });
      n += a.explanation.text.length > 0 ? 1 : 0;
    }
  }
  return n / ((performance.now() - started) / 1000);
}

/**
 * Matching the call's bills against the lookouts in force: the index (what scoring uses) over all
 * of them, against trying every lookout on each bill in turn over the first 1,000 (it is ~1,000×
 * slower), per bill; both must find the same. The index's first pass runs code not yet compiled
 * on names it has not seen, as the first call after a start does; further passes (median of 3)
 * are what a scoring worker that has run a while pays. Wall and this process's CPU time.
 */
function lookoutMatching(all: readonly FeatureInput[]): void {
  const lookouts = callLookouts(all);
  const bills = all.map((i) => i.consignment);
  const t0 = performance.now();
  const index = indexLookouts(lookouts);
  const t1 = performance.now();
  const pass = () => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    let found = 0;
    for (const c of bills) found += index.match(c).length;
    const used = process.cpuUsage(cpu);
    const perBill = (x: number) => (x * 1000) / bills.length;
    return {
      found,
      wallUs: perBill(performance.now() - started),
      cpuUs: perBill((used.user + used.system) / 1000),
    };
  };
  const first = pass();
  const again = [pass(), pass(), pass()].sort((a, b) => a.cpuUs - b.cpuUs)[1]!;
  const t2 = performance.now();
  const sample = bills.slice(0, 1_000);
  let inTurn = 0;
  for (const c of sample)
    for (const l of lookouts) inTurn += matchLookout(l.content, c) === undefined ? 0 : 1;
  const t3 = performance.now();
  const sampleFound = sample.reduce((n, c) => n + index.match(c).length, 0);
  if (sampleFound !== inTurn)
    throw new Error(`lookout index found ${sampleFound} matches, trying each found ${inTurn}`);
  const peerPerBill = ((t3 - t2) * 1000) / sample.length;
  const us = (p: { wallUs: number; cpuUs: number }) =>
    `${p.wallUs.toFixed(2)} µs a bill (CPU ${p.cpuUs.toFixed(2)})`;
  console.log(
    `lookout matching, ${lookouts.length} lookouts in force: index ${us(first)} on its first pass, ${us(again)} on further passes (${first.found} matches in ${bills.length} bills, index made in ${ms(t1 - t0)})`,
  );
  console.log(
    `  peer, every lookout tried on each bill in turn: ${peerPerBill.toFixed(0)} µs a bill (first ${sample.length} bills, ${inTurn} matches); index/peer speed = ${(peerPerBill / first.wallUs).toFixed(0)}× (first pass)`,
  );
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const callLine = (f: CallFigures) =>
  `filed ${CONTAINERS}-container call → scan plan: ${ms(f.scoringMs + f.planMs)} (target < 1000 ms; scoring ${ms(f.scoringMs)}, plan ${ms(f.planMs)}, ${f.selected} selected)`;

async function embedded(all: readonly SyntheticInput[], memory: number): Promise<void> {
  installSqlTimer();
  const dir = mkdtempSync(path.join(tmpdir(), 'portcullis-targeting-bench-'));
  const database = await openDatabase({ dataDir: path.join(dir, 'pglite') });
  try {
    let scoring = new Map<string, SqlTime>();
    const f = await fileScoreAndPlan(database, all, {
      beforeScoring: () => takeSqlTimes(),
      afterScoring: () => (scoring = takeSqlTimes()),
    });
    const engine = [...scoring].sort((a, b) => b[1].cpu - a[1].cpu);
    const stored = f.scored / (f.scoringMs / 1000);
    console.log(
      `stored assessments with explanations: ${stored.toFixed(0)}/s (${f.scored} containers)`,
    );
    console.log(
      `  peer, the same scoring in memory (features + rules + assessment, no storage): ${memory.toFixed(0)}/s; stored/in-memory = ${(stored / memory).toFixed(2)}`,
    );
    console.log(`PGlite: ${callLine(f)}`);
    console.log(
      `  parties screened against the watchlists during scoring (the index built before, in ${ms(f.indexMs)}); lookouts in force: ${f.lookouts}`,
    );
    const total = f.scoringMs + f.planMs;
    console.log(
      `  peer, storing the same filing through the intake bulk path: ${ms(f.filingMs)}; plan time / filing time = ${(total / f.filingMs).toFixed(2)}`,
    );
    // Wall time on a shared machine follows its load; the process CPU of the scoring is steadier.
    console.log(`  scoring used ${ms(f.scoringCpuMs)} of process CPU; load average ${load()}`);
    const inEngine = engine.reduce((n, [, t]) => n + t.cpu, 0);
    console.log(
      `  of the scoring CPU, in the engine: ${ms(inEngine)} (${engine
        .slice(0, 8)
        .map(([k, t]) => `${k} ${ms(t.cpu)}`)
        .join(', ')}); outside it: ${ms(f.scoringCpuMs - inEngine)}`,
    );
    const bytes = await storedAssessmentBytes(database.db, { agencyId: AGENCY, ...CALL });
    console.log(
      `  bytes per stored assessment: explanation ${bytes.explanation.toFixed(0)} + feature snapshot ${bytes.features.toFixed(0)} as text; ${bytes.stored.toFixed(0)} in the table (${bytes.assessments} assessments)`,
    );
    console.log(
      `  digest of what the call stored (assessments, queue, plan, history): ${await callDigest(database)}`,
    );
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function server(all: readonly SyntheticInput[]): Promise<void> {
  const baseUrl = benchPostgresUrl();
  let reached = false;
  try {
    await withFreshPostgres(baseUrl, async (database) => {
      reached = true;
      let [before, after]: (number | undefined)[] = [];
      const f = await fileScoreAndPlan(database, all, {
        beforeScoring: () => (before = serverCpuMs()),
        afterScoring: () => (after = serverCpuMs()),
      });
      const server =
        before === undefined || after === undefined ? 'not readable here' : ms(after - before);
      console.log(`PostgreSQL: ${callLine(f)}`);
      console.log(
        `  peer, storing the same filing through the intake bulk path: ${ms(f.filingMs)}; CPU during the scoring: this process ${ms(f.scoringCpuMs)}, the server's processes ${server}; load average ${load()}`,
      );
      console.log(
        `  digest of what the call stored (assessments, queue, plan, history): ${await callDigest(database)}`,
      );
    });
  } catch (error) {
    if (reached) throw error;
    const why = error instanceof Error ? error.message : String(error);
    console.log(`PostgreSQL: skipped, ${new URL(baseUrl).host} not usable (${why})`);
  }
}

export async function run(): Promise<void> {
  const all = callInputs(CONTAINERS);
  const memory = inMemoryPerSecond(all);
  lookoutMatching(all);
  await embedded(all, memory);
  await server(all);
}
