/**
 * Partner-node request signatures: HTTP Message Signatures (RFC 9421) with Ed25519, label `pcx`.
 * A request covers `"@method" "@target-uri"` and, when it has a body, `"content-digest"` (RFC 9530,
 * sha-256) — never `authorization`, a secret. Parameters: `created`, `expires` (created + 300 s),
 * `nonce` (16 random bytes, so that a verifier can refuse a replay: `exchange_seen_requests`), `keyid` (the
 * node's key id as registered at the partner), `alg="ed25519"`. The signature base is
 * built as RFC 9421 §2.5 says, for any covered components, so the RFC's own test vectors check it.
 * Keys and the clock are passed in; hashing and signing are Web Crypto. Failures are diagnostics.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import type { NodeSigningKey, PublicKeyResolver } from './signed-bundle.ts';
import {
  base64Encode,
  parseDictionary,
  serializeInnerList,
  type SfBare,
  type SfParams,
} from './structured-fields.ts';

export const SIGNATURE_LABEL = 'pcx';
export const SIGNATURE_ALG = 'ed25519';
export const SIGNATURE_LIFETIME_S = 300;
export const SIGNATURE_SKEW_S = 60;

/** A request as the signer or verifier sees it; header names are looked up in lower case. */
export interface SignableRequest {
  readonly method: string;
  /** The absolute target URI (scheme, authority, path and query). */
  readonly targetUri: string;
  readonly header: (name: string) => string | undefined;
  readonly body?: Uint8Array;
}

export interface RequestSignatureHeaders {
  readonly 'signature-input': string;
  readonly signature: string;
  readonly 'content-digest'?: string;
}

export interface VerifiedRequest {
  readonly kid: string;
  readonly created: number;
  /** The end of the signature's validity (epoch seconds). */
  readonly expires: number;
  /** What identifies this signing for replay checks: the nonce, or the signature if none. */
  readonly replayToken: string;
}

const ED25519 = { name: 'Ed25519' };
const bytes = (view: ArrayBuffer) => new Uint8Array(view);

/** `sha-256=:…:` for a body (RFC 9530). */
export async function contentDigest(body: Uint8Array): Promise<string> {
  return `sha-256=:${base64Encode(bytes(await crypto.subtle.digest('SHA-256', Uint8Array.from(body))))}:`;
}

/** A component's value (RFC 9421 §2.1, §2.2), or undefined when the request has none. */
export function componentValue(request: SignableRequest, name: string): string | undefined {
  const url = () => new URL(request.targetUri);
  switch (name) {
    case '@method':
      return request.method;
    case '@target-uri':
      return request.targetUri;
    case '@authority':
      return url().host.toLowerCase();
    case '@scheme':
      return url().protocol.replace(/:$/, '').toLowerCase();
    case '@path':
      return url().pathname || '/';
    case '@query':
      return url().search || '?';
    case '@request-target':
      return `${url().pathname}${url().search}`;
    default:
      if (name.startsWith('@')) return undefined;
      return request.header(name)?.trim();
  }
}

/** The signature base (RFC 9421 §2.5); undefined names the first component the request lacks. */
export function signatureBase(
  request: SignableRequest,
  components: readonly string[],
  params: SfParams,
): Result<string> {
  const lines: string[] = [];
  for (const name of components) {
    const value = componentValue(request, name);
    if (value === undefined)
      return fail(
        diagnostic('request-signature.component', `The request has no "${name}" to sign.`),
      );
    lines.push(`"${name}": ${value}`);
  }
  lines.push(`"@signature-params": ${serializeInnerList(components, params)}`);
  return ok(lines.join('\n'));
}

/** Signs the request; the headers returned are to be sent with it. */
export async function signRequest(
  request: SignableRequest,
  key: NodeSigningKey,
  now: Date,
  nonce: string = base64Encode(crypto.getRandomValues(new Uint8Array(16))),
): Promise<RequestSignatureHeaders> {
  const digest = request.body === undefined ? undefined : await contentDigest(request.body);
  const components = [
    '@method',
    '@target-uri',
    ...(digest === undefined ? [] : ['content-digest']),
  ];
  const created = Math.floor(now.getTime() / 1000);
  const params: SfParams = [
    ['created', created],
    ['expires', created + SIGNATURE_LIFETIME_S],
    ['nonce', nonce],
    ['keyid', key.kid],
    ['alg', SIGNATURE_ALG],
  ];
  const signed: SignableRequest = {
    ...request,
    header: (name) => (name === 'content-digest' ? digest : request.header(name)),
  };
  const base = signatureBase(signed, components, params);
  if (!base.ok) throw new Error(base.diagnostics[0]?.message);
  const signature = await signBase(base.value, key.privateKey);
  return {
    'signature-input': `${SIGNATURE_LABEL}=${serializeInnerList(components, params)}`,
    signature: `${SIGNATURE_LABEL}=:${base64Encode(signature)}:`,
    ...(digest === undefined ? {} : { 'content-digest': digest }),
  };
}

