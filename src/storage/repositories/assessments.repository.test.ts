// A vessel call's queue: the current assessment of each container, holds first, then by score,
// equal scores in container order (as the planner ranks them), a rescored container once.
import { expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { describeEachEngine } from '../../../test/support/db.ts';
import { insertAssessments } from './assessments-insert.repository.ts';
import { latestAssessmentsOfCall, type AssessmentRecord } from './assessments.repository.ts';

const call = { agencyId: 'queue-test', vesselImo: '9321483', voyageNumber: 'Q1', port: 'BEANR' };

function record(container: string, score: number, at: string, hold = false): AssessmentRecord {
  return {
    ...call,
    consignmentId: randomUUID(),
    billNumber: `BL-${container}`,
    containerNumber: container,
    score,
    band: 'low',
    mandatoryHold: hold,
    explanation: 'e2|',
    ruleSetVersion: 'r1',
    features: 'f2|',
    assessedAt: new Date(at),
  };
}

describeEachEngine('call queue read', (getDb) => {
  it('lists the current assessments: holds, then score, ties in container order', async () => {
    const { db } = getDb();
    const first = '2026-03-01T00:00:00Z';
    // Written in reverse container order, so the order read is not the order written.
    await insertAssessments(db, [
      record('CONT0000005', 0.2, first),
      record('CONT0000004', 0.5, first),
      record('CONT0000003', 0.5, first),
      record('CONT0000002', 0.1, first, true),
      record('CONT0000001', 0.5, first),
    ]);
    await insertAssessments(db, [record('CONT0000005', 0.9, '2026-03-01T01:00:00Z')]);
    const queue = await latestAssessmentsOfCall(db, call);
    expect(queue.map((a) => [a.containerNumber, a.score])).toEqual([
      ['CONT0000002', 0.1],
      ['CONT0000005', 0.9],
      ['CONT0000001', 0.5],
      ['CONT0000003', 0.5],
      ['CONT0000004', 0.5],
    ]);
  });
});
