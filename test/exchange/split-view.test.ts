// Partners compare the heads they hold of one another's audit logs, so a node that shows one log
// to a partner and another log to a second partner (a split view) is caught. Three nodes on
// loopback, each registered with the other two: Antwerp signs heads; CBP and Rotterdam hold them
// and, at each sync, ask each other for the head held of Antwerp's log. Consistent views pass
// (same size, or a proof from Antwerp between the two sizes); then Antwerp's log is rewritten
// after Rotterdam fetched a head and before CBP does, so each alone finds Antwerp's log consistent
// with what it holds — and CBP's next sync raises `split-view`, naming Rotterdam and both heads.
// The route partners ask refuses an unregistered caller and answers 404 for a log it does not
// hold. On both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedTreeHead } from '../../src/audit/tree-head.ts';
import { createPartnerHeadsService } from '../../src/services/exchange/partner-heads.service.ts';
import type { SyncReport } from '../../src/services/exchange/sync.service.ts';
import { listAuditEvents } from '../../src/storage/index.ts';
import { countAuditEvents } from '../../src/storage/repositories/audit-log.repository.ts';
import { enginesUnderTest } from '../support/db.ts';
import {
  announce,
  auditorOf,
  connect,
  cutAuditLog,
  growAuditLog,
  manualClock,
  signAuditHead,
  startNode,
  type ExchangeNode,
} from './support/exchange-node.ts';

const TAXII = 'application/taxii+json;version=2.1';
const antwerpIn = (r: SyncReport) => r.partners.find((p) => p.partnerId === 'antwerp');

