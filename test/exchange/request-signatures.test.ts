// Partner requests signed over HTTP (RFC 9421, `pcx`), against a node listening on loopback: a
// signed GET is accepted and noted in the audit event; an unsigned one is accepted unless the
// partner is registered to sign, then refused; a wrong key, an expired signature, a tampered path
// and a tampered POST body are refused with a TAXII 401 naming why; so is a signed request sent
// again (a replay), while a fresh signing of the same request passes.
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/exchange/signing/request-signature.ts';
import type { NodeSigningKey } from '../../src/exchange/signing/signed-bundle.ts';
import { partnerRequestChecker } from '../../src/services/exchange/partner-request.ts';
import { getPartner, listAuditEvents } from '../../src/storage/index.ts';
import { connect, manualClock, startNode, type ExchangeNode } from './support/exchange-node.ts';

const clock = manualClock('2026-11-22T09:00:00.000Z');
const TAXII = 'application/taxii+json;version=2.1';
let a: ExchangeNode;
let b: ExchangeNode;
let token: string;

beforeAll(async () => {
  a = await startNode('antwerp', 'be-customs-antwerp', clock);
  b = await startNode('cbp', 'us-cbp', clock);
  await connect(a, b, ['be-us-bilateral']);
  token = (await getPartner(a.ctx.database.db, 'cbp'))?.outboundToken ?? '';
}, 60_000);
afterAll(async () => {
  await a.close();
  await b.close();
});

const url = (path: string) => `${b.url}/taxii2/api/${path}`;

/** Sends a request from Antwerp to CBP, signed for `signedUri`/`signedBody` when a key is given. */
async function send(
  path: string,
  options: {
    key?: NodeSigningKey;
    at?: Date;
    method?: string;
    body?: string;
    signedPath?: string;
    signedBody?: string;
  } = {},
) {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: TAXII, authorization: `Bearer ${token}` };
  if (options.body !== undefined) headers['content-type'] = TAXII;
  if (options.key) {
    const signedBody = options.signedBody ?? options.body;
    Object.assign(
      headers,
      await signRequest(
        {
          method,
          targetUri: url(options.signedPath ?? path),
          header: (n) => headers[n],
          ...(signedBody === undefined ? {} : { body: new TextEncoder().encode(signedBody) }),
        },
        options.key,
        options.at ?? clock.now(),
      ),
    );
  }
  const response = await fetch(url(path), {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: options.body }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const requireSigned = (on: boolean) =>
  b.partners.update(b.actor(['admin']), 'antwerp', { requireSignedRequests: on });

describe('partner request signatures', () => {
  it('accepts a signed GET and notes the key in the audit event', async () => {
    const r = await send('collections/', { key: a.identity.signing });
    expect(r.status).toBe(200);
    const events = await listAuditEvents(b.ctx.database.db, { action: 'taxii.collections' });
    expect(events.at(-1)?.details).toMatchObject({
      requestSignature: { keyid: a.identity.signing.kid, verified: true },
    });
  });

  it('accepts an unsigned GET unless the partner is registered to sign, then refuses it', async () => {
    expect((await send('collections/')).status).toBe(200);
    const view = await requireSigned(true);
    expect(view.requireSignedRequests).toBe(true);
    const refused = await send('collections/');
    expect(refused.status).toBe(401);
    expect(refused.body['description']).toMatch(/must sign its requests/);
    expect((await send('collections/', { key: a.identity.signing })).status).toBe(200);
    await requireSigned(false);
    expect((await send('collections/')).status).toBe(200);
  });

  it('refuses a wrong key, an expired signature and a tampered path, naming why', async () => {
    const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const stranger = { kid: 'not-registered', privateKey: other.privateKey };
    const impostor = { kid: a.identity.signing.kid, privateKey: other.privateKey };
    const cases: [Parameters<typeof send>[1], RegExp][] = [
      [{ key: stranger }, /No key "not-registered" is registered/],
      [{ key: impostor }, /does not verify/],
      [{ key: a.identity.signing, at: new Date(clock.now().getTime() - 301_000) }, /expired/],
      [{ key: a.identity.signing, signedPath: 'collections/other/' }, /does not verify/],
    ];
    for (const [options, why] of cases) {
      const r = await send('collections/', options);
      expect(r.status).toBe(401);
      expect(r.body['error_code']).toBe('unauthenticated');
      expect(r.body['description']).toMatch(why);
    }
  });

  it('refuses a POST whose body is not the one signed', async () => {
    const r = await send('collections/direct/objects/', {
      key: a.identity.signing,
      method: 'POST',
      body: '{"objects":[{"type":"indicator"}]}',
      signedBody: '{"objects":[]}',
    });
    expect(r.status).toBe(401);
    expect(r.body['description']).toMatch(/Content-Digest does not match the body/);
  });

  it('refuses a signed request received twice, and accepts the same request signed afresh', async () => {
    const headers: Record<string, string> = { accept: TAXII, authorization: `Bearer ${token}` };
    const signed: Record<string, string> = {
      ...headers,
      ...(await signRequest(
        { method: 'GET', targetUri: url('collections/'), header: (n) => headers[n] },
        a.identity.signing,
        clock.now(),
      )),
    };
    const first = await fetch(url('collections/'), { headers: signed });
    expect(first.status).toBe(200);
    const again = await fetch(url('collections/'), { headers: signed });
    expect(again.status).toBe(401);
    expect(((await again.json()) as Record<string, unknown>)['description']).toMatch(/replay/);
    expect((await send('collections/', { key: a.identity.signing })).status).toBe(200);
    // Another process of the node (or the node after a restart) has its own checker: the request
    // served is in the database, so it refuses the replay too.
    const partner = await getPartner(b.ctx.database.db, 'antwerp');
    const otherProcess = partnerRequestChecker(b.ctx);
    const request = {
      method: 'GET',
      targetUri: url('collections/'),
      header: (n: string) => signed[n],
    };
    await expect(otherProcess(partner!, request)).rejects.toThrow(/replay/);
  });
});
