/**
 * A Portcullis node for the multi-node exchange tests: its own database (PGlite unless PostgreSQL
 * is asked for), its identity and audit keys, its services, and its own Fastify server with the
 * exchange and TAXII routes (its audit tree heads served to partners too) listening on
 * 127.0.0.1:0. `connect(a, b, communities)` registers each node with the other (keys, audit keys,
 * tokens, endpoints). The fetch every node uses is recorded, so tests can validate every STIX
 * object a node emitted over TAXII. `cutAuditLog` rewrites a node's audit log as an attacker with
 * its database would.
 */
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../../src/core/app-error.ts';
import { ErrorEnvelope, handleError } from '../../../src/server/error-envelope.ts';
import { exchangeDeps } from '../../../src/server/deps/exchange.deps.ts';
import { exchangeRoutes } from '../../../src/server/routes/exchange.routes.ts';
import { createActor, type Actor } from '../../../src/services/access/actor.ts';
import type { Role } from '../../../src/services/access/roles.ts';
import { buildAppContext, type AppContext } from '../../../src/services/app-context.ts';
import {
  createAuditLogService,
  type AuditLogService,
} from '../../../src/services/audit-log/audit-log.service.ts';
import {
  signingKeyOf,
  type NodeSigningKey as AuditSigningKey,
} from '../../../src/services/audit-log/node-signing-key.ts';
import type { Clock } from '../../../src/services/clock.ts';
import type { Engine } from '../../../src/storage/database.ts';
import {
  exchangeContext,
  type ExchangeContext,
} from '../../../src/services/exchange/exchange-context.ts';
import {
  createIntelService,
  type IntelService,
} from '../../../src/services/exchange/intel.service.ts';
import { initNode, type NodeIdentity } from '../../../src/services/exchange/node-identity.ts';
import {
  createPartnerRegistry,
  type PartnerRegistryService,
} from '../../../src/services/exchange/partner-registry.service.ts';
import { createSyncService, type SyncReport } from '../../../src/services/exchange/sync.service.ts';
import type { Purpose } from '../../../src/exchange/markings/purpose.ts';
import { openTestDatabase } from '../../support/db.ts';

/** A clock the test moves by hand; every node shares it. */
export function manualClock(start: string): Clock & { advance(ms: number): void } {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

/** Every TAXII response body fetched by any node: the objects partners emitted. */
export const emitted: Record<string, unknown>[] = [];

const recordingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const text = await response.clone().text();
  try {
    const body = JSON.parse(text) as { objects?: Record<string, unknown>[] };
    if (Array.isArray(body.objects))
      emitted.push(...body.objects.filter((o) => typeof o['type'] === 'string'));
  } catch {
    // not JSON: nothing emitted
  }
  return response;
};

export interface ExchangeNode {
  readonly name: string;
  readonly agency: string;
  readonly context: AppContext;
  readonly ctx: ExchangeContext;
  readonly identity: NodeIdentity;
  readonly intel: IntelService;
  readonly partners: PartnerRegistryService;
  /** The key its audit tree heads are signed with (registered at its partners). */
  readonly auditKey: AuditSigningKey;
  /** Its audit log as its server runs it (made again at each restart, as a new process would). */
  auditLog: AuditLogService;
  url: string;
  server: FastifyInstance;
  actor(roles: Role[], id?: string): Actor;
  sync(): Promise<SyncReport>;
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function listen(
  context: AppContext,
  auditKey: AuditSigningKey,
): Promise<{ server: FastifyInstance; url: string; auditLog: AuditLogService }> {
  const actorOf = () =>
    Promise.reject(new AppError('unauthenticated', 'tests call services directly'));
  const auditLog = createAuditLogService({ ...context, key: auditKey });
  const deps = exchangeDeps(
    context,
    actorOf,
    { auditLog },
    { fetch: recordingFetch, syncIntervalS: 0 },
  );
  if (!deps) throw new Error('exchange deps missing');
  const server = Fastify({ logger: false });
  server.addSchema(ErrorEnvelope);
  server.setErrorHandler(handleError);
  await server.register(exchangeRoutes(deps));
  await server.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, auditLog };
}

