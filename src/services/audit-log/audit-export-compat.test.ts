// Exports of both formats verify with the public key alone: `v2` (written now: leaves hash the
// entry without `seq`) and `v1` (leaves hash the whole entry, `seq` included — built here with that
// old encoding written out by hand, not with the product's function). Tampering fails in each, a
// `v2` export is never accepted with `v1` leaves, and an unknown format is named in a diagnostic.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../core/canonical-json.ts';
import type { AuditEntry } from '../../audit/audit-entry.ts';
import { MerkleAccumulator } from '../../audit/merkle-accumulator.ts';
import type { Hash } from '../../audit/merkle-hash.ts';
import { makeTreeHead, signTreeHead } from '../../audit/tree-head.ts';
import { EXPORT_FORMAT, entryLine, headerLine, treeHeadLine } from './audit-export-format.ts';
import { signingKeyOf } from './node-signing-key.ts';
import { verifyAuditExport } from './verify-audit-export.ts';

const key = signingKeyOf(generateKeyPairSync('ed25519').privateKey);
const entries: AuditEntry[] = [0, 1, 2, 3].map((seq) => ({
  seq,
  at: `2026-01-01T00:00:0${seq}.000Z`,
  actor: 'user:ana%40port.example@be-customs',
  action: seq % 2 === 0 ? 'consignment.read' : 'intel.release',
  resourceType: 'consignment',
  resourceId: `MEDU${seq}`,
  agencyId: 'be-customs',
  outcome: 'allowed',
  details: { n: seq },
}));

/** RFC 9162 leaf hash over the given bytes: SHA-256(0x00 ‖ data). */
const leaf = (data: string): Hash =>
  new Uint8Array(
    createHash('sha256')
      .update(Buffer.from([0]))
      .update(data, 'utf8')
      .digest(),
  );
const oldLeaf = (e: AuditEntry) => leaf(canonicalJson(e));
const newLeaf = ({ seq: _seq, ...rest }: AuditEntry) => leaf(canonicalJson(rest));

async function exportOf(format: string, leafOf: (e: AuditEntry) => Hash, heads = [2, 4]) {
  const lines = [
    headerLine({
      format: format as typeof EXPORT_FORMAT,
      logId: 'log',
      keyId: key.keyId,
      publicKey: key.publicKeyHex,
      exportedAt: '2026-01-01T01:00:00.000Z',
    }),
    ...entries.map(entryLine),
  ];
  for (const size of heads) {
    const acc = new MerkleAccumulator();
    entries.slice(0, size).forEach((e) => acc.append(leafOf(e)));
    const head = makeTreeHead('log', size, acc.root(), `2026-01-01T00:10:0${size}.000Z`);
    lines.push(treeHeadLine(await signTreeHead(head, key)));
  }
  return lines.join('\n') + '\n';
}

const tamper = (text: string) => text.replace('"MEDU1"', '"MEDU9"');
const kinds = (r: ReturnType<typeof verifyAuditExport>) => r.report.findings.map((f) => f.kind);

describe('audit export formats', () => {
  it('writes v2', () => {
    expect(EXPORT_FORMAT).toBe('portcullis-audit-export/v2');
  });

  it('verifies a v2 export and detects an edited entry in it', async () => {
    const text = await exportOf('portcullis-audit-export/v2', newLeaf);
    const good = verifyAuditExport(text, key.publicKey);
    expect([good.ok, good.leafEncoding, good.report.verifiedSize]).toEqual([true, 'v2', 4]);
    const bad = verifyAuditExport(tamper(text), key.publicKey);
    expect(bad.ok).toBe(false);
    expect(kinds(bad)).toEqual(['root-mismatch', 'root-mismatch']);
  });

  it('verifies a v1 export (leaves with seq) and detects an edited entry in it', async () => {
    const text = await exportOf('portcullis-audit-export/v1', oldLeaf);
    const good = verifyAuditExport(text, key.publicKey);
    expect([good.ok, good.leafEncoding, good.report.verifiedSize]).toEqual([true, 'v1', 4]);
    const bad = verifyAuditExport(tamper(text), key.publicKey);
    expect(bad.ok).toBe(false);
    expect(kinds(bad)).toEqual(['root-mismatch', 'root-mismatch']);
    // Renumbering is tampering too: in v1 the sequence number is part of the leaf.
    const renumbered = text.replace('{"entry":{"seq":3', '{"entry":{"seq":4');
    expect(verifyAuditExport(renumbered, key.publicKey).ok).toBe(false);
  });

  it('verifies a v1-named export whose leaves were hashed the v2 way, and its tampering fails', async () => {
    const text = await exportOf('portcullis-audit-export/v1', newLeaf);
    const good = verifyAuditExport(text, key.publicKey);
    expect([good.ok, good.leafEncoding]).toEqual([true, 'v2']);
    expect(verifyAuditExport(tamper(text), key.publicKey).ok).toBe(false);
  });

  it('never accepts v1 leaves in a v2 export, nor a head signed by another key', async () => {
    expect(verifyAuditExport(await exportOf(EXPORT_FORMAT, oldLeaf), key.publicKey).ok).toBe(false);
    const other = signingKeyOf(generateKeyPairSync('ed25519').privateKey).publicKey;
    const v1 = await exportOf('portcullis-audit-export/v1', oldLeaf);
    const foreign = verifyAuditExport(v1, other);
    expect([foreign.ok, kinds(foreign)]).toEqual([false, ['bad-signature', 'bad-signature']]);
  });

  it('names an unknown format in a diagnostic with its line, and fails', async () => {
    const text = await exportOf('portcullis-audit-export/v9', newLeaf);
    const result = verifyAuditExport(text, key.publicKey, 'x.jsonl');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.message).toMatch(/"portcullis-audit-export\/v9" is not one/);
    expect(result.diagnostics[0]?.at).toEqual({ source: 'x.jsonl', line: 1 });
  });
});
