// Audit tree heads held outside the node: Antwerp serves its signed heads and consistency proofs
// to CBP over the signed partner channel; CBP, at each sync, checks them with Antwerp's registered
// audit key and keeps every head it accepts. When Antwerp's newest events are deleted together
// with their heads, or its log is rewritten and a new head signed over it, CBP's next sync raises
// an alarm: stored, listed, audited, and raised again at every later sync. On both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedTreeHead } from '../../src/audit/tree-head.ts';
import { createPartnerHeadsService } from '../../src/services/exchange/partner-heads.service.ts';
import type { SyncReport } from '../../src/services/exchange/sync.service.ts';
import { listAuditEvents } from '../../src/storage/index.ts';
import { countAuditEvents } from '../../src/storage/repositories/audit-log.repository.ts';
import { enginesUnderTest } from '../support/db.ts';
import {
  auditorOf,
  connect,
  cutAuditLog,
  growAuditLog,
  manualClock,
  signAuditHead,
  startNode,
  type ExchangeNode,
} from './support/exchange-node.ts';

const headOf = (r: SyncReport) => r.partners.find((p) => p.partnerId === 'antwerp')?.auditHead;

for (const { engine, enabled } of enginesUnderTest()) {
  describe.skipIf(!enabled)(`partner audit tree heads [${engine}]`, () => {
    const clock = manualClock('2026-11-23T09:00:00.000Z');
    let a: ExchangeNode;
    let b: ExchangeNode;
    const auditor = auditorOf;
    const grow = (events: number) => growAuditLog(a, events);
    const sign = () => signAuditHead(a, clock);
    const heldAtB = async () =>
      (await createPartnerHeadsService(b.ctx).list(auditor(b))).find(
        (p) => p.partnerId === 'antwerp',
      );
    let second: SignedTreeHead;

    beforeAll(async () => {
      a = await startNode('antwerp', 'be-customs-antwerp', clock, engine);
      b = await startNode('cbp', 'us-cbp', clock, engine);
      await connect(a, b, ['be-us-bilateral']);
    }, 120_000);
    afterAll(async () => {
      await a?.close();
      await b?.close();
    });

    it('serves heads to registered partners only', async () => {
      const accept = 'application/taxii+json;version=2.1';
      for (const path of ['tree-head/', 'consistency/?first=0&second=0']) {
        const bare = await fetch(`${a.url}/taxii2/api/audit/${path}`, { headers: { accept } });
        expect(bare.status).toBe(401);
        expect(((await bare.json()) as { error_code?: string }).error_code).toBe('unauthenticated');
      }
    });

    it('holds the first head, then accepts a grown head with a valid consistency proof', async () => {
      expect(headOf(await b.sync())).toEqual({ outcome: 'none' });

      const first = await sign();
      expect(headOf(await b.sync())).toMatchObject({
        outcome: 'accepted',
        treeSize: first.treeSize,
        rootHash: first.rootHash,
      });

      await grow(5);
      second = await sign();
      expect(second.treeSize).toBeGreaterThan(first.treeSize + 5);
      expect(headOf(await b.sync())).toEqual({
        outcome: 'accepted',
        treeSize: second.treeSize,
        rootHash: second.rootHash,
      });
      // Antwerp proved the step: it served a consistency proof from the first size to the second.
      const served = await listAuditEvents(a.ctx.database.db, {
        action: 'taxii.audit-consistency',
      });
      expect(served.map((e) => e.outcome)).toEqual(['success']);
      expect(headOf(await b.sync())).toMatchObject({ outcome: 'unchanged' });

      const status = await heldAtB();
      expect(status).toMatchObject({ state: 'verified', alarms: 0 });
      expect(status?.held?.head).toEqual(second);
      const accepted = await listAuditEvents(b.ctx.database.db, {
        action: 'partner.audit-head.accept',
      });
      // Newest first.
      expect(accepted.map((e) => e.details['treeSize'])).toEqual([second.treeSize, first.treeSize]);
    });

    it("raises an alarm when Antwerp's newest events and their heads are deleted", async () => {
      // As an attacker with the database would: the newest events and heads gone.
      const keep = second.treeSize - 3;
      await cutAuditLog(a, keep, [b]);
      expect(await countAuditEvents(a.ctx.database.db)).toBe(keep);

      const report = headOf(await b.sync());
      expect(report).toMatchObject({ outcome: 'smaller-tree' });
      expect(report?.message).toContain(`fewer than the ${second.treeSize}`);

      const status = await heldAtB();
      expect(status).toMatchObject({ state: 'alarm', alarms: 1 });
      expect(status?.held?.head).toEqual(second);
      expect(status?.lastAlarm).toMatchObject({ outcome: 'smaller-tree' });
      const alarms = await listAuditEvents(b.ctx.database.db, {
        action: 'partner.audit-head.alarm',
      });
      expect(alarms.map((e) => e.details['outcome'])).toEqual(['smaller-tree']);
    });

    it('raises an alarm when Antwerp signs a larger head over its rewritten log', async () => {
      // The log grows past the size CBP holds; a new head over it is genuinely signed by Antwerp.
      await grow(second.treeSize + 2 - (await countAuditEvents(a.ctx.database.db)));
      const rewritten = await sign();
      expect(rewritten.treeSize).toBeGreaterThan(second.treeSize);

      const report = headOf(await b.sync());
      expect(report).toMatchObject({ outcome: 'inconsistent', treeSize: rewritten.treeSize });
      expect(report?.message).toContain(`from ${second.treeSize} to ${rewritten.treeSize}`);
      // The held head stays; the alarm comes back at every sync until someone acts on it.
      expect(headOf(await b.sync())).toMatchObject({ outcome: 'inconsistent' });
      const status = await heldAtB();
      expect(status).toMatchObject({ state: 'alarm', alarms: 3 });
      expect(status?.held?.head).toEqual(second);
    });
  });
}
