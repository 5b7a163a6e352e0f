/**
 * An audit log entry as it is hashed into the Merkle tree: the leaf data is the canonical JSON of
 * the entry without its `seq`, so a verifier recomputes it from an export without any Portcullis
 * code but this. The position is the leaf's place in the tree, not part of its data: that is what
 * lets the node hash an event in the transaction that writes it, before its place is known.
 */
import { canonicalJson } from '../core/canonical-json.ts';
import { leafHash, type Hash } from './merkle-hash.ts';

export interface AuditEntry {
  /** 0-based position in the log; contiguous. */
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId?: string;
  readonly agencyId?: string;
  readonly outcome: 'allowed' | 'denied' | 'error';
  readonly details?: unknown;
  readonly requestId?: string;
}

export function auditLeafData(entry: AuditEntry): Uint8Array {
  const { seq: _position, ...content } = entry;
  return new TextEncoder().encode(canonicalJson(content));
}

export function auditLeafHash(entry: AuditEntry): Hash {
  return leafHash(auditLeafData(entry));
}