export async function signBase(base: string, key: CryptoKey): Promise<Uint8Array> {
  return bytes(await crypto.subtle.sign(ED25519, key, new TextEncoder().encode(base)));
}

export async function verifyBase(
  base: string,
  signature: Uint8Array,
  key: CryptoKey,
): Promise<boolean> {
  return crypto.subtle.verify(
    ED25519,
    key,
    Uint8Array.from(signature),
    new TextEncoder().encode(base),
  );
}

/** Whether the request carries a signature at all (either header). */
export function hasRequestSignature(request: SignableRequest): boolean {
  return (
    request.header('signature-input') !== undefined || request.header('signature') !== undefined
  );
}

/**
 * Verifies the `pcx` signature: its form, the covered components, the key, the time window, the
 * body's digest and the Ed25519 signature over the rebuilt base.
 */
export async function verifyRequest(
  request: SignableRequest,
  resolveKey: PublicKeyResolver,
  now: Date,
): Promise<Result<VerifiedRequest>> {
  const read = readSignature(request);
  if (!read.ok) return read;
  const { components, params, signature } = read.value;
  const param = (name: string) => params.find(([k]) => k === name)?.[1];
  const kid = param('keyid');
  const created = param('created');
  const expires = param('expires');
  const alg = param('alg');
  if (typeof kid !== 'string' || typeof created !== 'number')
    return refuse('malformed', 'The signature names no keyid or no created time.');
  if (alg !== undefined && alg !== SIGNATURE_ALG)
    return refuse('algorithm', `Algorithm "${String(alg)}" is not accepted; only ed25519.`);
  const missing = requiredComponents(request).find((c) => !components.includes(c));
  if (missing !== undefined)
    return refuse('components', `The signature does not cover "${missing}".`);
  const nonce = param('nonce');
  if (nonce !== undefined && typeof nonce !== 'string')
    return refuse('malformed', 'The signature nonce is not a string.');
  const timing = checkTime(now, created, expires);
  if (timing !== undefined) return fail(timing);
  const key = resolveKey(kid);
  if (key === undefined)
    return refuse('unknown-key', `No key "${kid}" is registered and valid now for this partner.`);
  if (
    request.body !== undefined &&
    request.header('content-digest') !== (await contentDigest(request.body))
  )
    return refuse('digest', 'The Content-Digest does not match the body (sha-256).');
  const base = signatureBase(request, components, params);
  if (!base.ok) return base;
  if (!(await verifyBase(base.value, signature, key)))
    return refuse('invalid', `The request signature does not verify with key "${kid}".`);
  return ok({
    kid,
    created,
    expires: validUntil(created, expires),
    replayToken: nonce === undefined ? `sig:${base64Encode(signature)}` : `nonce:${nonce}`,
  });
}

function validUntil(created: number, expires: SfBare | undefined): number {
  return Math.min(
    typeof expires === 'number' ? expires : Number.POSITIVE_INFINITY,
    created + SIGNATURE_LIFETIME_S,
  );
}

function refuse(code: string, message: string): Result<never> {
  return fail(diagnostic(`request-signature.${code}`, message));
}

function requiredComponents(request: SignableRequest): string[] {
  return ['@method', '@target-uri', ...(request.body === undefined ? [] : ['content-digest'])];
}

function checkTime(
  now: Date,
  created: number,
  expires: SfBare | undefined,
): Diagnostic | undefined {
  const t = Math.floor(now.getTime() / 1000);
  if (created > t + SIGNATURE_SKEW_S)
    return diagnostic(
      'request-signature.future',
      `The signature was created in the future (${created}).`,
    );
  const end = validUntil(created, expires);
  if (t > end) return diagnostic('request-signature.expired', `The signature expired at ${end}.`);
  return undefined;
}

function readSignature(
  request: SignableRequest,
): Result<{ components: string[]; params: SfParams; signature: Uint8Array }> {
  const inputText = request.header('signature-input');
  const sigText = request.header('signature');
  if (inputText === undefined || sigText === undefined)
    return refuse('malformed', 'Signature-Input and Signature must both be present.');
  const input = parseDictionary(inputText)?.get(SIGNATURE_LABEL);
  const sig = parseDictionary(sigText)?.get(SIGNATURE_LABEL);
  if (input?.items === undefined || !input.items.every((c) => typeof c === 'string'))
    return refuse('malformed', `Signature-Input has no well-formed "${SIGNATURE_LABEL}" member.`);
  if (!(sig?.item instanceof Uint8Array))
    return refuse('malformed', `Signature has no "${SIGNATURE_LABEL}" byte sequence.`);
  return ok({ components: input.items as string[], params: input.params, signature: sig.item });
}
