import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { auditLeafHash, type AuditEntry } from './audit-entry.ts';
import { verifyLog, type LogExport } from './log-verifier.ts';
import { rootOf } from './merkle-tree.ts';
import { makeTreeHead, signTreeHead, type Signer } from './tree-head.ts';

const secretKey = ed25519.utils.randomSecretKey();
const publicKey = ed25519.getPublicKey(secretKey);
const signer: Signer = { keyId: 'node-key-1', sign: (m) => ed25519.sign(m, secretKey) };

function entry(seq: number): AuditEntry {
  return {
    seq,
    at: `2026-01-01T00:00:${String(seq % 60).padStart(2, '0')}Z`,
    actor: `user:${seq % 3}`,
    action: 'consignment.read',
    resourceType: 'consignment',
    resourceId: `BL${seq}`,
    outcome: 'allowed',
  };
}

async function makeLog(n: number, headsAt: number[]): Promise<LogExport> {
  const entries = Array.from({ length: n }, (_, i) => entry(i));
  const leaves = entries.map((e) => auditLeafHash(e));
  const treeHeads = await Promise.all(
    headsAt.map((size) =>
      signTreeHead(
        makeTreeHead('antwerp', size, rootOf(leaves, 0, size), '2026-01-02T00:00:00Z'),
        signer,
      ),
    ),
  );
  return { entries, treeHeads };
}

const kinds = (log: LogExport): string[] => verifyLog(log, publicKey).findings.map((f) => f.kind);

describe('audit log verifier', () => {
  it('accepts an untouched log', async () => {
    const report = verifyLog(await makeLog(25, [10, 25]), publicKey);
    expect(report).toMatchObject({ ok: true, entries: 25, verifiedSize: 25, findings: [] });
  });

  it('detects an edited entry', async () => {
    const log = await makeLog(25, [10, 25]);
    const entries = log.entries.map((e) =>
      e.seq === 5 ? { ...e, actor: 'user:someone-else' } : e,
    );
    expect(kinds({ ...log, entries })).toEqual(['root-mismatch', 'root-mismatch']);
  });

  it('detects a deleted entry, even with the sequence numbers rewritten', async () => {
    const log = await makeLog(25, [25]);
    const gap = log.entries.filter((e) => e.seq !== 7);
    expect(kinds({ ...log, entries: gap })).toContain('sequence-gap');
    const renumbered = gap.map((e, i) => ({ ...e, seq: i }));
    expect(kinds({ ...log, entries: renumbered })).toContain('truncated');
  });

  it('detects reordered entries', async () => {
    const log = await makeLog(25, [25]);
    const entries = [...log.entries];
    [entries[3], entries[4]] = [entries[4] as AuditEntry, entries[3] as AuditEntry];
    expect(kinds({ ...log, entries })).toEqual(
      expect.arrayContaining(['sequence-order', 'root-mismatch']),
    );
  });

  it('detects truncation', async () => {
    const log = await makeLog(25, [25]);
    expect(kinds({ ...log, entries: log.entries.slice(0, 20) })).toEqual(['truncated']);
  });

  it('detects a forged or altered tree head', async () => {
    const log = await makeLog(25, [25]);
    const head = log.treeHeads[0]!;
    const forger = ed25519.utils.randomSecretKey();
    const forged = await signTreeHead(
      { ...head, treeSize: 24 },
      { keyId: head.keyId, sign: (m) => ed25519.sign(m, forger) },
    );
    expect(kinds({ ...log, treeHeads: [forged] })).toContain('bad-signature');
    expect(kinds({ ...log, treeHeads: [{ ...head, rootHash: '00'.repeat(32) }] })).toContain(
      'bad-signature',
    );
  });

  it('warns about entries newer than the last signed head', async () => {
    const report = verifyLog(await makeLog(25, [20]), publicKey);
    expect(report.ok).toBe(true);
    expect(report.findings.map((f) => f.kind)).toEqual(['uncovered']);
  });
});
