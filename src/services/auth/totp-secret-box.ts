/**
 * TOTP secrets encrypted at rest: AES-256-GCM under the node's key-encryption key, with the
 * account id as associated data (a sealed secret copied to another account does not open). A
 * sealed value reads `totp1:<key id>:<base64url of iv ‖ ciphertext ‖ tag>`; the key id (first 16
 * hex digits of the key's SHA-256) lets a wrong key be named, not just fail.
 *
 * The key comes from `PORTCULLIS_TOTP_KEY` (64 hex digits) or else the file
 * `<dataDir>/keys/totp-aes256.key`, created on first use with mode 0600 — like the audit signing
 * key, it lives outside the database, so a copy of the database alone does not give the secrets.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { nodeKeyPath, readOrCreateKeyFile } from '../keys/node-key-file.ts';

export const TOTP_KEY_FILE = 'totp-aes256.key';
const PREFIX = 'totp1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretBox {
  readonly keyId: string;
  seal(userId: string, secret: string): string;
  /** The secret, or a `TotpKeyError` when the key is not the one it was sealed with. */
  open(userId: string, stored: string): string;
  isSealed(stored: string): boolean;
}

/** The stored secret cannot be opened with this node's key: the sign-in fails, closed. */
export class TotpKeyError extends Error {
  override readonly name = 'TotpKeyError';
}

export function totpKeyPath(dataDir: string): string {
  return nodeKeyPath(dataDir, TOTP_KEY_FILE);
}

/** The configured key, or the node's key file (created on first use). */
export function loadTotpKey(options: { dataDir: string; keyHex?: string | undefined }): Uint8Array {
  const hex =
    options.keyHex ??
    readOrCreateKeyFile(totpKeyPath(options.dataDir), () => randomBytes(32).toString('hex'));
  const key = hex.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(key))
    throw new TotpKeyError(
      `The TOTP key ${options.keyHex === undefined ? `in ${totpKeyPath(options.dataDir)}` : 'PORTCULLIS_TOTP_KEY'} is not 64 hex digits (a 256-bit key).`,
    );
  return new Uint8Array(Buffer.from(key, 'hex'));
}

export function secretBoxOf(key: Uint8Array): SecretBox {
  if (key.length !== 32) throw new TotpKeyError('The TOTP key must be 32 bytes.');
  const keyId = createHash('sha256').update(key).digest('hex').slice(0, 16);
  const aad = (userId: string) => Buffer.from(`portcullis:totp:${userId}`, 'utf8');
  return {
    keyId,
    isSealed: (stored) => stored.startsWith(PREFIX),
    seal(userId, secret) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(userId));
      const body = Buffer.concat([
        cipher.update(secret, 'utf8'),
        cipher.final(),
        cipher.getAuthTag(),
      ]);
      return `${PREFIX}${keyId}:${Buffer.concat([iv, body]).toString('base64url')}`;
    },
    open(userId, stored) {
      const [, sealedWith, data] = stored.split(':');
      if (!stored.startsWith(PREFIX) || sealedWith === undefined || data === undefined)
        throw new TotpKeyError(`The TOTP secret of account ${userId} is not a sealed secret.`);
      if (sealedWith !== keyId)
        throw new TotpKeyError(
          `The TOTP secret of account ${userId} was sealed under key ${sealedWith}; this node's TOTP key is ${keyId} (PORTCULLIS_TOTP_KEY or keys/${TOTP_KEY_FILE} in the data directory).`,
        );
      const raw = Buffer.from(data, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(aad(userId)).setAuthTag(raw.subarray(raw.length - TAG_BYTES));
      try {
        const body = raw.subarray(IV_BYTES, raw.length - TAG_BYTES);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw new TotpKeyError(
          `The TOTP secret of account ${userId} does not open with key ${keyId}: it was altered or belongs to another account.`,
        );
      }
    },
  };
}
