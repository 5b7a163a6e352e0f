/**
 * Signed tree heads: a node's Ed25519 signature over (log id, tree size, root hash, timestamp),
 * in canonical JSON. Anyone with the node's public key can check one; signing takes an injected
 * signer so the private key never enters this pure module.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64url } from 'jose';
import { canonicalJson } from '../core/canonical-json.ts';
import { fromHex, toHex, type Hash } from './merkle-hash.ts';

export interface TreeHead {
  readonly logId: string;
  readonly treeSize: number;
  /** Hex SHA-256 Merkle tree hash of the first `treeSize` entries. */
  readonly rootHash: string;
  /** ISO 8601 time the head was issued. */
  readonly timestamp: string;
}

export interface SignedTreeHead extends TreeHead {
  readonly keyId: string;
  /** Base64url Ed25519 signature over `treeHeadPayload(head)`. */
  readonly signature: string;
}

export interface Signer {
  readonly keyId: string;
  sign(message: Uint8Array): Uint8Array | Promise<Uint8Array>;
}

export function treeHeadPayload(head: TreeHead): Uint8Array {
  const { logId, treeSize, rootHash, timestamp } = head;
  return new TextEncoder().encode(
    canonicalJson({ logId, rootHash, timestamp, treeSize, type: 'portcullis-audit-tree-head/v1' }),
  );
}

export async function signTreeHead(head: TreeHead, signer: Signer): Promise<SignedTreeHead> {
  const signature = await signer.sign(treeHeadPayload(head));
  return { ...head, keyId: signer.keyId, signature: base64url.encode(signature) };
}

export function verifyTreeHeadSignature(head: SignedTreeHead, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(base64url.decode(head.signature), treeHeadPayload(head), publicKey);
  } catch {
    return false;
  }
}

export function makeTreeHead(
  logId: string,
  treeSize: number,
  root: Hash,
  timestamp: string,
): TreeHead {
  return { logId, treeSize, rootHash: toHex(root), timestamp };
}

export function rootHashOf(head: TreeHead): Hash {
  return fromHex(head.rootHash);
}
