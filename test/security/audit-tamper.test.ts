// Tampering with the stored audit log after a signed tree head was issued — editing, deleting,
// reordering or truncating events, or forging a head — is caught by verifying an export with the
// node's public key alone. Runs against the real store on each engine; the append-only triggers
// are switched off first, as an attacker with database access would.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signTreeHead } from '../../src/audit/tree-head.ts';
import type { FindingKind } from '../../src/audit/log-verifier.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { createAuditLogService } from '../../src/services/audit-log/audit-log.service.ts';
import { verifyAuditExport } from '../../src/services/audit-log/verify-audit-export.ts';
import { loadNodeSigningKey, signingKeyOf } from '../../src/services/audit-log/node-signing-key.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { initNode } from '../../src/services/exchange/node-identity.ts';
import { appendAuditEvent, type Database } from '../../src/storage/index.ts';
import { enginesUnderTest, openTestDatabase } from '../support/db.ts';

const auditor = createActor({
  kind: 'user',
  id: 'auditor-1',
  agencyId: 'ag-a',
  roles: ['auditor'],
});
const clock = fixedClock('2026-03-01T10:00:00.000Z');
let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'portcullis-audit-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const EVENT = {
  at: new Date(Date.UTC(2026, 2, 1, 9)),
  actorKind: 'user',
  actorId: 'officer-1',
  action: 'consignment.read',
  resourceType: 'consignment',
  outcome: 'success',
} as const;

async function appendEvents(database: Database, from: number, count: number) {
  for (let i = from; i < from + count; i++)
    await appendAuditEvent(database.db, {
      at: new Date(Date.UTC(2026, 2, 1, 9, i)),
      actorKind: 'user',
      actorId: `officer-${i % 3}`,
      actorAgencyId: 'ag-a',
      action: 'consignment.read',
      resourceType: 'consignment',
      resourceId: `c-${i}`,
      agencyId: 'ag-a',
      outcome: 'success',
      details: { n: i },
    });
}

/** The node acts for ag-a, whose auditor reads its log. */
const setUpNode = (database: Database) => initNode(database.db, 'ag-a', clock.now());

/** 5 events, a head, 3 more, a second head: ids 1..8, heads of size 5 and 8. */
async function seed(database: Database) {
  await setUpNode(database);
  const log = createAuditLogService({ database, clock, key: loadNodeSigningKey(dataDir) });
  await appendEvents(database, 1, 5);
  await log.issueTreeHead(auditor);
  await appendEvents(database, 6, 3);
  await log.issueTreeHead(auditor);
  return log;
}

async function verifyStore(database: Database) {
  const log = createAuditLogService({ database, clock, key: loadNodeSigningKey(dataDir) });
  const lines: string[] = [];
  await log.exportLog(auditor, (line) => void lines.push(line));
  return verifyAuditExport(lines.join('\n'), loadNodeSigningKey(dataDir).publicKey);
}

