/**
 * Fills a database with the demo world through the real paths, up to now and never past it:
 * every simulated file that its sender has prepared by now goes through the intake service as
 * that sender (a carrier or a terminal, by its own API key) when it was prepared; targeting
 * scores the queued filings; each vessel call that has arrived gets a scan plan with a random
 * control share before its arrival, and the simulator's scanner and inspection model decide
 * what its scans find (recorded half a day after arrival, when that is past). At now the model
 * is retrained on those outcomes and the calls still to arrive are scored with it. Files
 * prepared after now (moves not yet made) are held back. See demo-timeline.ts for the order.
 */
import type { AppContext } from '../../services/app-context.ts';
import { createActor } from '../../services/access/actor.ts';
import { createIntakeService, type IntakeService } from '../../services/intake/intake.service.ts';
import { referenceLookups } from '../../services/intake/reference-lookups.ts';
import {
  createTargetingService,
  formatCallId,
  type TargetingService,
} from '../../services/targeting/index.ts';
import { createOutcomesService, type OutcomesService } from '../../services/outcomes/index.ts';
import {
  createScreeningService,
  createScreeningWorker,
  createWatchlistSource,
} from '../../services/entities/index.ts';
import {
  generateDays,
  type CaseTruth,
  type SimCall,
  type SimDay,
  type SimFile,
} from '../../sim/index.ts';
import { seedDemoAccounts, type DemoSignIn } from './demo-accounts.ts';
import { DEMO_AGENCY, demoAnalyst, demoOfficer } from './demo-actors.ts';
import { registerDemoSenders, sendersOf, type DemoSenders } from './demo-senders.ts';
import { demoTimeline, type DemoStep } from './demo-timeline.ts';
import { callsBetween, demoWindow, demoWorld, type DemoOptions } from './demo-world.ts';
import { MovingClock } from './moving-clock.ts';
import { recordCallOutcomes } from './simulated-outcomes.ts';

