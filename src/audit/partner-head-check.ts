/**
 * Checks a partner node's signed tree head against the last one this node holds for it: the head
 * must be well formed, name the log of the partner's registered audit key, carry a valid signature
 * under that key, never shrink, and extend the held tree (same root at the same size, or a
 * consistency proof from the held size to the new one, RFC 9162 §2.1.4). A head kept here, outside
 * the partner, is what exposes a partner that deleted its newest events together with their heads.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { fromHex } from './merkle-hash.ts';
import { verifyTreeHeadSignature, type SignedTreeHead } from './tree-head.ts';
import { verifyConsistency } from './verify-proof.ts';

import type { HeadFailure } from './partner-head-outcomes.ts';

export { HEAD_FAILURES, type HeadFailure } from './partner-head-outcomes.ts';

export type HeadCheck =
  | { readonly kind: 'first' }
  | { readonly kind: 'unchanged' }
  /** Larger than the held head: accept once a consistency proof from `first` to `second` verifies. */
  | { readonly kind: 'needs-proof'; readonly first: number; readonly second: number }
  | { readonly kind: 'failure'; readonly failure: HeadFailure; readonly message: string };

const HEX64 = /^[0-9a-f]{64}$/;

/** The log id a node's audit key signs under: `portcullis-audit:` and the key id. */
export function auditLogIdOf(publicKey: Uint8Array): string {
  return `portcullis-audit:${auditKeyIdOf(publicKey)}`;
}

/** The first 16 hex digits of the key's SHA-256, as the signing node names it. */
export function auditKeyIdOf(publicKey: Uint8Array): string {
  return bytesToHex(sha256(publicKey)).slice(0, 16);
}

/** A signed tree head read from a partner's answer, or undefined when it is not one. */
export function parseSignedTreeHead(value: unknown): SignedTreeHead | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const text = (k: string) => (typeof v[k] === 'string' ? v[k] : undefined);
  const [logId, rootHash, timestamp, keyId, signature] = [
    'logId',
    'rootHash',
    'timestamp',
    'keyId',
    'signature',
  ].map(text);
  const treeSize = v['treeSize'];
  if (!logId || !rootHash || !timestamp || !keyId || !signature) return undefined;
  if (typeof treeSize !== 'number' || !Number.isSafeInteger(treeSize) || treeSize < 0)
    return undefined;
  if (!HEX64.test(rootHash)) return undefined;
  return { logId, treeSize, rootHash, timestamp, keyId, signature };
}

const failure = (f: HeadFailure, message: string) => ({
  kind: 'failure' as const,
  failure: f,
  message,
});

/** Decides what a fresh head needs before it can replace the held one (no proof checked here). */
export function checkPartnerHead(
  fresh: unknown,
  held: SignedTreeHead | undefined,
  publicKey: Uint8Array,
): HeadCheck {
  const head = parseSignedTreeHead(fresh);
  if (!head) return failure('malformed', 'The answer is not a signed tree head.');
  const logId = auditLogIdOf(publicKey);
  if (head.logId !== logId || head.keyId !== auditKeyIdOf(publicKey))
    return failure(
      'wrong-log',
      `The head is of log "${head.logId}", not "${logId}" of the registered audit key.`,
    );
  if (!verifyTreeHeadSignature(head, publicKey))
    return failure('bad-signature', 'The head signature does not verify with the audit key.');
  if (!held) return { kind: 'first' };
  if (head.treeSize < held.treeSize)
    return failure(
      'smaller-tree',
      `The head covers ${head.treeSize} entries, fewer than the ${held.treeSize} of the head held since ${held.timestamp}: the log was cut back.`,
    );
  if (head.treeSize === held.treeSize)
    return head.rootHash === held.rootHash
      ? { kind: 'unchanged' }
      : failure(
          'inconsistent',
          `The head has another root for the same ${head.treeSize} entries as the head held: the log was rewritten.`,
        );
  return { kind: 'needs-proof', first: held.treeSize, second: head.treeSize };
}

/** Whether `proof` shows the fresh head's tree extends the held one. */
export function checkHeadConsistency(
  held: SignedTreeHead,
  fresh: SignedTreeHead,
  proof: unknown,
): Extract<HeadCheck, { kind: 'failure' }> | undefined {
  const hashes = Array.isArray(proof) && proof.every((p) => typeof p === 'string' && HEX64.test(p));
  if (!hashes) return failure('malformed', 'The consistency proof is not a list of hex hashes.');
  const path = (proof as string[]).map(fromHex);
  const ok = verifyConsistency(
    held.treeSize,
    fresh.treeSize,
    fromHex(held.rootHash),
    fromHex(fresh.rootHash),
    path,
  );
  return ok
    ? undefined
    : failure(
        'inconsistent',
        `The consistency proof from ${held.treeSize} to ${fresh.treeSize} entries does not verify: the first ${held.treeSize} entries were changed.`,
      );
}
