/**
 * Fills a database with the demo world through the real paths: every simulated file goes through
 * the intake service as its sender would send it; targeting scores the queued filings; each past
 * vessel call gets a scan plan with a random control share, and the simulator's scanner and
 * inspection model decide what the scans find; the model is retrained on those outcomes and the
 * coming days' arrivals are scored with it.
 */
import type { AppContext } from '../../services/app-context.ts';
import type { Actor } from '../../services/access/actor.ts';
import { createIntakeService, type IntakeService } from '../../services/intake/intake.service.ts';
import { referenceLookups } from '../../services/intake/reference-lookups.ts';
import { createSenderService } from '../../services/intake/sender.service.ts';
import {
  createTargetingService,
  formatCallId,
  type TargetingService,
} from '../../services/targeting/index.ts';
import { createActor } from '../../services/access/actor.ts';
import { createOutcomesService, type OutcomesService } from '../../services/outcomes/index.ts';
import {
  createScreeningService,
  createScreeningWorker,
  createWatchlistSource,
} from '../../services/entities/index.ts';
import { generateDays, simDayFiles, type SimDay } from '../../sim/index.ts';
import { seedDemoAccounts, type DemoSignIn } from './demo-accounts.ts';
import { carrierActor, DEMO_AGENCY, demoAdmin, demoAnalyst, demoOfficer } from './demo-actors.ts';
import { demoWorld, type DemoOptions } from './demo-world.ts';
import { MovingClock } from './moving-clock.ts';
import { recordCallOutcomes } from './simulated-outcomes.ts';

export interface DemoSummary {
  readonly days: number;
  readonly files: number;
  readonly containersScored: number;
  readonly plannedCalls: number;
  readonly scans: number;
  readonly hits: number;
  readonly plantedCases: number;
  readonly modelVersion: string | undefined;
  /** Local accounts to sign in with, one per role. */
  readonly signIns: readonly DemoSignIn[];
}

type Log = (line: string) => void;

const contentTypeOf = (path: string) =>
  path.endsWith('.json')
    ? 'application/json'
    : path.endsWith('.csv')
      ? 'text/csv'
      : 'application/edifact';

interface IngestDeps {
  readonly intake: IntakeService;
  readonly clock: MovingClock;
  readonly carrier: Actor;
}

async function ingestDay(deps: IngestDeps, day: SimDay, home: string): Promise<number> {
  // The CSV manifest repeats the CUSCAR consignments in another format; the demo sends each once.
  const files = simDayFiles(day, home)
    .filter((f) => !f.path.startsWith('csv/'))
    .sort((a, b) => a.preparedAt.localeCompare(b.preparedAt));
  for (const file of files) {
    deps.clock.set(file.preparedAt);
    await deps.intake.submit(deps.carrier, {
      bytes: new TextEncoder().encode(file.text),
      contentType: contentTypeOf(file.path),
      filename: file.path,
    });
  }
  return files.length;
}

const demoInspector = createActor({
  kind: 'user',
  id: 'demo-inspector',
  agencyId: DEMO_AGENCY,
  roles: ['inspection-team'],
});

async function planAndScan(
  targeting: TargetingService,
  outcomes: OutcomesService,
  clock: MovingClock,
  day: SimDay,
  options: DemoOptions,
): Promise<{ calls: number; scans: number; hits: number }> {
  const truth = new Map(day.cases.map((c) => [c.containerNumber, c] as const));
  const dayCalls = new Set(
    day.calls.map((c) => `${c.portCall.vesselImo}:${c.portCall.voyageNumber}`),
  );
  // Calls are the vessels' calls at the home port (where the scanner is): imports and
  // transshipments alike; the day's calls are planned.
  const calls = (await targeting.listVesselCalls(demoOfficer, 1000)).filter((c) =>
    dayCalls.has(`${c.vesselImo}:${c.voyageNumber}`),
  );
  let scans = 0;
  let hits = 0;
  for (const call of calls) {
    const id = formatCallId(call);
    await targeting.makeScanPlan(demoOfficer, id, {
      capacity: Math.max(2, Math.ceil(call.containers * options.scanShare)),
      shift: 'day',
      seed: id,
    });
    // Recorded through the outcome workflow: scans, inspections, seizures and custody to show.
    const r = await recordCallOutcomes(
      outcomes,
      { officer: demoOfficer, inspector: demoInspector },
      id,
      truth,
      options.seed,
      clock.now(),
    );
    scans += r.scans;
    hits += r.hits;
  }
  return { calls: calls.length, scans, hits };
}

export async function seedDemo(
  context: AppContext,
  options: DemoOptions,
  log: Log,
): Promise<DemoSummary> {
  const config = demoWorld(options, new Date());
  const days = [...generateDays(config)];
  const clock = new MovingClock(`${config.startDate}T00:00:00Z`);
  const sender = await createSenderService({ database: context.database, clock }).addSender(
    demoAdmin,
    { name: 'Demo ocean carrier', kind: 'carrier', policy: {} },
  );
  // The intake as the server builds it: codes checked against the bundled reference data.
  const ingest: IngestDeps = {
    intake: createIntakeService({ database: context.database, clock, lookups: referenceLookups() }),
    clock,
    carrier: carrierActor(sender.id),
  };
  // Parties screened against the watchlists (the `screen` jobs, then again by scoring when it
  // meets an unscreened party), and the hits feed the watchlist feature.
  const screening = createScreeningService({ database: context.database, clock });
  const screener = createScreeningWorker({ database: context.database, clock }, screening, 'demo');
  const targeting = createTargetingService({
    database: context.database,
    clock,
    workerName: 'demo',
    watchlist: createWatchlistSource(screening),
  });
  const outcomes = createOutcomesService({ database: context.database, clock });
  // The port's scanner makes it the node's home port: vessel calls are keyed by it.
  await targeting.addScanner(demoOfficer, {
    port: config.port,
    terminal: '',
    name: 'Demo scanner',
    containersPerHour: 25,
  });
  const totals = { files: 0, containersScored: 0, plannedCalls: 0, scans: 0, hits: 0 };
  let modelVersion: string | undefined;
  for (const [i, day] of days.entries()) {
    const upcoming = i >= options.days;
    if (upcoming && i === options.days && totals.hits > 0)
      modelVersion = await retrain(targeting, log);
    totals.files += await ingestDay(ingest, day, config.port);
    await screener.screenPending(demoAnalyst, 100_000);
    const run = await targeting.scorePending(demoAnalyst, 100_000);
    totals.containersScored += run.containers;
    if (!upcoming) {
      const r = await planAndScan(targeting, outcomes, clock, day, options);
      totals.plannedCalls += r.calls;
      totals.scans += r.scans;
      totals.hits += r.hits;
    }
    log(
      `${day.date}: ${day.calls.length} vessel calls, ${run.containers} containers scored${upcoming ? ' (arrivals to plan)' : ''}`,
    );
  }
  const plantedCases = days.reduce((n, d) => n + d.cases.length, 0);
  const signIns = await seedDemoAccounts(context);
  return { days: days.length, ...totals, plantedCases, modelVersion, signIns };
}

async function retrain(targeting: TargetingService, log: Log): Promise<string> {
  const model = await targeting.retrainModel(demoAnalyst);
  await targeting.activateModel(demoAnalyst, model.version);
  log(`model ${model.version} trained on the recorded outcomes and activated`);
  return model.version;
}