export interface DemoSummary {
  /** Simulated days: the history, today and the days ahead. */
  readonly days: number;
  /** Files sent through the intake. */
  readonly files: number;
  /** Files prepared after now (moves not yet made, stowage plans not yet sent): not sent. */
  readonly filesHeldBack: number;
  /** Carriers and terminals registered as senders, each with its own API key. */
  readonly senders: number;
  readonly containersScored: number;
  readonly plannedCalls: number;
  readonly scans: number;
  readonly hits: number;
  /** Vessel calls arriving after now, scored and left to plan. */
  readonly arrivals: number;
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

const demoInspector = createActor({
  kind: 'user',
  id: 'demo-inspector',
  agencyId: DEMO_AGENCY,
  roles: ['inspection-team'],
});

interface DemoRun {
  readonly clock: MovingClock;
  readonly intake: IntakeService;
  readonly senders: DemoSenders;
  readonly targeting: TargetingService;
  readonly outcomes: OutcomesService;
  readonly screenPending: () => Promise<unknown>;
  readonly options: DemoOptions;
  readonly truth: ReadonlyMap<string, CaseTruth>;
}

interface Totals {
  files: number;
  containersScored: number;
  plannedCalls: number;
  scans: number;
  hits: number;
}

async function submit(run: DemoRun, file: SimFile): Promise<void> {
  if (!file.sender) return;
  run.clock.set(file.preparedAt);
  await run.intake.submit(run.senders.actorOf(file.sender), {
    bytes: new TextEncoder().encode(file.text),
    contentType: contentTypeOf(file.path),
    filename: file.path,
  });
}

/** Screens and scores whatever the intake queued; returns the containers scored. */
async function scoreQueued(run: DemoRun): Promise<number> {
  await run.screenPending();
  return (await run.targeting.scorePending(demoAnalyst, 100_000)).containers;
}

const callIdOf = (call: SimCall) =>
  formatCallId({
    vesselImo: call.portCall.vesselImo,
    voyageNumber: call.portCall.voyageNumber,
    port: call.portCall.port,
  });

/** The call's scan plan: capacity a share of its assessed containers. False when none is. */
async function plan(run: DemoRun, call: SimCall): Promise<boolean> {
  const id = callIdOf(call);
  const listed = (await run.targeting.listVesselCalls(demoOfficer, 1000)).find(
    (c) => formatCallId(c) === id,
  );
  if (!listed) return false;
  await run.targeting.makeScanPlan(demoOfficer, id, {
    capacity: Math.max(2, Math.ceil(listed.containers * run.options.scanShare)),
    shift: 'day',
    seed: id,
  });
  return true;
}

async function runStep(run: DemoRun, step: DemoStep, totals: Totals): Promise<void> {
  switch (step.kind) {
    case 'submit':
      await submit(run, step.file);
      totals.files++;
      return;
    case 'plan':
      run.clock.set(step.at);
      totals.containersScored += await scoreQueued(run);
      if (await plan(run, step.call)) totals.plannedCalls++;
      return;
    case 'outcomes': {
      run.clock.set(step.at);
      // Recorded through the outcome workflow: scans, inspections, seizures and custody to show.
      const actors = { officer: demoOfficer, inspector: demoInspector };
      const id = callIdOf(step.call);
      const r = await recordCallOutcomes(
        run.outcomes,
        actors,
        id,
        run.truth,
        run.options.seed,
        run.clock.now(),
      );
      totals.scans += r.scans;
      totals.hits += r.hits;
      return;
    }
  }
}

/** Logs each day's work once the timeline has moved past it. */
function dayLogger(log: Log, firstDay: string) {
  let day = firstDay;
  let first = true;
  let counts = { files: 0, planned: 0 };
  const flush = () => {
    const when = first ? `up to ${day}` : day;
    if (counts.files + counts.planned > 0)
      log(`${when}: ${counts.files} files received, ${counts.planned} vessel calls planned`);
    counts = { files: 0, planned: 0 };
    first = false;
  };
  return {
    step(step: DemoStep) {
      const date = step.at.slice(0, 10);
      if (date > day) {
        flush();
        day = date;
      }
      if (step.kind === 'submit') counts.files++;
      if (step.kind === 'plan') counts.planned++;
    },
    flush,
  };
}

async function buildRun(
  context: AppContext,
  options: DemoOptions,
  days: readonly SimDay[],
  clock: MovingClock,
  port: string,
): Promise<DemoRun> {
  const deps = { database: context.database, clock };
  const senders = await registerDemoSenders(deps, sendersOf(days), port);
  // Parties screened against the watchlists (the `screen` jobs, then again by scoring when it
  // meets an unscreened party), and the hits feed the watchlist feature.
  const screening = createScreeningService(deps);
  const screener = createScreeningWorker(deps, screening, 'demo');
  const targeting = createTargetingService({
    ...deps,
    workerName: 'demo',
    watchlist: createWatchlistSource(screening),
  });
  // The port's scanner makes it the node's home port: vessel calls are keyed by it.
  await targeting.addScanner(demoOfficer, {
    port,
    terminal: '',
    name: 'Demo scanner',
    containersPerHour: 25,
  });
  return {
    clock,
    // The intake as the server builds it: codes checked against the bundled reference data.
    intake: createIntakeService({ ...deps, lookups: referenceLookups() }),
    senders,
    targeting,
    outcomes: createOutcomesService(deps),
    screenPending: () => screener.screenPending(demoAnalyst, 100_000),
    options,
    truth: new Map(days.flatMap((d) => d.cases).map((c) => [c.containerNumber, c] as const)),
  };
}

export async function seedDemo(
  context: AppContext,
  options: DemoOptions,
  log: Log,
): Promise<DemoSummary> {
  const now = context.clock.now();
  const config = demoWorld(options, now);
  const days = callsBetween([...generateDays(config)], demoWindow(options, now));
  const timeline = demoTimeline(days, now, config.port);
  const clock = new MovingClock(`${config.startDate}T00:00:00Z`, now);
  const run = await buildRun(context, options, days, clock, config.port);
  const totals: Totals = { files: 0, containersScored: 0, plannedCalls: 0, scans: 0, hits: 0 };
  const progress = dayLogger(log, config.startDate);
  for (const step of timeline.steps) {
    progress.step(step);
    await runStep(run, step, totals);
  }
  progress.flush();
  // The arrivals' entry summaries, received when filed, are scored at now by the retrained model.
  for (const file of timeline.arrivalFilings) await submit(run, file);
  totals.files += timeline.arrivalFilings.length;
  clock.set(now.toISOString());
  const modelVersion = totals.hits > 0 ? await retrain(run.targeting, log) : undefined;
  const scored = await scoreQueued(run);
  totals.containersScored += scored;
  log(
    `${timeline.arrivals.length} vessel calls arriving after now, ${scored} containers scored; ${timeline.heldBack} files prepared after now not sent`,
  );
  const plantedCases = days.reduce((n, d) => n + d.cases.length, 0);
  const signIns = await seedDemoAccounts(context, clock);
  return {
    days: days.length,
    ...totals,
    filesHeldBack: timeline.heldBack,
    senders: run.senders.count,
    arrivals: timeline.arrivals.length,
    plantedCases,
    modelVersion,
    signIns,
  };
}

async function retrain(targeting: TargetingService, log: Log): Promise<string> {
  const model = await targeting.retrainModel(demoAnalyst);
  await targeting.activateModel(demoAnalyst, model.version);
  log(`model ${model.version} trained on the recorded outcomes and activated`);
  return model.version;
}
