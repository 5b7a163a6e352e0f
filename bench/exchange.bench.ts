// Partner exchange on loopback between two nodes, each with its own embedded database and HTTP
// server (US CBP and Antwerp customs). (1) Time from a lookout's creation at CBP to the hit
// sighting stored back at CBP: release, Antwerp's sync (pull, verify, apply, match the cargo it
// already holds, publish the sighting), CBP's sync. Peer: the same number of HTTP round trips
// fetching the same response bytes from a bare node:http server (no database, gate or
// signatures). (2) Sync throughput: CBP pulls N seizure reports from Antwerp in objects per second
// (Antwerp's TAXII pages: keyset read, gate, STIX, signature; CBP: verify each page, decide and
// store it in a few statements, cursor). The reports are seeded at Antwerp in bulk (one released
// through the service, the rest copies of its stored version); only the pull is timed. Peers:
// fetching the same response bytes from a bare server, and JSON.parse of those bytes.
// PORTCULLIS_EXCHANGE_BENCH_N sets N (default 2,000).
import Fastify from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ErrorEnvelope, handleError } from '../src/server/error-envelope.ts';
import { exchangeDeps } from '../src/server/deps/exchange.deps.ts';
import { exchangeRoutes } from '../src/server/routes/exchange.routes.ts';
import { createActor } from '../src/services/access/actor.ts';
import { createAppContext } from '../src/services/app-context.ts';
import { exchangeContext } from '../src/services/exchange/exchange-context.ts';
import { createIntelService } from '../src/services/exchange/intel.service.ts';
import { initNode } from '../src/services/exchange/node-identity.ts';
import { createPartnerRegistry } from '../src/services/exchange/partner-registry.service.ts';
import { createSyncService } from '../src/services/exchange/sync.service.ts';
import { createIntakeService } from '../src/services/intake/intake.service.ts';
import { createSenderService } from '../src/services/intake/sender.service.ts';
import { consignmentFixture } from '../test/support/cargo-fixtures.ts';
import { writeCuscar } from '../src/ingest/edifact/index.ts';
import { insertIntelVersions, latestIntelVersion } from '../src/storage/index.ts';

export const title = 'Partner exchange: lookout to sighting, and sync throughput (loopback)';
const N = Number(process.env.PORTCULLIS_EXCHANGE_BENCH_N ?? 2000);

const bodies: string[] = [];
const recording: typeof fetch = async (input, init) => {
  const r = await fetch(input, init);
  bodies.push(await r.clone().text());
  return r;
};

