// The vessel calls list: each call's containers as currently assessed (distinct containers, high
// band, mandatory holds), kept by scoring and by the purge, most recently assessed first with
// the port call's ETA; the band calibration's recent scores, newest first, ties by id; and the
// migration that brought the summaries filling them in as scoring keeps them.
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import { consignmentFixture } from '../../../test/support/cargo-fixtures.ts';
import { rowsOf, type Db } from '../db.ts';
import { migrationsFolder } from '../migrations-folder.ts';
import { listAssessedCalls } from './assessed-calls.repository.ts';
import { insertAssessments } from './assessments-insert.repository.ts';
import { recentScores, type AssessmentRecord } from './assessments.repository.ts';
import { saveConsignmentVersions } from './intake-bulk.repository.ts';
import { deleteConsignments } from './retention-purge.repository.ts';
import { allowPurge } from './retention.repository.ts';

const AGENCY = 'calls-test';
const callA = { agencyId: AGENCY, vesselImo: '9321483', voyageNumber: 'A1', port: 'BEANR' };
const callB = { ...callA, voyageNumber: 'B1' };

interface Scored {
  readonly container: string;
  readonly bill?: string;
  readonly band?: string;
  readonly hold?: boolean;
  readonly score?: number;
  readonly consignmentId?: string;
}

function records(call: typeof callA, at: string, scored: readonly Scored[]): AssessmentRecord[] {
  return scored.map((s) => ({
    ...call,
    consignmentId: s.consignmentId ?? randomUUID(),
    billNumber: s.bill ?? `BL-${s.container}`,
    containerNumber: s.container,
    score: s.score ?? 0.5,
    band: s.band ?? 'low',
    mandatoryHold: s.hold ?? false,
    explanation: 'e2|',
    ruleSetVersion: 'r1',
    features: 'f2|',
    assessedAt: new Date(at),
  }));
}

const counts = async (db: Db, agencyId = AGENCY) =>
  (await listAssessedCalls(db, agencyId, 50)).map((c) => ({
    voyage: c.voyageNumber,
    containers: c.containers,
    high: c.high,
    holds: c.holds,
    ...(c.eta === undefined ? {} : { eta: c.eta }),
  }));

