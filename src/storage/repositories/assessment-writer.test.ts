// The assessment writer's line: pieces added while earlier statements are still waiting are
// each written once, in order, with the statements sent through it; the call queue and summary
// come at the end; a failing statement stops the line and is thrown by finish.
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import { rowsOf } from '../db.ts';
import { listAssessedCalls } from './assessed-calls.repository.ts';
import { assessmentWriter } from './assessments-insert.repository.ts';
import type { AssessmentRecord } from './assessments.repository.ts';

const AGENCY = 'writer-test';
const call = { agencyId: AGENCY, vesselImo: '9321483', voyageNumber: 'W1', port: 'BEANR' };
const at = new Date('2026-03-01T00:00:00Z');

const records = (from: number, n: number): AssessmentRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    ...call,
    consignmentId: randomUUID(),
    billNumber: `WB${from + i}`,
    containerNumber: `WC${from + i}`,
    score: (from + i) / 1000,
    band: 'low',
    mandatoryHold: false,
    explanation: 'e2|',
    ruleSetVersion: 'r1',
    features: 'f2|',
    assessedAt: at,
  }));

describeEachEngine('assessment writer', (getDb) => {
  it('writes each piece once, behind a statement still waiting', async () => {
    const { db } = getDb();
    const order: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const writer = assessmentWriter(db);
    writer.send(async () => {
      await gate;
      order.push('history');
    });
    writer.add(records(0, 300));
    writer.add(records(300, 200));
    writer.send(() => Promise.resolve(void order.push('after pieces')));
    writer.add(records(500, 1));
    release();
    expect(await writer.finish()).toBe(501);
    expect(order).toEqual(['history', 'after pieces']);
    const stored = await db.execute(sql`SELECT count(*)::int AS n,
      count(DISTINCT container_number)::int AS containers FROM assessments
      WHERE agency_id = ${AGENCY}`);
    expect(rowsOf(stored)).toEqual([{ n: 501, containers: 501 }]);
    const queue = await db.execute(
      sql`SELECT count(*)::int AS n FROM call_queue WHERE agency_id = ${AGENCY}`,
    );
    expect(rowsOf(queue)).toEqual([{ n: 501 }]);
    expect((await listAssessedCalls(db, AGENCY, 5)).map((c) => c.containers)).toEqual([501]);
  });

  it('stops at the first failure and throws it from finish', async () => {
    const { db } = getDb();
    const writer = assessmentWriter(db);
    let ranAfter = false;
    writer.send(() => Promise.reject(new Error('history refused')));
    writer.add(records(1000, 10));
    writer.send(() => Promise.resolve(void (ranAfter = true)));
    await expect(writer.finish()).rejects.toThrow('history refused');
    expect(ranAfter).toBe(false);
    const stored = await db.execute(sql`SELECT count(*)::int AS n FROM assessments
      WHERE agency_id = ${AGENCY} AND bill_number = 'WB1000'`);
    expect(rowsOf(stored)).toEqual([{ n: 0 }]);
  });
});
