// The intake's `screen` job and targeting's scoring screen the same filing; whichever runs first
// matches its parties and the other reads the stored hits. On each engine one filing is filed in
// two fresh databases, the screen job run before the scoring in one and after it in the other:
// both store the same hits, hand the scoring the same watchlist hits, assess the same, and match
// each party once.
import { expect, it } from 'vitest';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import { fixedClock } from '../../src/services/clock.ts';
import {
  createScreeningService,
  createScreeningWorker,
  createWatchlistSource,
} from '../../src/services/entities/index.ts';
import type { WatchlistSource } from '../../src/services/targeting/score-filing.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import type { Database } from '../../src/storage/index.ts';
import { analyst, carrier, consignments, cuscar, services } from '../intake/intake-fixtures.ts';
import { describeEachEngine, openTestDatabase } from '../support/db.ts';

// SDN entry 6531, programme SDNT (narcotics), in data/watchlists/ofac-sdn-2024-05-03.csv.gz.
const LISTED = 'COLOMBIANA DE CERDOS LTDA.';
// Intake files in March 2024; screening and scoring run when the default rules are in force.
const later = fixedClock('2026-03-10T12:00:00Z');

const named = (c: Consignment, role: string, name: string): Consignment => ({
  ...c,
  parties: c.parties.map((p) => (p.role === role ? { ...p, name } : p)),
});

/** A listed shipper, a listed consignee, and a clean bill. */
function bills(): Consignment[] {
  const [a, b, c] = consignments(3, 7300);
  return [named(a!, 'shipper', LISTED), named(b!, 'consignee', LISTED), c!];
}

/** Files the bills, runs the screen job and the scoring in the given order; what each stored. */
async function run(database: Database, order: 'screen-first' | 'score-first') {
  const deps = { database, clock: later };
  const screening = createScreeningService(deps);
  const source = createWatchlistSource(screening);
  const handed: Array<Record<string, unknown>> = [];
  // The real source, its answer kept by bill as the scoring received it.
  const watchlist: WatchlistSource = async (tx, agencyId, scored) => {
    const byId = await source(tx, agencyId, scored);
    for (const c of scored) handed.push({ bill: c.billNumber, hits: byId.get(c.id) ?? [] });
    return byId;
  };
  const worker = createScreeningWorker(deps, screening, 'test-screener');
  const targeting = createTargetingService({ ...deps, workerName: 'test-scorer', watchlist });
  const list = bills();
  const { actor } = await carrier(database);
  const filed = await services(database).intake.submit(actor, {
    bytes: cuscar('DOC-ORDER-1', list),
    contentType: 'application/edifact',
  });
  expect(filed.acknowledgement.status).toBe('accepted');
  const screen = async () => expect((await worker.screenPending(analyst)).failed).toBe(0);
  const score = async () => expect((await targeting.scorePending(analyst)).failed).toBe(0);
  if (order === 'screen-first') {
    await screen();
    const matched = screening.partiesScreened();
    await score();
    expect(screening.partiesScreened()).toBe(matched);
  } else {
    await score();
    const matched = screening.partiesScreened();
    await screen();
    expect(screening.partiesScreened()).toBe(matched);
  }
  const hits = await screening.hits(analyst, { billNumbers: list.map((c) => c.billNumber) });
  const assessments = [];
  for (const c of list) {
    const [a] = await targeting.getAssessment(analyst, c.equipment[0]!.containerNumber);
    const features = a?.features as { watchlistHits?: number } | undefined;
    assessments.push({
      bill: c.billNumber,
      score: a?.score,
      watchlistHits: features?.watchlistHits,
    });
  }
  return {
    matched: screening.partiesScreened(),
    parties: list.reduce((n, c) => n + c.parties.length, 0),
    hits: hits
      .map((h) => ({ ...h, id: undefined, consignmentId: undefined }))
      .sort((x, y) =>
        `${x.billNumber}|${x.partyRole}|${x.entryId}`.localeCompare(
          `${y.billNumber}|${y.partyRole}|${y.entryId}`,
        ),
      ),
    handed,
    assessments,
  };
}

describeEachEngine('screening order', (getDb) => {
  it('stores the same hits and hands the scoring the same inputs whether the screen job or the scoring comes first', async () => {
    const other = await openTestDatabase(getDb().engine);
    try {
      const first = await run(getDb(), 'screen-first');
      const second = await run(other.database, 'score-first');
      expect(first.matched).toBe(first.parties);
      expect(second.matched).toBe(second.parties);
      expect(first.hits.map((h) => [h.billNumber, h.partyRole, h.partyName])).toEqual([
        [bills()[0]!.billNumber, 'shipper', LISTED],
        [bills()[1]!.billNumber, 'consignee', LISTED],
      ]);
      expect(second.hits).toEqual(first.hits);
      expect(first.handed.map((h) => (h.hits as unknown[]).length)).toEqual([1, 1, 0]);
      expect(second.handed).toEqual(first.handed);
      expect(first.assessments.map((a) => a.watchlistHits)).toEqual([1, 1, 0]);
      expect(second.assessments).toEqual(first.assessments);
    } finally {
      await other.release();
    }
  });
});
