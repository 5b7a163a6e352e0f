import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditLeafHash, type AuditEntry } from '../../audit/audit-entry.ts';
import { MerkleAccumulator } from '../../audit/merkle-accumulator.ts';
import { makeTreeHead, signTreeHead } from '../../audit/tree-head.ts';
import {
  entryLine,
  EXPORT_FORMAT,
  headerLine,
  parseAuditExport,
  treeHeadLine,
} from './audit-export-format.ts';
import { signingKeyOf } from './node-signing-key.ts';
import { parsePublicKey } from './public-key-input.ts';
import { verifyAuditExport } from './verify-audit-export.ts';

const key = signingKeyOf(generateKeyPairSync('ed25519').privateKey);
const entries: AuditEntry[] = [0, 1, 2].map((seq) => ({
  seq,
  at: `2026-01-01T00:00:0${seq}.000Z`,
  actor: 'user:u1@ag-a',
  action: 'consignment.read',
  resourceType: 'consignment',
  outcome: 'allowed',
  details: { seq },
}));

async function exportText(): Promise<string> {
  const acc = new MerkleAccumulator();
  entries.forEach((e) => acc.append(auditLeafHash(e)));
  const head = await signTreeHead(
    makeTreeHead('log', 3, acc.root(), '2026-01-01T01:00:00.000Z'),
    key,
  );
  const header = {
    format: EXPORT_FORMAT,
    logId: 'log',
    keyId: key.keyId,
    publicKey: key.publicKeyHex,
    exportedAt: head.timestamp,
  } as const;
  return [headerLine(header), ...entries.map(entryLine), treeHeadLine(head)].join('\n') + '\n';
}

describe('audit export format', () => {
  it('round-trips header, entries and heads', async () => {
    const parsed = parseAuditExport(await exportText());
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.header?.keyId).toBe(key.keyId);
    expect(parsed.entries).toEqual(entries);
    expect(parsed.treeHeads.map((h) => h.treeSize)).toEqual([3]);
  });

  it('verifies with the right key, not with another', async () => {
    const text = await exportText();
    expect(verifyAuditExport(text, key.publicKey).ok).toBe(true);
    const other = signingKeyOf(generateKeyPairSync('ed25519').privateKey);
    expect(verifyAuditExport(text, other.publicKey).ok).toBe(false);
  });

  it('an unreadable line fails verification and is reported with its line number', async () => {
    const lines = (await exportText()).split('\n');
    lines[2] = '{"entry": {"seq": 1, broken';
    const result = verifyAuditExport(lines.join('\n'), key.publicKey, 'x.jsonl');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.at).toEqual({ source: 'x.jsonl', line: 3 });
  });
});

describe('public key input', () => {
  it('accepts 64 hex digits and an Ed25519 PEM public key, rejects anything else', () => {
    const hex = parsePublicKey(`${key.publicKeyHex}\n`);
    expect(hex.ok && Buffer.from(hex.value).toString('hex')).toBe(key.publicKeyHex);
    const { publicKey } = generateKeyPairSync('ed25519');
    const pem = parsePublicKey(publicKey.export({ format: 'pem', type: 'spki' }).toString());
    expect(pem.ok).toBe(true);
    expect(parsePublicKey('abc').ok).toBe(false);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    expect(parsePublicKey(rsa.export({ format: 'pem', type: 'spki' }).toString()).ok).toBe(false);
  });
});