describeEachEngine('assessed calls', (getDb) => {
  it('counts each call as scored, then as re-scored: bands and holds as they are now', async () => {
    const { db } = getDb();
    await db.execute(sql`INSERT INTO port_calls (vessel_imo, voyage_number, port, terminal, eta,
        updated_at)
      VALUES ('9321483', 'A1', 'BEANR', 'T2', '2026-03-02T06:00:00Z', now()),
        ('9321483', 'A1', 'BEANR', 'T1', '2026-03-02T04:00:00Z', now())`);
    await insertAssessments(db, [
      // One container under two bills counts once, high when either bill is.
      ...records(callA, '2026-03-01T00:00:00Z', [
        { container: 'C1', bill: 'B1', band: 'high' },
        { container: 'C1', bill: 'B2' },
        { container: 'C2', hold: true },
        { container: 'C3', band: 'high' },
      ]),
    ]);
    await insertAssessments(db, records(callB, '2026-03-01T01:00:00Z', [{ container: 'C9' }]));
    expect(await counts(db)).toEqual([
      { voyage: 'B1', containers: 1, high: 0, holds: 0 },
      { voyage: 'A1', containers: 3, high: 2, holds: 1, eta: '2026-03-02T04:00:00.000Z' },
    ]);

    // C1 re-scored low on its high bill, C2's hold lifted, C4 new: A is now the latest.
    await insertAssessments(
      db,
      records(callA, '2026-03-01T02:00:00Z', [
        { container: 'C1', bill: 'B1' },
        { container: 'C2' },
        { container: 'C4', band: 'high', hold: true },
      ]),
    );
    const rescored = { voyage: 'A1', containers: 4, high: 2, holds: 1 };
    const eta = '2026-03-02T04:00:00.000Z';
    expect(await counts(db)).toEqual([
      { ...rescored, eta },
      { voyage: 'B1', containers: 1, high: 0, holds: 0 },
    ]);
    expect((await listAssessedCalls(db, AGENCY, 1)).map((c) => c.voyageNumber)).toEqual(['A1']);

    // An older scoring arriving late changes no current row, so no count.
    await insertAssessments(
      db,
      records(callA, '2026-02-28T00:00:00Z', [{ container: 'C3', band: 'low', hold: true }]),
    );
    expect((await counts(db))[0]).toEqual({ ...rescored, eta });
    expect(await counts(db, 'other-agency')).toEqual([]);
  });

  it('reads the most recent scores newest first, a batch of one time in reverse write order', async () => {
    const { db } = getDb();
    const agency = 'recent-test';
    const call = { ...callA, agencyId: agency };
    const batch = (at: string, scores: number[]) =>
      records(
        call,
        at,
        scores.map((score, i) => ({ container: `R${at.slice(11, 13)}${i}`, score })),
      );
    await insertAssessments(db, batch('2026-03-01T05:00:00Z', [0.11, 0.12, 0.13]));
    await insertAssessments(db, batch('2026-03-01T09:00:00Z', [0.91, 0.92, 0.93, 0.94]));
    await insertAssessments(db, batch('2026-03-01T07:00:00Z', [0.71, 0.72]));
    expect(await recentScores(db, agency, 5)).toEqual([0.94, 0.93, 0.92, 0.91, 0.72]);
    expect(await recentScores(db, agency, 100)).toEqual([
      0.94, 0.93, 0.92, 0.91, 0.72, 0.71, 0.13, 0.12, 0.11,
    ]);
    expect(await recentScores(db, 'nobody', 5)).toEqual([]);
  });

  it('keeps the summaries true when the purge removes assessments and their queue rows', async () => {
    const { db } = getDb();
    const agency = 'purge-test';
    // Another vessel than the port calls above name: no ETA.
    const [a, b] = [
      { ...callA, agencyId: agency, vesselImo: '9074729' },
      { ...callB, agencyId: agency, vesselImo: '9074729' },
    ];
    const bills = ['PB1', 'PB2', 'PB3'].map((bill) => consignmentFixture(bill));
    const ids = await saveConsignmentVersions(db, {
      agencyId: agency,
      filingId: randomUUID(),
      filedAt: new Date('2020-01-01T00:00:00Z'),
      consignments: bills,
    });
    const id = (bill: string) => ids.get(bill)!.id;
    await insertAssessments(db, [
      ...records(a, '2026-03-01T00:00:00Z', [
        { container: 'P1', bill: 'PB1', band: 'high', consignmentId: id('PB1') },
        { container: 'P2', bill: 'PB2', hold: true },
        { container: 'P3', bill: 'PB3', consignmentId: id('PB3') },
      ]),
      ...records(b, '2026-03-01T01:00:00Z', [
        { container: 'P4', bill: 'PB1', hold: true, consignmentId: id('PB1') },
      ]),
    ]);
    expect(await counts(db, agency)).toEqual([
      { voyage: 'B1', containers: 1, high: 0, holds: 1 },
      { voyage: 'A1', containers: 3, high: 1, holds: 1 },
    ]);
    const purged = await db.transaction(async (tx) => {
      await allowPurge(tx);
      return deleteConsignments(tx, {
        runId: randomUUID(),
        rule: 'test',
        reason: 'expired',
        at: new Date('2026-06-01T00:00:00Z'),
        by: 'test',
        cutoff: new Date('2021-01-01T00:00:00Z'),
        batch: 100,
      });
    });
    // Three consignments and the three assessments written under their ids.
    expect(purged).toBe(6);
    expect(await counts(db, agency)).toEqual([{ voyage: 'A1', containers: 1, high: 0, holds: 1 }]);
    const left = rowsOf<{ n: number }>(
      await db.execute(sql`SELECT count(*)::int AS n FROM call_queue WHERE agency_id = ${agency}`),
    );
    expect(left[0]?.n).toBe(1);
  });
});

/** A small deterministic generator (mulberry32), so the scorings below are the same each run. */
function generator(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describeEachEngine('assessed calls migration', (getDb) => {
  it('fills in the summaries and queue bands of data written before it, as scoring keeps them', async () => {
    const { db } = getDb();
    const random = generator(23);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    // 40 scorings over 24 calls (some scored once, some again): containers re-scored, some
    // under two bills, some late.
    for (let n = 0; n < 40; n++) {
      const call = { ...callA, voyageNumber: `M${Math.floor(random() * 24)}` };
      const at = new Date(Date.UTC(2026, 2, 1, Math.floor(random() * 48))).toISOString();
      const scored = Array.from({ length: 1 + Math.floor(random() * 8) }, () => ({
        container: `K${Math.floor(random() * 10)}`,
        bill: pick(['X', 'Y']),
        band: pick(['low', 'medium', 'high']),
        hold: random() < 0.2,
      }));
      await insertAssessments(db, records(call, at, scored));
    }
    const bands = async () =>
      rowsOf<{ key: string }>(
        await db.execute(sql`SELECT voyage_number || container_number || bill_number || band
          AS key FROM call_queue ORDER BY 1`),
      ).map((r) => r.key);
    const kept = { calls: await counts(db), bands: await bands() };
    expect(kept.calls.length).toBeGreaterThan(16);

    // Back to the schema before 0023 (what it adds removed), then 0023 as the migrator runs it.
    await db.execute(sql`DROP TABLE assessed_calls`);
    await db.execute(sql`DROP INDEX assessments_recent_idx`);
    await db.execute(sql`ALTER TABLE call_queue DROP COLUMN band`);
    expect(await counts(db).catch(() => 'no summary')).toBe('no summary');
    const file = readdirSync(migrationsFolder).find((f) => f.startsWith('0023_'))!;
    const text = readFileSync(path.join(migrationsFolder, file), 'utf8');
    for (const statement of text.split('--> statement-breakpoint'))
      await db.execute(sql.raw(statement));
    expect({ calls: await counts(db), bands: await bands() }).toEqual(kept);
  });
});
