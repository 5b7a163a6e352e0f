/**
 * API keys: `<kind>_<prefix>_<secret>` with 96 bits of prefix and 256 bits of secret; kind `pck`
 * for cargo senders (carriers, terminals), `pcm` for other machine clients. Only the SHA-256 of
 * the whole key is stored; the prefix finds the row, the hash is compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_FORMAT = /^(pck|pcm)_([A-Za-z0-9_-]{16})_([A-Za-z0-9_-]{43})$/;

export const API_KEY_KINDS = ['pck', 'pcm'] as const;
export type ApiKeyKind = (typeof API_KEY_KINDS)[number];

export interface NewApiKey {
  /** The key, shown once to whoever creates it. */
  readonly key: string;
  readonly prefix: string;
  readonly hash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(kind: ApiKeyKind = 'pck'): NewApiKey {
  const prefix = randomBytes(12).toString('base64url');
  const key = `${kind}_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** The lookup prefix of a well-formed key of that kind; undefined for anything else. */
export function prefixOfApiKey(key: string, kind: ApiKeyKind = 'pck'): string | undefined {
  const match = KEY_FORMAT.exec(key);
  return match?.[1] === kind ? match[2] : undefined;
}

export function apiKeyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
