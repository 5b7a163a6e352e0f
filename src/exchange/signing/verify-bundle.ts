/**
 * Verifies a signed bundle: known key id, EdDSA only, valid signature, and a payload that is a
 * STIX bundle in canonical form. A bundle that travelled as JSON beside a detached signature (a
 * TAXII page) is verified over its own canonical JSON, made once. Every failure is a diagnostic,
 * never an exception.
 */
import { base64url, compactVerify, decodeProtectedHeader, errors } from 'jose';
import { canonicalJson } from '../../core/canonical-json.ts';
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import type { StixBundle } from '../stix/stix-object.ts';
import { BUNDLE_JWS_ALG, BUNDLE_JWS_TYPE, type PublicKeyResolver } from './signed-bundle.ts';

export interface VerifiedBundle {
  readonly kid: string;
  readonly bundle: StixBundle;
}

export async function verifyBundle(
  jws: string,
  resolveKey: PublicKeyResolver,
): Promise<Result<VerifiedBundle>> {
  const verified = await verifyCompact(jws, resolveKey);
  if (!verified.ok) return verified;
  return parsePayload(new TextDecoder().decode(verified.value.payload), verified.value.kid);
}

/**
 * Verifies a detached signature (`header..signature`) over a bundle received as JSON: the signed
 * bytes are the bundle's canonical JSON, so the bundle given is exactly what was signed and needs
 * no second parse.
 */
export async function verifyDetachedBundle(
  detached: string,
  bundle: StixBundle,
  resolveKey: PublicKeyResolver,
): Promise<Result<VerifiedBundle>> {
  const parts = detached.split('.');
  if (parts.length !== 3 || parts[1] !== '')
    return fail(diagnostic('signature.malformed', 'The signature is not a detached compact JWS.'));
  if (!isBundle(bundle))
    return fail(diagnostic('signature.payload', 'The signed payload is not a STIX bundle.'));
  const payload = base64url.encode(canonicalJson(bundle));
  const verified = await verifyCompact(`${parts[0]}.${payload}.${parts[2]}`, resolveKey);
  return verified.ok ? ok({ kid: verified.value.kid, bundle }) : verified;
}

async function verifyCompact(
  jws: string,
  resolveKey: PublicKeyResolver,
): Promise<Result<{ kid: string; payload: Uint8Array }>> {
  const header = readHeader(jws);
  if (!header.ok) return header;
  const { kid } = header.value;
  const key = resolveKey(kid);
  if (key === undefined)
    return fail(diagnostic('signature.unknown-key', `No registered public key has id "${kid}".`));
  try {
    const { payload } = await compactVerify(jws, key, { algorithms: [BUNDLE_JWS_ALG] });
    return ok({ kid, payload });
  } catch (error) {
    if (error instanceof errors.JOSEError)
      return fail(
        diagnostic(
          'signature.invalid',
          `The bundle signature does not verify with key "${kid}" (${error.code}).`,
        ),
      );
    throw error;
  }
}

function readHeader(jws: string): Result<{ kid: string }> {
  let header: { alg?: unknown; kid?: unknown; typ?: unknown };
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    return fail(diagnostic('signature.malformed', 'The signed bundle is not a compact JWS.'));
  }
  if (header.alg !== BUNDLE_JWS_ALG)
    return fail(
      diagnostic(
        'signature.algorithm',
        `Algorithm "${String(header.alg)}" is not accepted; only EdDSA.`,
      ),
    );
  if (header.typ !== BUNDLE_JWS_TYPE)
    return fail(
      diagnostic('signature.type', `JWS type "${String(header.typ)}" is not a Portcullis bundle.`),
    );
  if (typeof header.kid !== 'string' || header.kid === '')
    return fail(diagnostic('signature.malformed', 'The signed bundle names no key id.'));
  return ok({ kid: header.kid });
}

function parsePayload(text: string, kid: string): Result<VerifiedBundle> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(diagnostic('signature.payload', 'The signed payload is not JSON.'));
  }
  if (!isBundle(value))
    return fail(diagnostic('signature.payload', 'The signed payload is not a STIX bundle.'));
  if (canonicalJson(value) !== text)
    return fail(
      diagnostic('signature.payload', 'The signed payload is not in canonical JSON form.'),
    );
  return ok({ kid, bundle: value });
}

function isBundle(value: unknown): value is StixBundle {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v['type'] === 'bundle' && typeof v['id'] === 'string' && Array.isArray(v['objects']);
}
