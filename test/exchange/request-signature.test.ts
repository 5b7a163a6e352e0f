// Request signatures (RFC 9421 subset, ed25519, label pcx): the RFC's own ed25519 test vector
// (Appendix B.2.6, key B.1.4) is reproduced byte for byte; a signed request verifies; tampering with
// any covered component, the body, the time window or the key is refused with a reason.
import { describe, expect, it } from 'vitest';
import {
  contentDigest,
  signatureBase,
  signBase,
  signRequest,
  verifyBase,
  verifyRequest,
  type SignableRequest,
} from '../../src/exchange/signing/request-signature.ts';
import { base64Decode, parseDictionary } from '../../src/exchange/signing/structured-fields.ts';

const der = (pem: string) =>
  Uint8Array.from(Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
// RFC 9421 Appendix B.1.4, test-key-ed25519.
const RFC_PRIVATE = await crypto.subtle.importKey(
  'pkcs8',
  der('MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF'),
  { name: 'Ed25519' },
  false,
  ['sign'],
);
const RFC_PUBLIC = await crypto.subtle.importKey(
  'spki',
  der('MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs='),
  { name: 'Ed25519' },
  false,
  ['verify'],
);

function request(
  method: string,
  targetUri: string,
  headers: Record<string, string>,
  body?: string,
): SignableRequest {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    method,
    targetUri,
    header: (name) => lower.get(name),
    ...(body === undefined ? {} : { body: new TextEncoder().encode(body) }),
  };
}

describe('RFC 9421 Appendix B.2.6 (ed25519)', () => {
  const rfcRequest = request('POST', 'https://example.com/foo?param=Value&Pet=dog', {
    Host: 'example.com',
    Date: 'Tue, 20 Apr 2021 02:07:55 GMT',
    'Content-Type': 'application/json',
    'Content-Length': '18',
  });
  const components = ['date', '@method', '@path', '@authority', 'content-type', 'content-length'];
  const params = [
    ['created', 1618884473],
    ['keyid', 'test-key-ed25519'],
  ] as const;
  const expectedBase = [
    '"date": Tue, 20 Apr 2021 02:07:55 GMT',
    '"@method": POST',
    '"@path": /foo',
    '"@authority": example.com',
    '"content-type": application/json',
    '"content-length": 18',
    '"@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-length");created=1618884473;keyid="test-key-ed25519"',
  ].join('\n');
  const expectedSignature =
    'wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==';

  it('builds the signature base and the signature the RFC prints', async () => {
    const base = signatureBase(rfcRequest, components, params);
    expect(base.ok && base.value).toBe(expectedBase);
    const signature = await signBase(expectedBase, RFC_PRIVATE);
    expect(Buffer.from(signature).toString('base64')).toBe(expectedSignature);
    expect(await verifyBase(expectedBase, signature, RFC_PUBLIC)).toBe(true);
  });

  it('parses the RFC Signature-Input and Signature headers', () => {
    const input = parseDictionary(
      'sig-b26=("date" "@method" "@path" "@authority" "content-type" "content-length");created=1618884473;keyid="test-key-ed25519"',
    )?.get('sig-b26');
    expect(input?.items).toEqual(components);
    expect(input?.params).toEqual(params);
    const sig = parseDictionary(`sig-b26=:${expectedSignature}:`)?.get('sig-b26');
    expect(sig?.item).toEqual(base64Decode(expectedSignature));
  });
});

