/**
 * Reads the node public key an auditor passes to `audit verify`: 64 hex digits, or the contents
 * of a file holding them (as `audit public-key` prints), or an SPKI PEM public key.
 */
import { createPublicKey } from 'node:crypto';
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';

const HEX_KEY = /^[0-9a-fA-F]{64}$/;

export function parsePublicKey(text: string): Result<Uint8Array> {
  const trimmed = text.trim();
  if (HEX_KEY.test(trimmed)) return ok(new Uint8Array(Buffer.from(trimmed, 'hex')));
  if (trimmed.startsWith('-----BEGIN PUBLIC KEY-----')) return fromPem(trimmed);
  return fail(
    diagnostic('audit.public-key', 'The public key must be 64 hex digits or a PEM public key.'),
  );
}

function fromPem(pem: string): Result<Uint8Array> {
  try {
    const jwk = createPublicKey(pem).export({ format: 'jwk' });
    if (jwk.crv === 'Ed25519' && jwk.x !== undefined)
      return ok(new Uint8Array(Buffer.from(jwk.x, 'base64url')));
  } catch {
    // falls through to the diagnostic
  }
  return fail(diagnostic('audit.public-key', 'The PEM public key is not an Ed25519 key.'));
}
