// The audit log served by the API: leaf hashes stored with each event, the periodic signed tree
// head job, inclusion and consistency proofs that verify against signed heads, and verification
// of the live log (the CLI's verifier) catching an edited row. On both engines.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLeafHash, type AuditEntry } from '../../src/audit/audit-entry.ts';
import { fromHex, toHex } from '../../src/audit/merkle-hash.ts';
import { verifyConsistency, verifyInclusion } from '../../src/audit/verify-proof.ts';
import { verifyTreeHeadSignature, type SignedTreeHead } from '../../src/audit/tree-head.ts';
import { AppError } from '../../src/core/app-error.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import type { Role } from '../../src/services/access/roles.ts';
import { auditedTransaction } from '../../src/services/audit/audited-transaction.ts';
import { createAuditLogService } from '../../src/services/audit-log/audit-log.service.ts';
import { loadNodeSigningKey } from '../../src/services/audit-log/node-signing-key.ts';
import { systemClock } from '../../src/services/clock.ts';
import { initNode } from '../../src/services/exchange/node-identity.ts';
import { appendAuditEvent, type Database } from '../../src/storage/index.ts';
import { buildServer } from '../../src/server/app.ts';
import { describeEachEngine } from '../support/db.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'portcullis-audit-api-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const actorFor = (role: Role): Actor =>
  createActor({ kind: 'user', id: `${role}-1`, agencyId: 'ag-a', roles: [role] });
const officer = actorFor('targeting-officer');
/** The node acts for ag-a, whose auditor reads its log. */
const setUpNode = (database: Database) => initNode(database.db, 'ag-a', systemClock.now());

/** Test callers name their role in a header; the real server resolves keys and sessions. */
const roleActor = (request: { headers: Record<string, unknown> }) => {
  const role = request.headers['x-test-role'];
  if (typeof role !== 'string') throw new AppError('unauthenticated', 'no test role');
  return Promise.resolve(actorFor(role as Role));
};

async function writeReads(database: Database, from: number, count: number) {
  for (let i = from; i < from + count; i++)
    await auditedTransaction(
      { database, clock: systemClock },
      officer,
      {
        action: 'consignment.read',
        resourceType: 'consignment',
        resourceId: `c-${i}`,
        details: { n: i, nested: { list: [i, 'x'], ok: true } },
      },
      () => Promise.resolve(i),
    );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachEngine('audit API', (getDb) => {
  let app: FastifyInstance;
  const get = async (url: string, role: Role = 'auditor') => {
    const res = await app.inject({ method: 'GET', url, headers: { 'x-test-role': role } });
    return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
  };
  const heads = async () =>
    (await get('/api/v1/audit/tree-heads')).body['items'] as SignedTreeHead[];

  beforeAll(async () => {
    await setUpNode(getDb());
    const key = loadNodeSigningKey(dataDir);
    const service = createAuditLogService({ database: getDb(), clock: systemClock, key });
    app = await buildServer(
      {
        readiness: () => Promise.resolve({}),
        audit: { service, actorOf: roleActor, treeHeadIntervalMs: 150 },
      },
      { logLevel: 'silent', bodyLimitBytes: 1024 * 1024 },
    );
    await app.ready();
  });
  afterAll(() => app.close());

  it('stores each event with the leaf hash a verifier recomputes from its content', async () => {
    await writeReads(getDb(), 0, 5);
    const { body } = await get('/api/v1/audit/events?limit=5');
    const items = body['items'] as ({ leafHash?: string; id: number } & Record<string, unknown>)[];
    expect(items).toHaveLength(5);
    for (const [i, e] of items.entries()) {
      const entry: AuditEntry = {
        seq: i,
        at: e['at'] as string,
        actor: `user:${officer.id}@ag-a`,
        action: 'consignment.read',
        resourceType: 'consignment',
        resourceId: `c-${i}`,
        outcome: 'allowed',
        details: { n: i, nested: { list: [i, 'x'], ok: true } },
      };
      expect(e.leafHash).toBe(toHex(auditLeafHash(entry)));
    }
  });

  it('the periodic job signs a head when the log grew, and only then', async () => {
    let signed: SignedTreeHead[] = [];
    for (let i = 0; i < 50 && signed.length === 0; i++) {
      await sleep(100);
      signed = await heads();
    }
    expect(signed.length).toBeGreaterThan(0);
    const key = loadNodeSigningKey(dataDir);
    expect(signed.every((h) => verifyTreeHeadSignature(h, key.publicKey))).toBe(true);
    // Reading the heads is not audited, so the log does not grow on its own.
    const count = (await heads()).length;
    await sleep(600);
    expect((await heads()).length).toBe(count);
    await writeReads(getDb(), 5, 6);
    let grown = count;
    for (let i = 0; i < 50 && grown === count; i++) {
      await sleep(100);
      grown = (await heads()).length;
    }
    expect(grown).toBeGreaterThan(count);
  });

  it('serves inclusion proofs that verify against the signed root', async () => {
    const status = (await get('/api/v1/audit/status')).body;
    const head = status['latestHead'] as SignedTreeHead;
    expect(status['publicKey']).toBe(loadNodeSigningKey(dataDir).publicKeyHex);
    for (const index of [0, 3, head.treeSize - 1]) {
      const { status: code, body } = await get(
        `/api/v1/audit/proofs/inclusion?index=${index}&treeSize=${head.treeSize}`,
      );
      expect(code).toBe(200);
      const leaf = auditLeafHash(body['entry'] as AuditEntry);
      expect(toHex(leaf)).toBe(body['leafHash']);
      const proof = (body['proof'] as string[]).map(fromHex);
      expect(verifyInclusion(index, head.treeSize, leaf, proof, fromHex(head.rootHash))).toBe(true);
      expect(verifyInclusion(index, head.treeSize, leaf, proof, fromHex('00'.repeat(32)))).toBe(
        false,
      );
    }
  });

  it('serves consistency proofs between signed heads', async () => {
    const [first, ...rest] = await heads();
    const second = rest.at(-1);
    if (!first || !second) throw new Error('expected two heads');
    const { body } = await get(
      `/api/v1/audit/proofs/consistency?first=${first.treeSize}&second=${second.treeSize}`,
    );
    const proof = (body['proof'] as string[]).map(fromHex);
    const [a, b] = [fromHex(first.rootHash), fromHex(second.rootHash)];
    expect(verifyConsistency(first.treeSize, second.treeSize, a, b, proof)).toBe(true);
    expect(verifyConsistency(first.treeSize, second.treeSize, b, a, proof)).toBe(false);
  });

  it('refuses proofs past the latest signed head, and callers without audit.read', async () => {
    const head = (await get('/api/v1/audit/status')).body['latestHead'] as SignedTreeHead;
    const past = await get(`/api/v1/audit/proofs/inclusion?index=0&treeSize=${head.treeSize + 5}`);
    expect(past.status).toBe(400);
    expect(JSON.stringify(past.body)).toMatch(/not covered by a signed tree head/);
    expect((await get('/api/v1/audit/proofs/inclusion?index=-1')).status).toBe(400);
    expect((await get('/api/v1/audit/status', 'analyst')).status).toBe(404);
    expect((await get('/api/v1/audit/events', 'targeting-officer')).status).toBe(404);
  });

  it('verifies the live log, and reports an edited row', async () => {
    const verify = async () =>
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/audit/verify',
          headers: { 'x-test-role': 'auditor' },
        })
      ).json<{ ok: boolean; report: { findings: { kind: string }[] } }>();
    expect((await verify()).ok).toBe(true);
    const db = getDb().db;
    await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
    await db.execute(
      sql`UPDATE audit_events SET actor_id = 'someone-else' WHERE resource_id = 'c-2'`,
    );
    await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
    const tampered = await verify();
    expect(tampered.ok).toBe(false);
    expect(tampered.report.findings.map((f) => f.kind)).toContain('root-mismatch');
  });
});

