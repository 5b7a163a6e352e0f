// Screening each consignment version once per state of the watchlists, on both engines: a second
// screening of the same versions (by filing, by ids, or handed over as targeting does, by the same
// service or a new one) matches no party and returns the same hits; loading a list, or reviews
// moving a list's threshold down, makes the versions screened again on their next call, which
// finds the new hit without storing the old ones twice; two screenings of one filing at once
// match its parties once. The matcher's work is read from the service's count of parties screened
// and the marks in `screened_consignments`.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import { DEFAULT_THRESHOLD } from '../../src/intel/screening/screen-name.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import {
  createScreeningService,
  type ScreeningService,
  type StoredScreeningHit,
} from '../../src/services/entities/index.ts';
import { rowsOf } from '../../src/storage/db.ts';
import { saveConsignmentVersion, type Database } from '../../src/storage/index.ts';
import { consignmentFixture } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';

const AGENCY = 'be-customs';
const clock = fixedClock('2026-03-10T12:00:00Z');
const analyst = createActor({ kind: 'user', id: 'ana', agencyId: AGENCY, roles: ['analyst'] });
// SDN entry 6531, programme SDNT (narcotics), in data/watchlists/ofac-sdn-2024-05-03.csv.gz.
const LISTED = 'COLOMBIANA DE CERDOS LTDA.';

/** One filing of versions of the given bills, each with its shipper named; the stored versions. */
async function file(database: Database, shippers: Readonly<Record<string, string>>) {
  const filingId = randomUUID();
  const stored = [];
  for (const [bill, shipper] of Object.entries(shippers)) {
    const base = consignmentFixture(bill);
    const consignment: Consignment = {
      ...base,
      parties: base.parties.map((p) => (p.role === 'shipper' ? { ...p, name: shipper } : p)),
    };
    stored.push(
      await saveConsignmentVersion(database.db, {
        agencyId: AGENCY,
        filingId,
        filedAt: clock.now(),
        consignment,
      }),
    );
  }
  const parties = stored.reduce((n, s) => n + s.consignment.parties.length, 0);
  const handed = stored.map((s) => ({
    id: s.id,
    billNumber: s.consignment.billNumber,
    parties: s.consignment.parties,
  }));
  return { filingId, ids: stored.map((s) => s.id), handed, parties };
}

/** The watchlist state each of the versions is marked screened under. */
async function marks(database: Database, ids: readonly string[]) {
  const rows = rowsOf<{ id: string; state: string }>(
    await database.db.execute(sql`SELECT consignment_id::text AS id, watchlist_state AS state
      FROM screened_consignments WHERE agency_id = ${AGENCY}`),
  );
  return ids.map((id) => rows.find((r) => r.id === id)?.state);
}

const idsOf = (hits: readonly StoredScreeningHit[]) => hits.map((h) => h.id).sort();

/** Screens and returns the hits with the number of parties the matcher saw meanwhile. */
async function screened(
  s: ScreeningService,
  db: Database['db'],
  of: Parameters<ScreeningService['screenStored']>[2],
) {
  const before = s.partiesScreened();
  const hits = await s.screenStored(db, AGENCY, of);
  return { hits, matched: s.partiesScreened() - before };
}

async function loadList(s: ScreeningService, listId: string, names: readonly string[]) {
  await s.load(analyst, {
    listId,
    name: `Agency list ${listId}`,
    format: 'csv',
    bytes: new TextEncoder().encode(['name', ...names].join('\n')),
    source: `${listId}.csv`,
  });
}

