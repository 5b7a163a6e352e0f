// The calls list as an arrivals board: upcoming calls (arrived, by ATA or else ETA, at most the
// grace before now) by ETA soonest first, then past calls latest first, then calls without an
// ETA; each with the vessel's name and ATA when known, and with the newest scan plan's counts
// (containers it selects, of its selections those scanned) when asked. The default order (most
// recently assessed first) is unchanged.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { PortCall } from '../../core/cargo/vessel.ts';
import type { ImoNumber } from '../../core/identifiers/imo-number.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import { describeEachEngine } from '../../../test/support/db.ts';
import type { Db } from '../db.ts';
import { listAssessedCalls, type CallListView } from './assessed-calls.repository.ts';
import { insertAssessments } from './assessments-insert.repository.ts';
import type { AssessmentRecord } from './assessments.repository.ts';
import {
  listSelections,
  openPlannedSelections,
  updateSelectionIfVersion,
} from './outcomes-selections.repository.ts';
import { storeTargetedPlan } from '../../../test/support/scan-plan-fixture.ts';
import { upsertPortCall, upsertVessel } from './vessels.repository.ts';

const AGENCY = 'board-test';
const NOW = Date.parse('2026-11-23T12:00:00Z');
const hours = (h: number) => new Date(NOW + h * 3_600_000).toISOString();
const view = (over: Partial<CallListView> = {}): CallListView => ({
  order: 'eta',
  upcomingSince: new Date(NOW - 12 * 3_600_000),
  withPlans: false,
  ...over,
});

/** Each call: its vessel, voyage, the hour (from NOW) of its scoring, and its port-call times. */
const CALLS = [
  { imo: '9467304', voyage: 'SOON', scoredAt: -1, eta: 2 },
  { imo: '9467304', voyage: 'LATER', scoredAt: -5, eta: 30 },
  { imo: '9321483', voyage: 'LATE', scoredAt: -2, eta: -6 }, // no ATA yet, within the grace
  { imo: '9321483', voyage: 'DELAYED', scoredAt: -9, eta: -72, ata: -2 }, // arrived 2 h ago
  { imo: '9074729', voyage: 'GONE', scoredAt: -3, eta: -20, ata: -19 },
  { imo: '9074729', voyage: 'STALE', scoredAt: -4, eta: -72 }, // no ATA ever reported
  { imo: '9074729', voyage: 'EARLY', scoredAt: -6, eta: 5, ata: -30 }, // arrived long before
  { imo: '9811000', voyage: 'NOETA', scoredAt: 0 },
] as const;

function scored(voyage: string, imo: string, at: number): AssessmentRecord[] {
  return ['A', 'B'].map((c) => ({
    agencyId: AGENCY,
    vesselImo: imo,
    voyageNumber: voyage,
    port: 'BEANR',
    consignmentId: randomUUID(),
    billNumber: `BL-${voyage}-${c}`,
    containerNumber: `${voyage}-${c}`,
    score: 0.5,
    band: 'low',
    mandatoryHold: false,
    explanation: 'e2|',
    ruleSetVersion: 'r1',
    features: 'f2|',
    assessedAt: new Date(hours(at)),
  }));
}

async function seed(db: Db) {
  const at = new Date(NOW);
  await upsertVessel(db, { imo: '9467304' as ImoNumber, name: 'MSC LANTERN' }, at);
  await upsertVessel(db, { imo: '9074729' as ImoNumber, name: 'CMA CGM QUAY' }, at);
  for (const c of CALLS) {
    await insertAssessments(db, scored(c.voyage, c.imo, c.scoredAt));
    if (!('eta' in c)) continue;
    const call = {
      vesselImo: c.imo as ImoNumber,
      voyageNumber: c.voyage,
      port: 'BEANR' as UnLocode,
      eta: hours(c.eta),
      ...('ata' in c ? { ata: hours(c.ata) } : {}),
    } as PortCall;
    await upsertPortCall(db, call, at);
  }
}