/** The database's own message, under the query wrapper's. */
async function refusal(statement: Promise<unknown>): Promise<string> {
  const error = await statement.then(
    () => undefined,
    (e: unknown) => e as Error & { cause?: Error },
  );
  return String(error?.cause?.message ?? error?.message ?? 'accepted');
}

describeEachEngine('audit leaf hashes of older rows', (getDb) => {
  it('are filled by the next tree head; nothing else about a row may change', async () => {
    const database = getDb();
    await setUpNode(database);
    const id = await appendAuditEvent(database.db, {
      at: new Date('2026-01-01T00:00:00.000Z'),
      actorKind: 'user',
      actorId: 'old',
      action: 'consignment.read',
      resourceType: 'consignment',
      outcome: 'success',
    });
    const leafOf = async () =>
      (
        (await database.db.execute(sql`SELECT leaf_hash FROM audit_events WHERE id = ${id}`)) as {
          rows: { leaf_hash: unknown }[];
        }
      ).rows[0];
    expect((await leafOf())?.leaf_hash).toBeNull();
    expect(
      await refusal(
        database.db.execute(
          sql`UPDATE audit_events SET leaf_hash = '\\x00', actor_id = 'x' WHERE id = ${id}`,
        ),
      ),
    ).toMatch(/append-only/);
    const log = createAuditLogService({
      database,
      clock: systemClock,
      key: loadNodeSigningKey(dataDir),
    });
    await log.issueTreeHead(actorFor('auditor'));
    expect((await leafOf())?.leaf_hash).not.toBeNull();
    expect(
      await refusal(
        database.db.execute(sql`UPDATE audit_events SET leaf_hash = NULL WHERE id = ${id}`),
      ),
    ).toMatch(/append-only/);
    expect(
      await refusal(database.db.execute(sql`DELETE FROM audit_events WHERE id = ${id}`)),
    ).toMatch(/append-only/);
    const lines: string[] = [];
    await log.exportLog(actorFor('auditor'), (l) => void lines.push(l));
    expect(lines.length).toBeGreaterThan(2);
  });
});