const exec = (database: Database, statement: string) => database.db.execute(sql.raw(statement));
const unlock = (database: Database) =>
  exec(database, 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');

const kinds = (r: Awaited<ReturnType<typeof verifyStore>>): FindingKind[] =>
  r.report.findings.map((f) => f.kind);

const TAMPERS: readonly {
  name: string;
  expect: FindingKind;
  tamper: (d: Database) => Promise<unknown>;
}[] = [
  {
    name: 'edit a row',
    expect: 'root-mismatch',
    tamper: async (d) => {
      await unlock(d);
      await exec(d, `UPDATE audit_events SET resource_id = 'c-other' WHERE id = 3`);
    },
  },
  {
    name: 'delete a row',
    expect: 'root-mismatch',
    tamper: async (d) => {
      await unlock(d);
      await exec(d, 'DELETE FROM audit_events WHERE id = 2');
    },
  },
  {
    name: "reorder (swap two rows' content)",
    expect: 'root-mismatch',
    tamper: async (d) => {
      await unlock(d);
      await exec(
        d,
        'UPDATE audit_events SET id = CASE id WHEN 2 THEN 4 ELSE 2 END WHERE id IN (2, 4)',
      );
    },
  },
  {
    name: 'truncate the tail',
    expect: 'truncated',
    tamper: async (d) => {
      await unlock(d);
      await exec(d, 'DELETE FROM audit_events WHERE id > 6');
    },
  },
  {
    name: 'truncate the table (no row trigger fires)',
    expect: 'truncated',
    tamper: (d) => exec(d, 'TRUNCATE audit_events'),
  },
  {
    name: 'forge a tree head with another key',
    expect: 'bad-signature',
    tamper: async (d) => {
      const forger = signingKeyOf(generateKeyPairSync('ed25519').privateKey);
      const log = createAuditLogService({ database: d, clock, key: loadNodeSigningKey(dataDir) });
      const real = await log.latestTreeHead(auditor);
      const forged = await signTreeHead({ ...real!, rootHash: '00'.repeat(32) }, forger);
      await exec(
        d,
        `INSERT INTO audit_tree_heads (log_id, tree_size, root_hash, timestamp, key_id, signature, created_at)
         VALUES ('${forged.logId}', 8, '${forged.rootHash}', '${forged.timestamp}', '${real!.keyId}', '${forged.signature}', now())`,
      );
    },
  },
  {
    name: "edit a signed head's root",
    expect: 'bad-signature',
    tamper: async (d) => {
      await exec(d, 'ALTER TABLE audit_tree_heads DISABLE TRIGGER audit_tree_heads_append_only');
      await exec(d, `UPDATE audit_tree_heads SET root_hash = repeat('ab', 32) WHERE tree_size = 5`);
    },
  },
];

for (const { engine, enabled } of enginesUnderTest()) {
  describe.skipIf(!enabled)(`audit log tampering [${engine}]`, () => {
    async function withSeededStore<T>(body: (d: Database) => Promise<T>): Promise<T> {
      const handle = await openTestDatabase(engine);
      try {
        await seed(handle.database);
        return await body(handle.database);
      } finally {
        await handle.release();
      }
    }

    it('an untouched store verifies: both heads check, all 8 entries proven', async () => {
      const result = await withSeededStore(verifyStore);
      expect(result.ok).toBe(true);
      expect(result.report).toMatchObject({ entries: 8, treeHeadsChecked: 2, verifiedSize: 8 });
      expect(result.report.findings).toEqual([]);
    });

    // Ids are taken at insert but become visible at commit, so a head must wait for writers that
    // already hold an id: here event A takes its id, B (a larger id) commits first, then a head.
    it.skipIf(engine !== 'postgres')(
      'a head waits for an earlier id that commits later',
      async () => {
        const handle = await openTestDatabase(engine);
        try {
          const d = handle.database;
          await setUpNode(d);
          const log = createAuditLogService({
            database: d,
            clock,
            key: loadNodeSigningKey(dataDir),
          });
          let inserted!: () => void;
          const insertedA = new Promise<void>((resolve) => (inserted = resolve));
          const a = d.transaction(async (tx) => {
            await appendAuditEvent(tx, { ...EVENT, resourceId: 'a' });
            inserted();
            await new Promise((resolve) => setTimeout(resolve, 300));
          });
          await insertedA;
          await appendAuditEvent(d.db, { ...EVENT, resourceId: 'b' });
          const head = log.issueTreeHead(auditor);
          await Promise.all([a, head]);
          expect((await head).treeSize).toBe(2);
          expect((await verifyStore(d)).report.findings).toEqual([]);
        } finally {
          await handle.release();
        }
      },
    );

    it("heads issued while events are being written all verify, and exports need audit.read at the node's agency", async () => {
      const handle = await openTestDatabase(engine);
      try {
        const d = handle.database;
        await setUpNode(d);
        const log = createAuditLogService({ database: d, clock, key: loadNodeSigningKey(dataDir) });
        const writes = Array.from({ length: 40 }, (_, i) => appendEvents(d, 100 + i * 2, 2));
        const heads = Array.from({ length: 4 }, () => log.issueTreeHead(auditor));
        await Promise.all([...writes, ...heads]);
        await log.issueTreeHead(auditor);
        const result = await verifyStore(d);
        expect(result.report.findings).toEqual([]);
        expect(result.report).toMatchObject({ entries: 80, treeHeadsChecked: 5, verifiedSize: 80 });
        const officer = createActor({
          kind: 'user',
          id: 'o',
          agencyId: 'ag-a',
          roles: ['analyst'],
        });
        await expect(log.exportLog(officer, () => undefined)).rejects.toMatchObject({
          code: 'not_found',
        });
        await expect(log.issueTreeHead(officer)).rejects.toMatchObject({ code: 'not_found' });
        const guest = { ...auditor, agencyId: 'ag-b' };
        await expect(log.exportLog(guest, () => undefined)).rejects.toMatchObject({
          code: 'not_found',
        });
      } finally {
        await handle.release();
      }
    });

    for (const t of TAMPERS)
      it(`detects: ${t.name}`, async () => {
        const result = await withSeededStore(async (d) => {
          await t.tamper(d);
          return verifyStore(d);
        });
        expect(result.ok).toBe(false);
        expect(kinds(result)).toContain(t.expect);
      });
  });
}
