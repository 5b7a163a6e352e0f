// Targeting on the simulator's world at a scale where the comparison with the control sample is
// tighter than in the tests: BENCH_WORLD_WARM_UP days (default 7) of history ingested and scored,
// then BENCH_WORLD_DAYS days (default 20) of a 2,000-container-a-day port with the demo's
// planted smuggling (1.25% of containers, `DEMO_TYPOLOGY_RATES`), each day ingested through the intake as carriers
// file it, scored, and every vessel call planned with scanner capacity for 5% of its containers,
// half of it a random control sample (BENCH_WORLD_CONTROL_SHARE); scans and inspections follow the
// simulator's outcome model against its ground truth. Rules only for the first half of the days;
// then the model is retrained on the recorded outcomes, activated, and scores the second half.
// Printed as `portcullis risk evaluate` prints it (targeted against control hit rates with 95%
// intervals, their ratio, precision and recall at n%, ROC AUC), for each half and for all; the
// peer of the targeted rate is the control sample's, and beside both the share of all containers
// of the planned calls in which a scan would have found drugs, which only the simulator knows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatEvaluation } from '../src/cli/commands/risk.command.ts';
import { createTargetingService } from '../src/services/targeting/index.ts';
import { formatCallId } from '../src/services/targeting/call-id.ts';
import { generateDays } from '../src/sim/index.ts';
import { openDatabase } from '../src/storage/index.ts';
import {
  analyst,
  casesByContainer,
  ingestDays,
  MovingClock,
  officer,
  scanOutcome,
  worldConfig,
} from '../test/targeting/simulated-world.ts';

export const title =
  'Targeting on the simulated world: targeted scans against the random control sample';

const DAYS = Number(process.env['BENCH_WORLD_DAYS'] ?? 20);
/** Days ingested and scored before planning starts: the parties' and routes' history. */
const WARM_UP = Number(process.env['BENCH_WORLD_WARM_UP'] ?? 7);
const CONTROL_SHARE = Number(process.env['BENCH_WORLD_CONTROL_SHARE'] ?? 0.5);
const SCAN_SHARE = 0.05;

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

export async function run(): Promise<void> {
  const started = performance.now();
  // The first days build the party and route history (scored, not planned).
  const days = [...generateDays(worldConfig(WARM_UP + DAYS))];
  const truth = casesByContainer(days);
  const dir = mkdtempSync(path.join(tmpdir(), 'portcullis-bench-world-'));
  const database = await openDatabase({ dataDir: path.join(dir, 'pglite') });
  const clock = new MovingClock(`${days[0]!.date}T00:00:00Z`);
  const service = createTargetingService({ database, clock, workerName: 'bench' });
  try {
    for (const day of days.slice(0, WARM_UP)) {
      await ingestDays(database, clock, [day]);
      await service.scorePending(analyst, 100_000);
    }
    const half = Math.ceil(DAYS / 2);
    const planned = { containers: 0, findable: 0, pool: 0, poolFindable: 0 };
    for (const [i, day] of days.slice(WARM_UP).entries()) {
      if (i === half) {
        const model = await service.retrainModel(analyst);
        await service.activateModel(analyst, model.version);
        console.log(`model ${model.version} retrained on the first ${half} days' outcomes`);
        printEvaluation(`days 1-${half}, rules only`, await service.evaluate(analyst), planned);
      }
      await ingestDays(database, clock, [day]);
      await service.scorePending(analyst, 100_000);
      const ids = new Set(
        day.calls.map((c) => `${c.portCall.vesselImo}:${c.portCall.voyageNumber}`),
      );
      const calls = (await service.listVesselCalls(officer, 10_000)).filter((c) =>
        ids.has(`${c.vesselImo}:${c.voyageNumber}`),
      );
      for (const call of calls) {
        const id = formatCallId(call);
        const plan = await service.makeScanPlan(officer, id, {
          capacity: Math.max(2, Math.ceil(call.containers * SCAN_SHARE)),
          controlShare: CONTROL_SHARE,
          shift: 'day',
          seed: id,
        });
        // What a scan of every container of the call would have found, and of those neither
        // held nor targeted: the pool the control sample is drawn from, whose rate it estimates.
        const chosen = new Set(
          plan.selections.filter((s) => s.reason !== 'control').map((s) => s.containerNumber),
        );
        for (const a of await service.queue(officer, id)) {
          const findable = scanOutcome(a.containerNumber, truth.get(a.containerNumber), 'bench');
          planned.containers++;
          if (findable) planned.findable++;
          if (!chosen.has(a.containerNumber)) {
            planned.pool++;
            if (findable) planned.poolFindable++;
          }
        }
        for (const s of plan.selections) {
          const found = scanOutcome(s.containerNumber, truth.get(s.containerNumber), 'bench');
          await service.recordOutcome(officer, {
            containerNumber: s.containerNumber,
            found,
            seizure: found,
          });
        }
      }
    }
    printEvaluation(`all ${DAYS} days`, await service.evaluate(analyst), planned);
    console.log(
      `(${WARM_UP} days of history, then ${DAYS} days planned, of 2,000 containers a day; capacity ${pct(SCAN_SHARE)} of each call, control share ${CONTROL_SHARE}; ${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function printEvaluation(
  label: string,
  e: Awaited<ReturnType<ReturnType<typeof createTargetingService>['evaluate']>>,
  planned: { containers: number; findable: number; pool: number; poolFindable: number },
): void {
  console.log(`${label}:`);
  console.log(
    formatEvaluation(e)
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  console.log(
    `  a scan of every one of the ${planned.containers} containers of the planned calls would have found drugs in ${pct(planned.findable / Math.max(1, planned.containers))}, of the ${planned.pool} neither held nor targeted in ${pct(planned.poolFindable / Math.max(1, planned.pool))} (the rate the control sample estimates; known only to the simulator)`,
  );
}
