// Recording a DCSA retraction on each engine finds the calls holding the retracted event's reports
// through the reports' partial event indexes ((sender, source_event_id) WHERE source_event_id <>
// ''), which its joins can use only by saying that condition: with sequential scans priced out,
// the plan of its statement names both indexes (without the condition it reads the tables whole).
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import { rowsOf, type Db } from '../db.ts';
import { recordRetractions } from './port-call-actuals.repository.ts';

describeEachEngine('recording retractions: plan', (getDb) => {
  it('looks the retracted events up in the reports’ event indexes', async () => {
    const plan = await getDb().transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const lines: string[] = [];
      // Explains the statement instead of running it.
      const explaining = {
        execute: async (statement: SQL) => {
          const result = await tx.execute(sql`EXPLAIN ${statement}`);
          lines.push(...rowsOf<{ 'QUERY PLAN': string }>(result).map((r) => r['QUERY PLAN']));
          return { rows: [] };
        },
      } as unknown as Db;
      const retraction = { sender: 'S1', eventIds: ['E1'], filingId: randomUUID(), at: new Date() };
      await recordRetractions(explaining, retraction);
      return lines.join('\n');
    });
    expect(plan).toContain('port_call_actuals_event_idx');
    expect(plan).toContain('port_call_estimates_event_idx');
  });
});