async function node(name: string, agency: string) {
  const dir = mkdtempSync(path.join(tmpdir(), `pc-bench-${name}-`));
  const context = await createAppContext({ dataDir: dir });
  const identity = await initNode(context.database.db, agency, context.clock.now());
  const deps = exchangeDeps(
    context,
    () => Promise.reject(new Error('no users')),
    {},
    { fetch: recording, syncIntervalS: 0 },
  );
  if (!deps) throw new Error('no exchange deps');
  const app = Fastify({ logger: false });
  app.addSchema(ErrorEnvelope);
  app.setErrorHandler(handleError);
  await app.register(exchangeRoutes(deps));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const ctx = exchangeContext({ ...context, fetch: recording });
  const actor = (roles: Parameters<typeof createActor>[0]['roles'], id = `${name}-user`) =>
    createActor({ kind: 'user', id, agencyId: agency, roles });
  const sync = createSyncService(ctx);
  return {
    name,
    agency,
    context,
    identity,
    ctx,
    actor,
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    intel: createIntelService(ctx),
    registry: createPartnerRegistry(ctx),
    sync: () => sync.syncOnce(actor(['partner-node'])),
    close: async () => {
      await app.close();
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
type Node = Awaited<ReturnType<typeof node>>;

async function connect(a: Node, b: Node, community: string) {
  for (const [self, other] of [
    [a, b],
    [b, a],
  ] as const)
    await self.registry.add(self.actor(['admin']), {
      id: other.name,
      agencyId: other.agency,
      name: other.name,
      endpoint: other.url,
      communities: [community],
      purposes: ['criminal-investigation', 'customs-control'],
      ...(other.identity.publicKeys[0] ? { publicKey: other.identity.publicKeys[0] } : {}),
    });
  for (const [self, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const token = await other.registry.issueToken(other.actor(['admin']), self.name);
    await self.registry.connect(self.actor(['admin']), other.name, { outboundToken: token });
  }
}

const markings = {
  tlp: 'amber' as const,
  handling: { code: 'H1' as const },
  evaluation: { reliability: 'B' as const, accuracy: 2 as const },
  purpose: 'criminal-investigation' as const,
};

/** Serves the recorded bodies in turn from a bare server; returns the time to fetch them all. */
async function bareFetch(recorded: readonly string[]): Promise<number> {
  let i = 0;
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(recorded[i++ % recorded.length]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const t0 = performance.now();
  for (let k = 0; k < recorded.length; k++) await (await fetch(url)).json();
  const ms = performance.now() - t0;
  await new Promise((r) => server.close(r));
  return ms;
}

async function lookoutToSighting(cbp: Node, antwerp: Node) {
  const deps = { database: antwerp.context.database, clock: antwerp.context.clock };
  const sender = await createSenderService(deps).addSender(antwerp.actor(['admin']), {
    name: 'Carrier',
    kind: 'carrier',
  });
  const carrier = createActor({
    kind: 'machine',
    id: sender.id,
    agencyId: antwerp.agency,
    roles: ['carrier'],
  });
  const c = consignmentFixture('BENCH000001');
  const text = writeCuscar({
    envelope: {
      sender: 'MAEU',
      recipient: 'BECUSTOMS',
      controlReference: 'BENCH1',
      preparedAt: new Date().toISOString(),
    },
    documentNumber: 'BENCH-1',
    voyageNumber: '2611W',
    consignments: [c],
  });
  await createIntakeService(deps).submit(carrier, {
    bytes: new TextEncoder().encode(text),
    contentType: 'application/edifact',
  });
  await antwerp.sync(); // the consignment is matched once, before the lookout exists
  const container = c.equipment[0]?.containerNumber ?? '';
  bodies.length = 0;
  const t0 = performance.now();
  const lookout = await cbp.intel.create(cbp.actor(['analyst']), {
    kind: 'lookout',
    content: {
      title: 'Bench lookout',
      criteria: [{ kind: 'container-number', value: container }],
      holdRequired: true,
      hitsRequested: true,
      validFrom: new Date(Date.now() - 1000).toISOString(),
    },
    markings,
  });
  await cbp.intel.release(cbp.actor(['liaison-officer']), lookout.object.id, {
    communities: ['be-us-bilateral'],
  });
  await antwerp.sync();
  await cbp.sync();
  const ms = performance.now() - t0;
  const back = (await cbp.intel.hits(cbp.actor(['analyst']))).reported.length;
  if (back !== 1) throw new Error(`expected one sighting back, got ${back}`);
  const peer = await bareFetch([...bodies]);
  console.log(
    `lookout created → sighting stored at its owner: ${ms.toFixed(0)} ms (${bodies.length} HTTP requests)`,
  );
  console.log(
    `  peer, the same ${bodies.length} responses from a bare server: ${peer.toFixed(1)} ms → ${(ms / peer).toFixed(0)}× the bare round trips`,
  );
}

/**
 * N seizure reports released at Antwerp: the first through the intel service, the rest copies of
 * its stored released version (new ids, titles and weights) written in chunks with the bulk
 * insert and publish, since releasing them one at a time through the service is not what is
 * measured here.
 */
async function seedReports(antwerp: Node) {
  const liaison = antwerp.actor(['liaison-officer']);
  const content = (i: number) => ({
    title: `Report ${i}`,
    seizedAt: new Date().toISOString(),
    portLocode: 'BEANR',
    substance: 'cocaine',
    kilograms: 10 + i,
    concealment: 'rip-on-rip-off' as const,
  });
  const first = await antwerp.intel.create(liaison, {
    kind: 'seizure-report',
    content: content(0),
    markings: { ...markings, releasability: { communities: ['be-us-bilateral'] } },
  });
  await antwerp.intel.release(liaison, first.object.id, {});
  const template = await latestIntelVersion(antwerp.context.database.db, first.object.id);
  if (template?.dateAddedUs === undefined) throw new Error('the first report was not released');
  const doc = template.document as { content: object };
  for (let start = 1; start < N; start += 1000) {
    const copies = Array.from({ length: Math.min(1000, N - start) }, (_, k) => {
      const document = {
        ...doc,
        id: `incident--${randomUUID()}`,
        content: { ...doc.content, ...content(start + k) },
      };
      return {
        ...template,
        objectId: document.id,
        document,
        recordedAt: new Date(),
        visible: true,
      };
    });
    await antwerp.context.database.transaction((tx) =>
      insertIntelVersions(tx, copies, Date.now() * 1000),
    );
  }
}

async function throughput(cbp: Node, antwerp: Node) {
  await seedReports(antwerp);
  bodies.length = 0;
  const t0 = performance.now();
  const report = await cbp.sync();
  const ms = performance.now() - t0;
  const applied = report.partners.reduce((n, p) => n + p.applied, 0);
  const rate = applied / (ms / 1000);
  const recorded = [...bodies];
  const bare = await bareFetch(recorded);
  const t1 = performance.now();
  for (const b of recorded) JSON.parse(b);
  const parse = performance.now() - t1;
  console.log(
    `sync pull of ${applied} objects (signed pages, gate, verify, apply): ${rate.toFixed(0)} objects/s (${ms.toFixed(0)} ms)`,
  );
  console.log(
    `  peer, the same ${recorded.length} responses fetched from a bare server: ${(applied / (bare / 1000)).toFixed(0)} objects/s → sync at ${((bare / ms) * 100).toFixed(1)}% of it`,
  );
  console.log(
    `  peer, JSON.parse of the same bytes: ${(applied / (parse / 1000)).toFixed(0)} objects/s → sync at ${((parse / ms) * 100).toFixed(2)}% of it`,
  );
}

export async function run(): Promise<void> {
  const cbp = await node('cbp', 'us-cbp');
  const antwerp = await node('antwerp', 'be-customs-antwerp');
  try {
    await connect(cbp, antwerp, 'be-us-bilateral');
    await lookoutToSighting(cbp, antwerp);
    await throughput(cbp, antwerp);
  } finally {
    await cbp.close();
    await antwerp.close();
  }
}
