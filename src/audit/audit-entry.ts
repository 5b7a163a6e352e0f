/**
 * An audit log entry as it is hashed into the Merkle tree. Two leaf encodings, named after the
 * export formats that use them: `v2` (written now) hashes the canonical JSON of the entry without
 * its `seq` — the position is the leaf's place in the tree, not part of its data, which lets the
 * node hash an event in the transaction that writes it, before its place is known; `v1` (exports
 * and heads made before that change) hashes the canonical JSON of the whole entry, `seq` included.
 * A verifier recomputes either from an export without any Portcullis code but this.
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

export const LEAF_ENCODINGS = ['v1', 'v2'] as const;
export type LeafEncoding = (typeof LEAF_ENCODINGS)[number];

export function auditLeafData(entry: AuditEntry, encoding: LeafEncoding = 'v2'): Uint8Array {
  switch (encoding) {
    case 'v1':
      return new TextEncoder().encode(canonicalJson(entry));
    case 'v2': {
      const { seq: _position, ...content } = entry;
      return new TextEncoder().encode(canonicalJson(content));
    }
  }
}

export function auditLeafHash(entry: AuditEntry, encoding: LeafEncoding = 'v2'): Hash {
  return leafHash(auditLeafData(entry, encoding));
}