for (const { engine, enabled } of enginesUnderTest()) {
  describe.skipIf(!enabled)(`split views of a partner audit log [${engine}]`, () => {
    const clock = manualClock('2026-11-24T09:00:00.000Z');
    let a: ExchangeNode;
    let b: ExchangeNode;
    let c: ExchangeNode;
    const auditor = auditorOf;
    const grow = (events: number) => growAuditLog(a, events);
    const sign = () => signAuditHead(a, clock);
    const statusAt = async (n: ExchangeNode) =>
      (await createPartnerHeadsService(n.ctx).list(auditor(n))).find(
        (p) => p.partnerId === 'antwerp',
      );
    const heldHead = (n: ExchangeNode, token: string, log: string) =>
      fetch(`${n.url}/taxii2/api/audit/held-heads/?log=${encodeURIComponent(log)}`, {
        headers: { accept: TAXII, authorization: `Bearer ${token}` },
      });
    let shownToRotterdam: SignedTreeHead;

    beforeAll(async () => {
      a = await startNode('antwerp', 'be-customs-antwerp', clock, engine);
      b = await startNode('cbp', 'us-cbp', clock, engine);
      c = await startNode('rotterdam', 'nl-customs-rotterdam', clock, engine);
      await connect(a, b, ['be-us-bilateral']);
      await connect(a, c, ['eu-ports-coalition']);
      await connect(b, c, ['nl-us-bilateral']);
    }, 180_000);
    afterAll(async () => {
      for (const n of [a, b, c]) await n?.close();
    });

    it('passes views of one log, at the same size and with a proof between two sizes', async () => {
      const first = await sign();
      // Rotterdam holds nothing of Antwerp's log yet: not compared, no alarm.
      expect(antwerpIn(await b.sync())).toMatchObject({
        auditHead: { outcome: 'accepted', treeSize: first.treeSize },
        witnesses: [{ witness: 'rotterdam', outcome: 'not-compared', reason: 'not-held' }],
      });
      expect(antwerpIn(await c.sync())?.witnesses).toEqual([
        {
          witness: 'cbp',
          outcome: 'consistent',
          treeSize: first.treeSize,
          rootHash: first.rootHash,
        },
      ]);

      await grow(4);
      const second = await sign();
      // CBP now holds the larger head; Antwerp proves Rotterdam's smaller one is its prefix.
      expect(antwerpIn(await b.sync())?.witnesses).toEqual([
        {
          witness: 'rotterdam',
          outcome: 'consistent',
          treeSize: first.treeSize,
          rootHash: first.rootHash,
        },
      ]);
      const proofs = await listAuditEvents(a.ctx.database.db, {
        action: 'taxii.audit-consistency',
      });
      expect(proofs.length).toBe(2); // CBP's own step, then the step between the two partners.
      expect(antwerpIn(await c.sync())?.witnesses).toMatchObject([
        { witness: 'cbp', outcome: 'consistent', treeSize: second.treeSize },
      ]);

      for (const n of [b, c])
        expect(await statusAt(n)).toMatchObject({ state: 'verified', alarms: 0 });
      // Rotterdam told CBP what it holds, in an audited read naming the log.
      const told = await listAuditEvents(c.ctx.database.db, { action: 'taxii.audit-held-head' });
      expect(told[0]).toMatchObject({ actorId: 'partner:cbp', resourceId: first.logId });
      expect(told[0]?.details).toMatchObject({ held: true });
    });

    it('refuses an unregistered caller and answers 404 for a log it does not hold', async () => {
      const log = (await statusAt(c))?.held?.head?.logId ?? '';
      const bare = await fetch(`${c.url}/taxii2/api/audit/held-heads/?log=${log}`, {
        headers: { accept: TAXII },
      });
      expect(bare.status).toBe(401);
      expect((await heldHead(c, 'pcx_not-a-token', log)).status).toBe(401);

      const token = await c.partners.issueToken(c.actor(['admin']), 'cbp');
      const held = await heldHead(c, token, log);
      expect(held.status).toBe(200);
      expect(await held.json()).toEqual((await statusAt(c))?.held?.head);
      const unheld = await heldHead(c, token, 'portcullis-audit:0000000000000000');
      expect(unheld.status).toBe(404);
      expect(await unheld.json()).toMatchObject({ http_status: '404' });
      const told = await listAuditEvents(c.ctx.database.db, { action: 'taxii.audit-held-head' });
      expect(told[0]?.details).toMatchObject({ held: false });
    });

    it('raises split-view when Antwerp shows CBP another log of the same size', async () => {
      const cbpHolds = (await statusAt(b))?.held?.head;
      if (!cbpHolds) throw new Error('CBP holds a head of Antwerp');
      await grow(3);
      shownToRotterdam = await sign();
      expect(antwerpIn(await c.sync())?.auditHead).toMatchObject({ outcome: 'accepted' });

      // Antwerp's log rewritten past the head CBP holds, then grown back to the same size.
      await cutAuditLog(a, cbpHolds.treeSize, [b, c]);
      clock.advance(60_000);
      await grow(shownToRotterdam.treeSize - (await countAuditEvents(a.ctx.database.db)));
      const shownToCbp = await sign();
      expect(shownToCbp.treeSize).toBe(shownToRotterdam.treeSize);
      expect(shownToCbp.rootHash).not.toBe(shownToRotterdam.rootHash);

      // CBP alone finds nothing wrong: the new head extends the one it holds.
      const report = antwerpIn(await b.sync());
      expect(report?.auditHead).toMatchObject({
        outcome: 'accepted',
        treeSize: shownToCbp.treeSize,
      });
      expect(report?.witnesses).toMatchObject([
        { witness: 'rotterdam', outcome: 'split-view', rootHash: shownToRotterdam.rootHash },
      ]);
      const message = report?.witnesses?.[0]?.message ?? '';
      for (const part of ['rotterdam holds', shownToRotterdam.rootHash, shownToCbp.rootHash])
        expect(message).toContain(part);

      const status = await statusAt(b);
      expect(status).toMatchObject({ state: 'alarm', alarms: 1 });
      expect(status?.held?.head).toEqual(shownToCbp);
      expect(status?.lastAlarm).toMatchObject({
        outcome: 'split-view',
        witness: 'rotterdam',
        head: shownToRotterdam,
      });
      const alarms = await listAuditEvents(b.ctx.database.db, {
        action: 'partner.audit-head.alarm',
      });
      expect(alarms.map((e) => [e.details['outcome'], e.details['witness']])).toEqual([
        ['split-view', 'rotterdam'],
      ]);
    });

    it('raises it again when the forked log grows: the proof does not join the two heads', async () => {
      await grow(2);
      const grown = await sign();
      const report = antwerpIn(await b.sync());
      expect(report?.auditHead).toMatchObject({ outcome: 'accepted', treeSize: grown.treeSize });
      expect(report?.witnesses).toMatchObject([{ witness: 'rotterdam', outcome: 'split-view' }]);
      expect(report?.witnesses?.[0]?.message).toContain(
        `from ${shownToRotterdam.treeSize} to ${grown.treeSize} entries`,
      );
      expect(await statusAt(b)).toMatchObject({ state: 'alarm', alarms: 2 });
    });

    it('does not compare with a witness it cannot reach, and raises no alarm for it', async () => {
      await c.stop();
      const report = antwerpIn(await b.sync());
      expect(report?.witnesses).toMatchObject([
        { witness: 'rotterdam', outcome: 'not-compared', reason: 'unreachable' },
      ]);
      expect(report?.error).toBeUndefined();
      expect((await statusAt(b))?.alarms).toBe(2);
      await c.restart();
      await announce(c, [a, b]);
    });
  });
}