describeEachEngine('assessed calls as an arrivals board', (getDb) => {
  it('orders upcoming calls by ETA, then past calls latest first, then calls without ETA', async () => {
    const { db } = getDb();
    await seed(db);
    const board = await listAssessedCalls(db, AGENCY, 50, view());
    expect(board.map((c) => [c.voyageNumber, c.arrival])).toEqual([
      ['DELAYED', 'upcoming'],
      ['LATE', 'upcoming'],
      ['SOON', 'upcoming'],
      ['LATER', 'upcoming'],
      ['EARLY', 'past'],
      ['GONE', 'past'],
      ['STALE', 'past'],
      ['NOETA', undefined],
    ]);
    const byVoyage = new Map(board.map((c) => [c.voyageNumber, c]));
    expect(byVoyage.get('GONE')).toMatchObject({
      vesselName: 'CMA CGM QUAY',
      eta: hours(-20),
      ata: hours(-19),
      containers: 2,
    });
    expect(byVoyage.get('LATE')?.vesselName).toBeUndefined(); // its vessel was never filed
    expect(byVoyage.get('LATE')?.ata).toBeUndefined();
    expect(byVoyage.get('NOETA')?.eta).toBeUndefined();
    // The limit cuts the board, not the agency's calls before ordering them.
    const first = await listAssessedCalls(db, AGENCY, 3, view());
    expect(first.map((c) => c.voyageNumber)).toEqual(['DELAYED', 'LATE', 'SOON']);
  });

  it('keeps the default order, most recently assessed first, with no arrival', async () => {
    const { db } = getDb();
    const calls = await listAssessedCalls(db, AGENCY, 50);
    expect(calls.map((c) => c.voyageNumber)).toEqual([
      'NOETA',
      'SOON',
      'LATE',
      'GONE',
      'STALE',
      'LATER',
      'EARLY',
      'DELAYED',
    ]);
    expect(calls.some((c) => c.arrival !== undefined || c.plan !== undefined)).toBe(false);
    expect(calls[1]?.vesselName).toBe('MSC LANTERN');
    const assessed = await listAssessedCalls(db, AGENCY, 2, view({ order: 'assessed' }));
    expect(assessed.map((c) => [c.voyageNumber, c.arrival])).toEqual([
      ['NOETA', undefined],
      ['SOON', 'upcoming'],
    ]);
  });

  it('sums the newest scan plan of each call: containers selected, and those scanned', async () => {
    const { db } = getDb();
    const plan = (voyage: string, minutes: number, containers: string[]) =>
      storeTargetedPlan(
        db,
        { agencyId: AGENCY, voyageNumber: voyage, createdAt: new Date(NOW + minutes * 60_000) },
        containers.map((c) => ({
          containerNumber: `${voyage}-${c}`,
          billNumber: `BL-${voyage}-${c}`,
          score: 0.5,
        })),
      );
    await plan('SOON', 0, ['A']);
    const newest = await plan('SOON', 10, ['A', 'B']);
    await openPlannedSelections(db, AGENCY, new Date(NOW));
    const [scannedOne] = await listSelections(db, {
      agencyId: AGENCY,
      containerNumber: 'SOON-A',
      state: 'selected',
      limit: 5,
    });
    expect(scannedOne?.planId).toBe(newest);
    await updateSelectionIfVersion(db, scannedOne!.id, scannedOne!.version, {
      state: 'scanned',
      verdict: 'clear',
      updatedAt: new Date(NOW),
    });
    const board = await listAssessedCalls(db, AGENCY, 50, view({ withPlans: true }));
    const soon = board.find((c) => c.voyageNumber === 'SOON');
    expect(soon?.plan).toEqual({
      id: newest,
      createdAt: hours(10 / 60),
      selected: 2,
      scanned: 1,
    });
    expect(board.filter((c) => c.plan).map((c) => c.voyageNumber)).toEqual(['SOON']);
    // Not asked for (a caller who does not read scan plans): no plan, not even "none".
    const without = await listAssessedCalls(db, AGENCY, 50, view());
    expect(without.find((c) => c.voyageNumber === 'SOON')?.plan).toBeUndefined();
  });
});
