// Signed bundles: EdDSA JWS over canonical JSON; verification rejects tampering, wrong or unknown keys, other algorithms;
// a detached signature verifies over the bundle received beside it, and only that bundle.
import { CompactSign, generateKeyPair, generateSecret } from 'jose';
import { describe, expect, it } from 'vitest';
import { releaseFor } from '../../src/exchange/release/release-for.ts';
import { signBundle } from '../../src/exchange/signing/sign-bundle.ts';
import { verifyBundle, verifyDetachedBundle } from '../../src/exchange/signing/verify-bundle.ts';
import { toStixBundle } from '../../src/exchange/stix/to-stix-bundle.ts';
import { CBP, NOW, recipients, usLookout } from './support/exchange-fixtures.ts';

const released = releaseFor(usLookout, recipients.antwerp, { localAgency: CBP, now: NOW });
if (!released.released) throw new Error('fixture lookout must be releasable to Antwerp');
const bundle = toStixBundle([released.object], '82b7dc2d-39e3-4835-8e46-cfcdc30a41fe');

const current = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
const keys = new Map([['us-cbp-2026-1', current.publicKey]]);
const resolve = (kid: string) => keys.get(kid);
const codes = (r: { diagnostics: readonly { code: string }[] }) => r.diagnostics.map((d) => d.code);

function tamper(jws: string): string {
  const [header, payload, signature] = jws.split('.');
  const text = Buffer.from(payload ?? '', 'base64url')
    .toString('utf8')
    .replace('MSCU1234565', 'MSCU1234560');
  return [header, Buffer.from(text).toString('base64url'), signature].join('.');
}

describe('signed bundles', () => {
  it('round-trips: the verified bundle equals the signed one', async () => {
    const jws = await signBundle(bundle, { kid: 'us-cbp-2026-1', privateKey: current.privateKey });
    const result = await verifyBundle(jws, resolve);
    expect(result.ok && result.value).toEqual({ kid: 'us-cbp-2026-1', bundle });
  });

  it('rejects a payload changed after signing', async () => {
    const jws = await signBundle(bundle, { kid: 'us-cbp-2026-1', privateKey: current.privateKey });
    expect(tamper(jws)).not.toBe(jws);
    expect(codes(await verifyBundle(tamper(jws), resolve))).toEqual(['signature.invalid']);
  });

  it('rejects a signature by another key under a registered key id', async () => {
    const jws = await signBundle(bundle, { kid: 'us-cbp-2026-1', privateKey: other.privateKey });
    expect(codes(await verifyBundle(jws, resolve))).toEqual(['signature.invalid']);
  });

  it('rejects an unknown key id, a non-JWS and a symmetric algorithm', async () => {
    const unknown = await signBundle(bundle, { kid: 'someone-else', privateKey: other.privateKey });
    expect(codes(await verifyBundle(unknown, resolve))).toEqual(['signature.unknown-key']);
    expect(codes(await verifyBundle('not a jws', resolve))).toEqual(['signature.malformed']);
    const hs = await new CompactSign(new TextEncoder().encode('{}'))
      .setProtectedHeader({ alg: 'HS256', kid: 'us-cbp-2026-1', typ: 'portcullis-bundle+jws' })
      .sign(await generateSecret('HS256'));
    expect(codes(await verifyBundle(hs, resolve))).toEqual(['signature.algorithm']);
  });

  it('after key rotation, bundles signed with the old key still verify while it stays registered', async () => {
    const rotated = new Map([...keys, ['us-cbp-2026-2', other.publicKey]]);
    const old = await signBundle(bundle, { kid: 'us-cbp-2026-1', privateKey: current.privateKey });
    const fresh = await signBundle(bundle, { kid: 'us-cbp-2026-2', privateKey: other.privateKey });
    expect((await verifyBundle(old, (k) => rotated.get(k))).ok).toBe(true);
    expect((await verifyBundle(fresh, (k) => rotated.get(k))).ok).toBe(true);
    expect((await verifyBundle(fresh, resolve)).ok).toBe(false);
  });

  it('verifies a detached signature over the bundle received as JSON, and nothing else', async () => {
    const jws = await signBundle(bundle, { kid: 'us-cbp-2026-1', privateKey: current.privateKey });
    const [header, , signature] = jws.split('.');
    const detached = `${header}..${signature}`;
    const received = JSON.parse(JSON.stringify(bundle)) as typeof bundle;
    const result = await verifyDetachedBundle(detached, received, resolve);
    expect(result.ok && result.value).toEqual({ kid: 'us-cbp-2026-1', bundle });
    const changed = JSON.parse(
      JSON.stringify(bundle).replace('MSCU1234565', 'MSCU1234560'),
    ) as typeof bundle;
    expect(codes(await verifyDetachedBundle(detached, changed, resolve))).toEqual([
      'signature.invalid',
    ]);
    expect(codes(await verifyDetachedBundle(jws, received, resolve))).toEqual([
      'signature.malformed',
    ]);
    const other = await signBundle(bundle, { kid: 'someone-else', privateKey: current.privateKey });
    const [h2, , s2] = other.split('.');
    expect(codes(await verifyDetachedBundle(`${h2}..${s2}`, received, resolve))).toEqual([
      'signature.unknown-key',
    ]);
  });
});
