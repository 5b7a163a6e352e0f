/**
 * Verifies an exported audit log on its own, with nothing but the node's public key: every
 * signed tree head must carry a valid signature, cover entries that are present, contiguous and in
 * order, and match the Merkle root recomputed from them. Detects edited, deleted, reordered and
 * truncated entries and forged tree heads.
 */
import { auditLeafHash, type AuditEntry, type LeafEncoding } from './audit-entry.ts';
import { MerkleAccumulator } from './merkle-accumulator.ts';
import { toHex } from './merkle-hash.ts';
import { verifyTreeHeadSignature, type SignedTreeHead } from './tree-head.ts';

export const FINDING_KINDS = [
  'sequence-gap',
  'sequence-order',
  'bad-signature',
  'truncated',
  'root-mismatch',
  'uncovered',
  'no-tree-head',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface LogExport {
  readonly entries: readonly AuditEntry[];
  readonly treeHeads: readonly SignedTreeHead[];
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly entries: number;
  readonly treeHeadsChecked: number;
  /** The largest tree size proven by a valid signed head. */
  readonly verifiedSize: number;
  readonly findings: readonly Finding[];
}

function sequenceFindings(entries: readonly AuditEntry[]): Finding[] {
  const findings: Finding[] = [];
  entries.forEach((e, i) => {
    if (e.seq === i) return;
    const kind =
      e.seq > i && entries.every((x, j) => j >= i || x.seq !== e.seq)
        ? 'sequence-gap'
        : 'sequence-order';
    if (findings.length < 20)
      findings.push({
        kind,
        severity: 'error',
        message: `Entry at position ${i} has sequence number ${e.seq}; expected ${i} (${kind === 'sequence-gap' ? 'entries missing' : 'entries reordered or duplicated'}).`,
      });
  });
  return findings;
}

function headFindings(
  entries: readonly AuditEntry[],
  heads: readonly SignedTreeHead[],
  publicKey: Uint8Array,
  encoding: LeafEncoding,
): { findings: Finding[]; verifiedSize: number } {
  const findings: Finding[] = [];
  const sorted = [...heads].sort((a, b) => a.treeSize - b.treeSize);
  const acc = new MerkleAccumulator();
  let verifiedSize = 0;
  for (const head of sorted) {
    if (!verifyTreeHeadSignature(head, publicKey)) {
      findings.push({
        kind: 'bad-signature',
        severity: 'error',
        message: `Tree head of size ${head.treeSize} at ${head.timestamp} has no valid signature by the node's key (forged or altered).`,
      });
      continue;
    }
    if (head.treeSize > entries.length) {
      findings.push({
        kind: 'truncated',
        severity: 'error',
        message: `Signed tree head covers ${head.treeSize} entries but the log has only ${entries.length}: entries were removed from the end.`,
      });
      continue;
    }
    while (acc.size < head.treeSize)
      acc.append(auditLeafHash(entries[acc.size] as AuditEntry, encoding));
    const root = toHex(acc.root());
    if (root !== head.rootHash) {
      findings.push({
        kind: 'root-mismatch',
        severity: 'error',
        message: `Entries 0–${head.treeSize - 1} do not match the signed tree head of ${head.timestamp}: an entry was edited, inserted, deleted or reordered.`,
      });
      continue;
    }
    verifiedSize = Math.max(verifiedSize, head.treeSize);
  }
  return { findings, verifiedSize };
}

/** Verifies with the leaf encoding of the export's format (`v2`, the current one, by default). */
export function verifyLog(
  log: LogExport,
  publicKey: Uint8Array,
  encoding: LeafEncoding = 'v2',
): VerifyReport {
  const findings: Finding[] = [...sequenceFindings(log.entries)];
  if (log.treeHeads.length === 0) {
    findings.push({
      kind: 'no-tree-head',
      severity: 'error',
      message: 'The export has no signed tree head, so nothing in it can be verified.',
    });
  }
  const heads = headFindings(log.entries, log.treeHeads, publicKey, encoding);
  findings.push(...heads.findings);
  const uncovered = log.entries.length - heads.verifiedSize;
  if (uncovered > 0 && heads.findings.length === 0 && log.treeHeads.length > 0) {
    findings.push({
      kind: 'uncovered',
      severity: 'warning',
      message: `${uncovered} entries after the latest signed tree head are not yet covered by a signature.`,
    });
  }
  return {
    ok: findings.every((f) => f.severity !== 'error'),
    entries: log.entries.length,
    treeHeadsChecked: log.treeHeads.length,
    verifiedSize: heads.verifiedSize,
    findings,
  };
}