export async function startNode(
  name: string,
  agency: string,
  clock: Clock,
  engine: Engine = 'pglite',
): Promise<ExchangeNode> {
  const { database, release } = await openTestDatabase(engine);
  const context = await buildAppContext(database, clock);
  const ctx = exchangeContext({ database, clock, fetch: recordingFetch });
  const identity = await initNode(database.db, agency, clock.now());
  const auditKey = signingKeyOf(generateKeyPairSync('ed25519').privateKey);
  const { server, url, auditLog } = await listen(context, auditKey);
  const syncActor = createActor({
    kind: 'machine',
    id: `${name}-sync`,
    agencyId: agency,
    roles: ['partner-node'],
  });
  const node: ExchangeNode = {
    name,
    agency,
    context,
    ctx,
    identity,
    intel: createIntelService(ctx),
    partners: createPartnerRegistry(ctx),
    auditKey,
    auditLog,
    url,
    server,
    actor: (roles, id = `${name}-${roles.join('+')}`) =>
      createActor({ kind: 'user', id, agencyId: agency, roles }),
    sync: () => createSyncService(ctx).syncOnce(syncActor),
    stop: () => node.server.close(),
    async restart() {
      const started = await listen(context, auditKey);
      node.server = started.server;
      node.url = started.url;
      node.auditLog = started.auditLog;
    },
    async close() {
      await node.server.close();
      await release();
    },
  };
  return node;
}

const PURPOSES_ALL: Purpose[] = ['customs-control', 'crime-prevention', 'criminal-investigation'];

/** Registers each node with the other: public keys, bearer tokens both ways, endpoints. */
export async function connect(
  a: ExchangeNode,
  b: ExchangeNode,
  communities: string[],
): Promise<void> {
  for (const [self, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const admin = self.actor(['admin']);
    await self.partners.add(admin, {
      id: other.name,
      agencyId: other.agency,
      name: other.name,
      endpoint: other.url,
      communities,
      purposes: PURPOSES_ALL,
      ...(other.identity.publicKeys[0] ? { publicKey: other.identity.publicKeys[0] } : {}),
      auditPublicKey: other.auditKey.publicKeyHex,
    });
  }
  for (const [self, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const token = await other.partners.issueToken(other.actor(['admin']), self.name);
    await self.partners.connect(self.actor(['admin']), other.name, { outboundToken: token });
  }
}

/** Tells each partner the node's endpoint again (a restarted node listens on a new port). */
export async function announce(
  node: ExchangeNode,
  partners: readonly ExchangeNode[],
): Promise<void> {
  for (const p of partners)
    await p.partners.connect(p.actor(['admin']), node.name, { endpoint: node.url });
}

/**
 * As an attacker with the node's database would: triggers off, every audit event after the first
 * `keep` deleted with every head past them; then the node restarted (its audit log read anew) and
 * its partners told where it listens.
 */
export async function cutAuditLog(
  node: ExchangeNode,
  keep: number,
  partners: readonly ExchangeNode[],
): Promise<void> {
  await node.stop();
  const exec = (statement: string) => node.ctx.database.db.execute(sql.raw(statement));
  await exec('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
  await exec('ALTER TABLE audit_tree_heads DISABLE TRIGGER audit_tree_heads_append_only');
  await exec(
    `DELETE FROM audit_events WHERE id >= (SELECT id FROM audit_events ORDER BY id OFFSET ${keep} LIMIT 1)`,
  );
  await exec(`DELETE FROM audit_tree_heads WHERE tree_size > ${keep}`);
  await exec('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
  await exec('ALTER TABLE audit_tree_heads ENABLE TRIGGER audit_tree_heads_append_only');
  await node.restart();
  await announce(node, partners);
}

/** An auditor of the node's agency: reads the partner heads it holds and signs its own. */
export const auditorOf = (n: ExchangeNode): Actor =>
  createActor({ kind: 'user', id: `${n.name}-auditor`, agencyId: n.agency, roles: ['auditor'] });

/** Audited reads at the node: each appends an event to its audit log. */
export async function growAuditLog(n: ExchangeNode, events: number): Promise<void> {
  for (let i = 0; i < events; i++) await n.partners.list(n.actor(['admin']));
}

/** The node signs a head of its audit log, a second after the clock's last reading. */
export function signAuditHead(n: ExchangeNode, clock: { advance(ms: number): void }) {
  clock.advance(1000);
  return n.auditLog.issueTreeHead(auditorOf(n));
}
