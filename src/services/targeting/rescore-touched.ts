/**
 * A scoring job's work: a filing with consignments has them scored (score-filing.ts); an event
 * filing (COARRI, CODECO, IFTSTA, DCSA Track & Trace) has the containers it reported assessed
 * again, so that a seal changed at transshipment, a discharge and reload, an unexpected gate move
 * or a dwell reaches the container's current assessment. The versions re-scored are the
 * agency's current ones (latest of each bill, not cancelled) carrying those containers, already
 * assessed, not assessed since the events came in, and whose call is still to be decided:
 * arrived (ATA, else ETA, at the call port) at most `OPEN_AFTER_ARRIVAL_MS` ago or not yet, or,
 * with no arrival on file, filed at most `OPEN_UNSCHEDULED_MS` ago; and none of its containers
 * examined since. They are scored `RESCORE_CHUNK` at a time through the same path as a filing.
 */
import { chunksOf } from '../../storage/repositories/bulk.ts';
import { consignmentsTouchedByFiling } from '../../storage/repositories/touched-consignments.repository.ts';
import { scoreConsignments, scoreFiling, type ScoreFilingContext } from './score-filing.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How long after its arrival a call's containers are still decided on: an import container
 * stays in the terminal a few days after discharge (scanned, held or released there), and the
 * events of those days — the discharge, a gate move before release — are the last that can
 * change a selection. Past that the container has left, or been examined; and a container
 * number comes back on another bill weeks later, whose events must not re-score this one.
 */
export const OPEN_AFTER_ARRIVAL_MS = 3 * DAY_MS;

/**
 * A version whose call has no arrival on file (no vessel, or no port call reported): open for
 * as long as a voyage takes with its transshipments, counted from its filing (~24 h before
 * loading at origin).
 */
export const OPEN_UNSCHEDULED_MS = 60 * DAY_MS;

/**
 * An assessment made this long after the event filing was received read its events (the
 * intake's transaction had committed): as long as a scoring job's lease, far longer than an
 * intake takes.
 */
export const SEEN_AFTER_MS = 5 * 60_000;

/** Consignment versions scored at a time: what a job holds in memory is bounded by it. */
export const RESCORE_CHUNK = 5_000;

export interface JobScoring {
  /** Assessments written. */
  readonly containers: number;
  /** What the job's audit event says. */
  readonly details: Readonly<Record<string, number>>;
}

/**
 * The score job of one filing: its consignments when it has any, else the current versions
 * carrying the containers its events touched (nothing written when none is due).
 */
export async function scoreJob(
  ctx: ScoreFilingContext,
  filingId: string,
  agencyId: string,
): Promise<JobScoring> {
  const filed = await scoreFiling(ctx, filingId, agencyId);
  if (filed > 0) return { containers: filed, details: { containers: filed } };
  return rescoreTouched(ctx, filingId, agencyId);
}

async function rescoreTouched(
  ctx: ScoreFilingContext,
  filingId: string,
  agencyId: string,
): Promise<JobScoring> {
  const now = ctx.now.getTime();
  const touched = await consignmentsTouchedByFiling(ctx.tx, filingId, agencyId, {
    arrivedSince: new Date(now - OPEN_AFTER_ARRIVAL_MS),
    filedSince: new Date(now - OPEN_UNSCHEDULED_MS),
    seenAfterMs: SEEN_AFTER_MS,
  });
  if (touched.agencyId !== undefined && touched.agencyId !== agencyId)
    throw new Error(`filing ${filingId} is not a filing of agency ${agencyId}`);
  let containers = 0;
  for (const chunk of chunksOf(touched.due, RESCORE_CHUNK))
    containers += await scoreConsignments(ctx, agencyId, chunk, true);
  return {
    containers,
    details: {
      containers,
      touchedContainers: touched.containers,
      withoutConsignment: touched.withoutConsignment,
      consignments: touched.due.length,
      notYetScored: touched.unscored,
      upToDate: touched.upToDate,
      decided: touched.decided,
    },
  };
}
