/**
 * Test fixture: a partner's audit log as leaves, and heads over its prefixes signed under the
 * partner's log name (by its own key, or by another to forge one).
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { leafHash, type Hash } from '../merkle-hash.ts';
import { rootOf } from '../merkle-tree.ts';
import { auditKeyIdOf, auditLogIdOf } from '../partner-head-check.ts';
import { makeTreeHead, signTreeHead, type SignedTreeHead } from '../tree-head.ts';

/** `n` distinct leaves; another `tag` gives another history. */
export const leaves = (n: number, tag = 'e'): Hash[] =>
  Array.from({ length: n }, (_, i) => leafHash(new TextEncoder().encode(`${tag}${i}`)));

export interface PartnerLog {
  readonly secret: Uint8Array;
  readonly publicKey: Uint8Array;
  /** A head over `tree`'s first `size` leaves under the partner's log name, signed with `key`. */
  readonly head: (tree: readonly Hash[], size: number, key?: Uint8Array) => Promise<SignedTreeHead>;
}

/** A partner with a fresh Ed25519 key. */
export function partnerLog(): PartnerLog {
  const secret = ed25519.utils.randomSecretKey();
  const publicKey = ed25519.getPublicKey(secret);
  return {
    secret,
    publicKey,
    head: (tree, size, key = secret) =>
      signTreeHead(
        makeTreeHead(
          auditLogIdOf(publicKey),
          size,
          rootOf(tree, 0, size),
          '2026-11-23T10:00:00.000Z',
        ),
        { keyId: auditKeyIdOf(publicKey), sign: (m) => ed25519.sign(m, key) },
      ),
  };
}
