// Screening at intake on both engines: an accepted filing queues a `screen` job beside its
// `score` job; the screening worker stores hits for a party on the OFAC narcotics list and none
// for clean parties; targeting's watchlist source screens first when scoring comes first, so the
// assessment carries the watchlist feature and the PARTY-WATCHLIST reason either way; reviewed
// false positives stay out of targeting.
import { expect, it } from 'vitest';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import {
  createScreeningService,
  createScreeningWorker,
  createWatchlistSource,
} from '../../src/services/entities/index.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import { listAuditEvents, type Database } from '../../src/storage/index.ts';
import {
  AGENCY,
  analyst,
  carrier,
  consignments,
  cuscar,
  services,
} from '../intake/intake-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';

// SDN entry 6531, programme SDNT (narcotics), in data/watchlists/ofac-sdn-2024-05-03.csv.gz.
const LISTED = 'COLOMBIANA DE CERDOS LTDA.';

function withShipper(c: Consignment, name: string): Consignment {
  return {
    ...c,
    parties: c.parties.map((p) => (p.role === 'shipper' ? { ...p, name } : p)),
  };
}

async function fileTwo(database: Database, doc: string, first: number) {
  const [listed, clean] = consignments(2, first);
  const { actor } = await carrier(database);
  const { acknowledgement } = await services(database).intake.submit(actor, {
    bytes: cuscar(doc, [withShipper(listed!, LISTED), clean!]),
    contentType: 'application/edifact',
  });
  expect(acknowledgement.status).toBe('accepted');
  return { listed: listed!, clean: clean! };
}

// Intake files in March 2024; screening and scoring run when the default rules are in force.
const later = fixedClock('2026-03-10T12:00:00Z');

function world(database: Database) {
  const deps = { database, clock: later };
  const screening = createScreeningService(deps);
  return {
    screening,
    worker: createScreeningWorker(deps, screening, 'test-screener'),
    targeting: createTargetingService({
      ...deps,
      workerName: 'test-scorer',
      watchlist: createWatchlistSource(screening),
    }),
  };
}

async function assessmentOf(w: ReturnType<typeof world>, c: Consignment) {
  const [a] = await w.targeting.getAssessment(analyst, c.equipment[0]!.containerNumber);
  expect(a).toBeDefined();
  return {
    watchlistHits: (a!.features as { watchlistHits?: number } | undefined)?.watchlistHits,
    explanation: a!.explanation as { text: string; reasons: { kind: string; ref?: string }[] },
  };
}

describeEachEngine('screening at intake', (getDb) => {
  it('screens every party of an accepted filing in a screen job: a hit for the listed shipper, none for the clean bill', async () => {
    const w = world(getDb());
    const { listed, clean } = await fileTwo(getDb(), 'DOC-SCR-1', 7100);
    expect(await w.screening.hits(analyst, { billNumbers: [listed.billNumber] })).toEqual([]);
    const run = await w.worker.screenPending(analyst);
    expect(run.jobs).toBe(1);
    expect(run.failed).toBe(0);
    const hits = await w.screening.hits(analyst, { billNumbers: [listed.billNumber] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({
      listId: 'ofac-sdn',
      partyRole: 'shipper',
      partyName: LISTED,
      narcotics: true,
      status: 'open',
    });
    expect(hits[0]!.programmes).toContain('SDNT');
    expect(await w.screening.hits(analyst, { billNumbers: [clean.billNumber] })).toEqual([]);
    // A second run finds no job; the audit log has the screening of the filing.
    expect((await w.worker.screenPending(analyst)).jobs).toBe(0);
    const events = await listAuditEvents(getDb().db, { actorId: analyst.id });
    expect(events.some((e) => e.action === 'screening.screen' && e.outcome === 'success')).toBe(
      true,
    );

    // Scoring after screening: the hit reaches the assessment, and nothing is stored twice.
    await w.targeting.scorePending(analyst);
    const a = await assessmentOf(w, listed);
    expect(a.watchlistHits).toBe(hits.length);
    expect(a.explanation.reasons.map((r) => r.ref)).toContain('PARTY-WATCHLIST');
    expect(a.explanation.text).toContain('watchlist hit(s)');
    const b = await assessmentOf(w, clean);
    expect(b.watchlistHits).toBe(0);
    expect(b.explanation.reasons.map((r) => r.ref)).not.toContain('PARTY-WATCHLIST');
    expect(await w.screening.hits(analyst, { billNumbers: [listed.billNumber] })).toHaveLength(
      hits.length,
    );
  });

  it('screens before scoring when the score job comes first, and keeps false positives out of targeting', async () => {
    const w = world(getDb());
    const { listed } = await fileTwo(getDb(), 'DOC-SCR-2', 7200);
    await w.targeting.scorePending(analyst);
    const a = await assessmentOf(w, listed);
    expect(a.watchlistHits).toBeGreaterThan(0);
    expect(a.explanation.reasons.map((r) => r.ref)).toContain('PARTY-WATCHLIST');
    const hits = await w.screening.hits(analyst, { billNumbers: [listed.billNumber] });
    expect(hits).toHaveLength(a.watchlistHits!);
    // The screen job that follows finds them stored and adds none.
    expect((await w.worker.screenPending(analyst)).jobs).toBe(1);
    expect(await w.screening.hits(analyst, { billNumbers: [listed.billNumber] })).toHaveLength(
      hits.length,
    );
    for (const h of hits) await w.screening.review(analyst, h.id, 'false-positive');
    const source = createWatchlistSource(w.screening);
    const byConsignment = await source(getDb().db, AGENCY, [
      { id: hits[0]!.consignmentId, billNumber: listed.billNumber, parties: listed.parties },
    ]);
    expect(byConsignment.get(hits[0]!.consignmentId) ?? []).toEqual([]);
  });
});
