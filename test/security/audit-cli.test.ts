// `portcullis audit public-key|verify` as an auditor runs them: an export made from a real store
// verifies with the public key alone (exit 0); a tampered copy does not (exit 1, with the finding).
// The same for a `v1` export (leaves hashed with their `seq`, signed by the node's key).
// The export is made in-process (the CLI's `audit export` calls the same service) to keep the
// run short: a fresh embedded node takes tens of seconds to create.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../src/audit/audit-entry.ts';
import { MerkleAccumulator } from '../../src/audit/merkle-accumulator.ts';
import { makeTreeHead, signTreeHead } from '../../src/audit/tree-head.ts';
import { canonicalJson } from '../../src/core/canonical-json.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { createAuditLogService } from '../../src/services/audit-log/audit-log.service.ts';
import { loadNodeSigningKey } from '../../src/services/audit-log/node-signing-key.ts';
import { systemClock } from '../../src/services/clock.ts';
import { initNode } from '../../src/services/exchange/node-identity.ts';
import { openTestDatabase } from '../support/db.ts';

const bin = path.resolve(import.meta.dirname, '../../bin/portcullis');
const dir = mkdtempSync(path.join(tmpdir(), 'portcullis-audit-cli-'));
const dataDir = path.join(dir, 'node');
const auditor = createActor({ kind: 'user', id: 'a', agencyId: 'ag', roles: ['auditor'] });
let exportText = '';

function portcullis(...args: string[]) {
  const env = { ...process.env, DATABASE_URL: '', PORTCULLIS_DATA_DIR: dataDir };
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  const { database, release } = await openTestDatabase('pglite');
  try {
    await initNode(database.db, 'ag', systemClock.now()); // the node acts for the auditor's agency
    const key = loadNodeSigningKey(dataDir);
    const log = createAuditLogService({ database, clock: systemClock, key });
    const lines: string[] = [];
    await log.exportLog(auditor, () => undefined); // audited: the log now has one entry
    await log.issueTreeHead(auditor);
    await log.exportLog(auditor, (line) => void lines.push(line));
    exportText = lines.join('\n') + '\n';
  } finally {
    await release();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('portcullis audit public-key | verify', () => {
  it('verifies an untouched export (exit 0) and rejects a tampered one (exit 1)', () => {
    const key = portcullis('audit', 'public-key');
    expect(key.out.trim()).toBe(loadNodeSigningKey(dataDir).publicKeyHex);
    const keyFile = path.join(dir, 'node.pub');
    writeFileSync(keyFile, key.out);
    const good = path.join(dir, 'good.jsonl');
    writeFileSync(good, exportText);
    const ok = portcullis('audit', 'verify', good, '--public-key', keyFile);
    expect(ok.status, ok.out + ok.err).toBe(0);
    expect(ok.out).toMatch(/^VERIFIED: 1 entries, 1 tree heads/);

    const tampered = path.join(dir, 'tampered.jsonl');
    writeFileSync(tampered, exportText.replace('"audit.read"', '"audit.verify"'));
    const bad = portcullis('audit', 'verify', tampered, '--public-key', key.out.trim(), '--json');
    expect(bad.status).toBe(1);
    const report = JSON.parse(bad.out) as { ok: boolean; report: { findings: { kind: string }[] } };
    expect(report.ok).toBe(false);
    expect(report.report.findings.map((f) => f.kind)).toContain('root-mismatch');
  });

  it('verifies a v1 export, whose leaves hash the entry with its seq, and rejects it tampered', async () => {
    const entries = exportText
      .split('\n')
      .filter((l) => l.startsWith('{"entry"'))
      .map((l) => (JSON.parse(l) as { entry: AuditEntry }).entry);
    const acc = new MerkleAccumulator();
    for (const e of entries)
      acc.append(
        new Uint8Array(
          createHash('sha256')
            .update(Buffer.from([0]))
            .update(canonicalJson(e))
            .digest(),
        ),
      );
    const key = loadNodeSigningKey(dataDir);
    const head = await signTreeHead(
      makeTreeHead('log', entries.length, acc.root(), new Date().toISOString()),
      key,
    );
    const header = { format: 'portcullis-audit-export/v1', logId: 'log', keyId: key.keyId };
    const lines = [header, ...entries.map((entry) => ({ entry })), { treeHead: head }];
    const v1 = path.join(dir, 'v1.jsonl');
    writeFileSync(v1, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const ok = portcullis('audit', 'verify', v1, '--public-key', key.publicKeyHex);
    expect(ok.status, ok.out + ok.err).toBe(0);
    expect(ok.out).toMatch(/format portcullis-audit-export\/v1, leaves hashed the v1 way/);
    writeFileSync(
      v1,
      lines
        .map((l) => JSON.stringify(l))
        .join('\n')
        .replace('"seq":0', '"seq":1'),
    );
    expect(portcullis('audit', 'verify', v1, '--public-key', key.publicKeyHex).status).toBe(1);
  });
});