describe('pcx request signatures', () => {
  const NOW = new Date('2026-05-01T10:00:00Z');
  const KID = 'test-key-ed25519';
  const resolve = (kid: string) => (kid === KID ? RFC_PUBLIC : undefined);
  const key = { kid: KID, privateKey: RFC_PRIVATE };
  const URI = 'https://partner.example/taxii2/api/collections/c1/objects/?limit=200';
  const BODY = '{"objects":[]}';

  const signed = async (method: string, body?: string, at = NOW) => {
    const unsigned = request(method, URI, { authorization: 'Bearer secret' }, body);
    const headers = await signRequest(unsigned, key, at, 'bm9uY2Utb25l');
    return { unsigned, headers: { authorization: 'Bearer secret', ...headers } };
  };
  const codes = (r: { diagnostics: readonly { code: string }[] }) =>
    r.diagnostics.map((d) => d.code);

  it('signs a GET over method and target URI, with created, expires, nonce, keyid and alg', async () => {
    const { headers } = await signed('GET');
    expect(headers['signature-input']).toBe(
      `pcx=("@method" "@target-uri");created=1777629600;expires=1777629900;nonce="bm9uY2Utb25l";keyid="${KID}";alg="ed25519"`,
    );
    expect(headers['content-digest']).toBeUndefined();
    const r = await verifyRequest(request('GET', URI, headers), resolve, NOW);
    expect(r.ok && r.value).toEqual({
      kid: KID,
      created: 1777629600,
      expires: 1777629900,
      replayToken: 'nonce:bm9uY2Utb25l',
    });
  });

  it('signs a POST with its Content-Digest (RFC 9530 sha-256)', async () => {
    const { headers } = await signed('POST', BODY);
    expect(headers['content-digest']).toBe(await contentDigest(new TextEncoder().encode(BODY)));
    expect(headers['signature-input']).toContain('("@method" "@target-uri" "content-digest")');
    const r = await verifyRequest(request('POST', URI, headers, BODY), resolve, NOW);
    expect(r.ok).toBe(true);
  });

  it('does not cover the bearer token', async () => {
    const { headers } = await signed('GET');
    const r = await verifyRequest(
      request('GET', URI, { ...headers, authorization: 'Bearer other' }),
      resolve,
      NOW,
    );
    expect(r.ok).toBe(true);
  });

  it('refuses a tampered method, path, query or host', async () => {
    const { headers } = await signed('GET');
    for (const [method, uri] of [
      ['DELETE', URI],
      ['GET', URI.replace('/c1/', '/c2/')],
      ['GET', URI.replace('200', '201')],
      ['GET', URI.replace('partner.example', 'evil.example')],
    ] as const)
      expect(codes(await verifyRequest(request(method, uri, headers), resolve, NOW))).toEqual([
        'request-signature.invalid',
      ]);
  });

  it('refuses a tampered body, a forged digest and a body the signature does not cover', async () => {
    const { headers } = await signed('POST', BODY);
    const tampered = await verifyRequest(
      request('POST', URI, headers, '{"objects":[1]}'),
      resolve,
      NOW,
    );
    expect(codes(tampered)).toEqual(['request-signature.digest']);
    const forged = await contentDigest(new TextEncoder().encode('{"objects":[1]}'));
    const withForged = { ...headers, 'content-digest': forged };
    const r = await verifyRequest(
      request('POST', URI, withForged, '{"objects":[1]}'),
      resolve,
      NOW,
    );
    expect(codes(r)).toEqual(['request-signature.invalid']);
    const get = await signed('GET');
    const uncovered = await verifyRequest(request('POST', URI, get.headers, BODY), resolve, NOW);
    expect(codes(uncovered)).toEqual(['request-signature.components']);
  });

  it('refuses an expired signature and one created in the future beyond the skew', async () => {
    const { headers } = await signed('GET');
    const later = (s: number) => new Date(NOW.getTime() + s * 1000);
    expect((await verifyRequest(request('GET', URI, headers), resolve, later(300))).ok).toBe(true);
    expect(codes(await verifyRequest(request('GET', URI, headers), resolve, later(301)))).toEqual([
      'request-signature.expired',
    ]);
    expect((await verifyRequest(request('GET', URI, headers), resolve, later(-60))).ok).toBe(true);
    expect(codes(await verifyRequest(request('GET', URI, headers), resolve, later(-61)))).toEqual([
      'request-signature.future',
    ]);
  });

  it('refuses an unknown key, a tampered signature value and malformed headers', async () => {
    const { headers } = await signed('GET');
    const none = () => undefined;
    expect(codes(await verifyRequest(request('GET', URI, headers), none, NOW))).toEqual([
      'request-signature.unknown-key',
    ]);
    const flipped = headers.signature.replace(
      /pcx=:(.)/,
      (_m, c: string) => `pcx=:${c === 'A' ? 'B' : 'A'}`,
    );
    const r = await verifyRequest(
      request('GET', URI, { ...headers, signature: flipped }),
      resolve,
      NOW,
    );
    expect(codes(r)).toEqual(['request-signature.invalid']);
    const garbled = { ...headers, 'signature-input': 'pcx=("@method" "@target-uri"' };
    expect(codes(await verifyRequest(request('GET', URI, garbled), resolve, NOW))).toEqual([
      'request-signature.malformed',
    ]);
  });
});