describeEachEngine('screening once per watchlist state', (getDb) => {
  const service = () => createScreeningService({ database: getDb(), clock });

  it('matches the parties of a version once: later calls, in any form and by a new service, read the stored hits', async () => {
    const s = service();
    const f = await file(getDb(), { 'ONCE-1': LISTED, 'ONCE-2': 'Clean Produce Ltd' });
    const first = await screened(s, getDb().db, { filingId: f.filingId });
    expect(first.matched).toBe(f.parties);
    expect(first.hits.map((h) => h.partyName)).toContain(LISTED);
    const [a, b] = await marks(getDb(), f.ids);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).toBe(a);

    for (const of of [
      { filingId: f.filingId },
      { consignments: f.handed },
      { consignmentIds: f.ids },
    ]) {
      const again = await screened(s, getDb().db, of);
      expect(again.matched).toBe(0);
      expect(idsOf(again.hits)).toEqual(idsOf(first.hits));
    }
    // A restarted node builds the same state from the same lists: nothing to match either.
    const restarted = await screened(service(), getDb().db, { consignments: f.handed });
    expect(restarted.matched).toBe(0);
    expect(idsOf(restarted.hits)).toEqual(idsOf(first.hits));
    const stored = await s.hits(analyst, { billNumbers: ['ONCE-1', 'ONCE-2'] });
    expect(idsOf(stored)).toEqual(idsOf(first.hits));
  });

  it('screens again after a list is loaded and finds its hit, without storing the earlier hits twice', async () => {
    const s = service();
    const f = await file(getDb(), { 'LOAD-1': LISTED, 'LOAD-2': 'Quendrix Palvorenti' });
    const first = await screened(s, getDb().db, { filingId: f.filingId });
    expect(first.hits.filter((h) => h.listId !== 'ofac-sdn')).toEqual([]);
    const [before] = await marks(getDb(), f.ids);

    await loadList(s, 'own-list', ['Quendrix Palvorenti']);
    const after = await screened(s, getDb().db, { consignments: f.handed });
    expect(after.matched).toBe(f.parties);
    const found = after.hits.filter((h) => h.listId === 'own-list');
    expect(found.map((h) => [h.billNumber, h.partyName])).toEqual([
      ['LOAD-2', 'Quendrix Palvorenti'],
    ]);
    const ofac = (hits: readonly StoredScreeningHit[]) =>
      hits.filter((h) => h.listId === 'ofac-sdn');
    expect(idsOf(ofac(after.hits))).toEqual(idsOf(ofac(first.hits)));
    const states = await marks(getDb(), f.ids);
    expect(states[0]).not.toBe(before);
    expect(states[1]).toBe(states[0]);

    // Loaded again with the same entries: the same state, nothing to match; with one more, a
    // new state, and that entry's hit found.
    await loadList(s, 'own-list', ['Quendrix Palvorenti']);
    const same = await screened(s, getDb().db, { filingId: f.filingId });
    expect(same.matched).toBe(0);
    expect(idsOf(same.hits)).toEqual(idsOf(after.hits));
    await loadList(s, 'own-list', ['Quendrix Palvorenti', 'Varnoldi Krestmark']);
    const more = await screened(s, getDb().db, { filingId: f.filingId });
    expect(more.matched).toBe(f.parties);
    expect(more.hits).toHaveLength(after.hits.length);
    const g = await file(getDb(), { 'LOAD-3': 'Varnoldi Krestmark' });
    const fresh = await screened(s, getDb().db, { consignments: g.handed });
    expect(fresh.hits.map((h) => [h.listId, h.partyName])).toEqual([
      ['own-list', 'Varnoldi Krestmark'],
    ]);
    expect((await screened(s, getDb().db, { filingId: f.filingId })).matched).toBe(0);
  });

  it('screens again when reviews move a threshold: raised, it hides the hit; brought back down, the hit is found', async () => {
    const s = service();
    const NAME = 'Morvanek Tesselquist';
    await loadList(s, 'tuned-list', [NAME]);
    const reviewed = await file(
      getDb(),
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`TUNE-${i}`, NAME])),
    );
    const hits = (await screened(s, getDb().db, { filingId: reviewed.filingId })).hits;
    const tuned = hits.filter((h) => h.listId === 'tuned-list');
    expect(tuned).toHaveLength(20);
    const threshold = async () =>
      (await s.lists(analyst)).find((l) => l.listId === 'tuned-list')?.threshold;

    // Twenty false positives raise the list's threshold above every score.
    for (const h of tuned) await s.review(analyst, h.id, 'false-positive');
    expect(await threshold()).toBeGreaterThan(1);
    const x = await file(getDb(), { 'TUNE-X': NAME });
    const raised = await screened(s, getDb().db, { consignmentIds: x.ids });
    expect(raised.matched).toBe(x.parties);
    expect(raised.hits.filter((h) => h.listId === 'tuned-list')).toEqual([]);
    expect((await screened(s, getDb().db, { consignmentIds: x.ids })).matched).toBe(0);
    const [raisedState] = await marks(getDb(), x.ids);

    // Found true after all: the threshold comes back to the default, and TUNE-X is screened again.
    for (const h of tuned) await s.review(analyst, h.id, 'true-positive');
    expect(await threshold()).toBe(DEFAULT_THRESHOLD);
    const lowered = await screened(s, getDb().db, { consignmentIds: x.ids });
    expect(lowered.matched).toBe(x.parties);
    expect(lowered.hits.filter((h) => h.listId === 'tuned-list').map((h) => h.billNumber)).toEqual([
      'TUNE-X',
    ]);
    expect((await marks(getDb(), x.ids))[0]).not.toBe(raisedState);
  });

  it('matches a filing once when two transactions screen it at once: the second waits, then reads the hits the first stored', async () => {
    const s = service();
    const f = await file(getDb(), { 'RACE-1': LISTED, 'RACE-2': 'Clean Produce Ltd' });
    const database = getDb();
    let firstScreened!: () => void;
    const screenedInFirst = new Promise<void>((resolve) => (firstScreened = resolve));
    let commitFirst!: () => void;
    const gate = new Promise<void>((resolve) => (commitFirst = resolve));
    const first = database.transaction(async (tx) => {
      const hits = await s.screenStored(tx, AGENCY, { filingId: f.filingId });
      firstScreened();
      await gate;
      return hits;
    });
    await screenedInFirst;
    let secondDone = false;
    const second = database
      .transaction((tx) => s.screenStored(tx, AGENCY, { filingId: f.filingId }))
      .then((hits) => {
        secondDone = true;
        return hits;
      });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Still waiting for the first (its marks on PostgreSQL, the one connection on PGlite).
    expect(secondDone).toBe(false);
    commitFirst();
    const [a, b] = await Promise.all([first, second]);
    expect(a.map((h) => h.partyName)).toContain(LISTED);
    expect(idsOf(b)).toEqual(idsOf(a));
    expect(s.partiesScreened()).toBe(f.parties);
    expect(idsOf(await s.hits(analyst, { billNumbers: ['RACE-1', 'RACE-2'] }))).toEqual(idsOf(a));
  });
});
