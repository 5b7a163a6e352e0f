// Targeting on the simulator's world at a scale where the comparison with the control sample is
// tight: BENCH_WORLD_DAYS days (default 12) of a 2,000-container-a-day port with the demo's
// planted smuggling (about 1% of containers), each day ingested through the intake as carriers
// file it, scored, and every vessel call planned with scanner capacity for 5% of its containers,
// half of it a random control sample (BENCH_WORLD_CONTROL_SHARE); scans and inspections follow the
// simulator's outcome model against its ground truth. Rules only for the first half of the days;
// then the model is retrained on the recorded outcomes, activated, and scores the second half.
// Printed as `portcullis risk evaluate` prints it (targeted against control hit rates with 95%
// intervals, their ratio, precision and recall at n%, ROC AUC), for each half and for all; the
// peer of the targeted rate is the control sample's, and beside both the rate of planted cases
// among all containers of the planned calls, which only the simulator knows.
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

const DAYS = Number(process.env['BENCH_WORLD_DAYS'] ?? 12);
const CONTROL_SHARE = Number(process.env['BENCH_WORLD_CONTROL_SHARE'] ?? 0.5);
const SCAN_SHARE = 0.05;

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

export async function run(): Promise<void> {
  const started = performance.now();
  // Day 0 warms up the party and route history (scored, not planned).
  const days = [...generateDays(worldConfig(DAYS + 1))];
  const truth = casesByContainer(days);
  const dir = mkdtempSync(path.join(tmpdir(), 'portcullis-bench-world-'));
  const database = await openDatabase({ dataDir: path.join(dir, 'pglite') });
  const clock = new MovingClock(`${days[0]!.date}T00:00:00Z`);
  const service = createTargetingService({ database, clock, workerName: 'bench' });
  try {
    await ingestDays(database, clock, days.slice(0, 1));
    await service.scorePending(analyst, 100_000);
    const half = Math.ceil(DAYS / 2);
    const planned = { containers: 0, cases: 0 };
    for (const [i, day] of days.slice(1).entries()) {
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
        for (const a of await service.queue(officer, id)) {
          planned.containers++;
          if (truth.has(a.containerNumber)) planned.cases++;
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
      `(${DAYS} days of 2,000 containers, capacity ${pct(SCAN_SHARE)} of each call, control share ${CONTROL_SHARE}; ${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function printEvaluation(
  label: string,
  e: Awaited<ReturnType<ReturnType<typeof createTargetingService>['evaluate']>>,
  planned: { containers: number; cases: number },
): void {
  console.log(`${label}:`);
  console.log(
    formatEvaluation(e)
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  console.log(
    `  planted cases among all ${planned.containers} containers of the planned calls (known only to the simulator): ${pct(planned.cases / Math.max(1, planned.containers))}`,
  );
}
