/**
 * The node's Ed25519 signing key for audit tree heads. Created on first use and kept as a PKCS #8
 * PEM file, readable by the node's user only, in `<dataDir>/keys/` — on both engines, so an
 * auditor with the database alone cannot sign. Only the public key ever leaves this module.
 */
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  sign,
  type KeyObject,
} from 'node:crypto';
import { createPrivateKey } from 'node:crypto';
import type { Signer } from '../../audit/tree-head.ts';
import { nodeKeyPath, readOrCreateKeyFile } from '../keys/node-key-file.ts';

export const SIGNING_KEY_FILE = 'audit-ed25519.pem';

export interface NodeSigningKey extends Signer {
  /** Raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
  readonly publicKeyHex: string;
}

export function signingKeyPath(dataDir: string): string {
  return nodeKeyPath(dataDir, SIGNING_KEY_FILE);
}

/** Loads the node's key, creating it (once, even with racing processes) when there is none. */
export function loadNodeSigningKey(dataDir: string): NodeSigningKey {
  const file = signingKeyPath(dataDir);
  const pem = readOrCreateKeyFile(file, () =>
    generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  );
  return signingKeyOf(createPrivateKey(pem));
}

export function signingKeyOf(privateKey: KeyObject): NodeSigningKey {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || jwk.x === undefined)
    throw new Error('the audit signing key is not an Ed25519 key');
  const publicKey = new Uint8Array(Buffer.from(jwk.x, 'base64url'));
  return {
    keyId: keyIdOf(publicKey),
    publicKey,
    publicKeyHex: Buffer.from(publicKey).toString('hex'),
    sign: (message) => new Uint8Array(sign(null, message, privateKey)),
  };
}

/** Short, stable name of a public key: the first 16 hex digits of its SHA-256. */
export function keyIdOf(publicKey: Uint8Array): string {
  return createHash('sha256').update(publicKey).digest('hex').slice(0, 16);
}
