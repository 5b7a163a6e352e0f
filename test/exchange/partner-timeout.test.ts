// A partner node that accepts the connection and never answers must not stall the sync: the
// request is given up after the node's partner timeout, the partner is reported with an error
// naming the request and the time allowed, and the other partners are synced as usual. Two nodes
// on loopback and a silent socket server, on both engines.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../src/services/access/actor.ts';
import { exchangeContext } from '../../src/services/exchange/exchange-context.ts';
import { createSyncService } from '../../src/services/exchange/sync.service.ts';
import { enginesUnderTest } from '../support/db.ts';
import { connect, manualClock, startNode, type ExchangeNode } from './support/exchange-node.ts';

/** A server that takes connections and requests and never writes a byte back. */
async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

for (const { engine, enabled } of enginesUnderTest()) {
  describe.skipIf(!enabled)(`a partner that never answers [${engine}]`, () => {
    const clock = manualClock('2026-11-24T09:00:00.000Z');
    let a: ExchangeNode;
    let b: ExchangeNode;
    let silent: Awaited<ReturnType<typeof silentServer>>;

    beforeAll(async () => {
      a = await startNode('antwerp', 'be-customs', clock, engine);
      b = await startNode('cbp', 'us-cbp', clock, engine);
      await connect(a, b, ['atlantic']);
      silent = await silentServer();
      const admin = a.actor(['admin']);
      await a.partners.add(admin, {
        id: 'silent',
        agencyId: 'nl-customs',
        name: 'silent',
        endpoint: silent.url,
        communities: ['atlantic'],
        purposes: ['customs-control'],
      });
      await a.partners.connect(admin, 'silent', { outboundToken: 'token-of-a-silent-node' });
    }, 60_000);

    afterAll(async () => {
      await silent?.close();
      await a?.close();
      await b?.close();
    });

    it('gives the silent partner up after the timeout and still syncs the others', async () => {
      const ctx = exchangeContext({ database: a.ctx.database, clock, partnerTimeoutMs: 400 });
      const actor = createActor({
        kind: 'machine',
        id: 'antwerp-sync',
        agencyId: 'be-customs',
        roles: ['partner-node'],
      });
      const started = performance.now();
      const report = await createSyncService(ctx).syncOnce(actor);
      expect(performance.now() - started).toBeLessThan(20_000);
      const byId = new Map(report.partners.map((p) => [p.partnerId, p]));
      expect(byId.get('silent')?.error).toBe('silent did not answer GET collections/ within 0.4 s');
      expect(byId.get('cbp')?.error).toBeUndefined();
      expect(byId.get('cbp')?.auditHead).toBeDefined();
    }, 60_000);
  });
}
