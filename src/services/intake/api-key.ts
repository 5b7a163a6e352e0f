/**
 * Sender API keys: `pck_<prefix>_<secret>` with 96 bits of prefix and 256 bits of secret. Only
 * the SHA-256 of the whole key is stored; the prefix finds the row, the hash is compared in
 * constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_FORMAT = /^pck_([A-Za-z0-9_-]{16})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  /** The key, shown once to whoever creates it. */
  readonly key: string;
  readonly prefix: string;
  readonly hash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(): NewApiKey {
  const prefix = randomBytes(12).toString('base64url');
  const key = `pck_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** The lookup prefix of a well-formed key; undefined for anything else. */
export function prefixOfApiKey(key: string): string | undefined {
  return KEY_FORMAT.exec(key)?.[1];
}

export function apiKeyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
