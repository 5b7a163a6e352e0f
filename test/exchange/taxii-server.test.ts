// The TAXII 2.1 server over HTTP: bearer-token authentication, the TAXII media type, pages of many
// objects added at the same instant drained without loss or repetition for every page size, the
// date-added headers, and (fast-check) random objects, markings and partners never leaking past the
// gate: a partner gets exactly the objects the gate releases to it, without internal notes. Every
// error is a TAXII 2.1 error message in the TAXII media type, and sync shows what the partner said.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Markings } from '../../src/exchange/markings/markings.ts';
import { PURPOSES } from '../../src/exchange/markings/purpose.ts';
import { TLP_LEVELS } from '../../src/exchange/markings/tlp.ts';
import { canRelease } from '../../src/exchange/release/can-release.ts';
import type { Recipient } from '../../src/exchange/release/recipient.ts';
import type { SeizureReport } from '../../src/exchange/objects/seizure-report.ts';
import { storeAndPublish } from '../../src/services/exchange/intel-store.ts';
import {
  communityCollectionId,
  DIRECT_COLLECTION_ID,
} from '../../src/services/exchange/taxii-collections.ts';
import { ANTWERP, CBP, ROTTERDAM, seizure } from './support/exchange-fixtures.ts';
import { manualClock, startNode, type ExchangeNode } from './support/exchange-node.ts';

const clock = manualClock('2026-11-22T09:00:00.000Z');
const TAXII = 'application/taxii+json;version=2.1';
const TAXII_ERROR_MEMBERS = [
  'title',
  'description',
  'error_id',
  'error_code',
  'http_status',
  'external_details',
  'details',
];
let node: ExchangeNode;
let token = '';
let serial = 0;

async function get(path: string, bearer = token) {
  const r = await fetch(`${node.url}${path}`, {
    headers: { accept: TAXII, authorization: `Bearer ${bearer}` },
  });
  return {
    status: r.status,
    type: r.headers.get('content-type'),
    headers: r.headers,
    body: (await r.json()) as Record<string, unknown>,
  };
}

function uuid(): string {
  serial++;
  return `00000000-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`;
}

async function publish(markings: Markings): Promise<SeizureReport> {
  const at = clock.now().toISOString();
  const object: SeizureReport = {
    ...seizure,
    id: `incident--${uuid()}`,
    created: at,
    modified: at,
    markings,
    internal: { caseReference: 'SECRET-CASE' },
  };
  await node.context.database.transaction((tx) =>
    storeAndPublish(
      tx,
      object,
      markings.owner === ANTWERP ? 'released' : 'received',
      'test',
      clock.now(),
    ),
  );
  return object;
}

/** Every object of a collection, page by page. */
async function drain(collection: string, limit: number, bearer = token) {
  const ids: string[] = [];
  let next: string | undefined;
  let pages = 0;
  do {
    const r = await get(
      `/taxii2/api/collections/${collection}/objects/?limit=${limit}${next ? `&next=${encodeURIComponent(next)}` : ''}`,
      bearer,
    );
    expect(r.status).toBe(200);
    const objects = (r.body['objects'] ?? []) as { type: string; id: string }[];
    ids.push(...objects.filter((o) => o.type === 'incident').map((o) => o.id));
    next = r.body['more'] === true ? (r.body['next'] as string) : undefined;
    pages++;
  } while (next !== undefined && pages < 500);
  return ids;
}

describe('TAXII 2.1 server', () => {
  beforeAll(async () => {
    node = await startNode('antwerp', ANTWERP, clock);
    const admin = node.actor(['admin']);
    await node.partners.add(admin, {
      id: 'cbp',
      agencyId: CBP,
      name: 'US CBP',
      communities: ['be-us-bilateral'],
      purposes: ['criminal-investigation', 'customs-control'],
    });
    token = await node.partners.issueToken(admin, 'cbp');
  }, 60_000);
  afterAll(() => node.close());

  it('authenticates partners by bearer token and answers in the TAXII media type', async () => {
    expect((await get('/taxii2/', 'pcx_wrong')).status).toBe(401);
    const discovery = await get('/taxii2/');
    expect(discovery.status).toBe(200);
    // Fastify writes the parameter quoted (RFC 9110: the same media type).
    expect(discovery.type).toMatch(/^application\/taxii\+json;\s*version="?2\.1"?/);
    expect(discovery.body['api_roots']).toEqual(['/taxii2/api/']);
    const collections = (await get('/taxii2/api/collections/')).body['collections'] as {
      id: string;
    }[];
    expect(collections.map((c) => c.id).sort()).toEqual(
      [DIRECT_COLLECTION_ID, communityCollectionId('be-us-bilateral')].sort(),
    );
    expect(
      (await get(`/taxii2/api/collections/${communityCollectionId('eu-ports-coalition')}/objects/`))
        .status,
    ).toBe(404);
  });

  it('answers every error as a TAXII error message in the TAXII media type', async () => {
    const ask = async (path: string, init: RequestInit = {}) => {
      const r = await fetch(`${node.url}${path}`, {
        ...init,
        headers: { accept: TAXII, authorization: `Bearer ${token}`, ...init.headers },
      });
      return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
    };
    const objects = `/taxii2/api/collections/${communityCollectionId('be-us-bilateral')}/objects/`;
    const cases: [string, Awaited<ReturnType<typeof ask>>, number, string][] = [
      [
        'no token',
        await ask('/taxii2/', { headers: { authorization: '' } }),
        401,
        'unauthenticated',
      ],
      [
        'wrong token',
        await ask('/taxii2/', { headers: { authorization: 'Bearer pcx_wrong' } }),
        401,
        'unauthenticated',
      ],
      [
        'unknown collection',
        await ask(
          `/taxii2/api/collections/${communityCollectionId('eu-ports-coalition')}/objects/`,
        ),
        404,
        'not_found',
      ],
      ['path no route serves', await ask('/taxii2/api/nothing-here/'), 404, 'not_found'],
      ['bad added_after', await ask(`${objects}?added_after=yesterday`), 400, 'bad_request'],
      ['bad next', await ask(`${objects}?next=not-a-token`), 400, 'bad_request'],
      ['limit 0', await ask(`${objects}?limit=0`), 400, 'bad_request'],
      [
        'HTML only',
        await ask('/taxii2/api/', { headers: { accept: 'text/html' } }),
        406,
        'not_acceptable',
      ],
      [
        'other TAXII version',
        await ask('/taxii2/api/', { headers: { accept: 'application/taxii+json;version=2.0' } }),
        406,
        'not_acceptable',
      ],
      [
        'XML body',
        await ask(objects, {
          method: 'POST',
          headers: { 'content-type': 'application/xml' },
          body: '<x/>',
        }),
        415,
        'unsupported_media_type',
      ],
      [
        'body over the limit',
        await ask(objects, {
          method: 'POST',
          headers: { 'content-type': TAXII },
          body: `{"objects":["${'x'.repeat(2 << 20)}"]}`,
        }),
        413,
        'payload_too_large',
      ],
      [
        'unsigned objects',
        await ask(objects, {
          method: 'POST',
          headers: { 'content-type': TAXII },
          body: '{"objects":[]}',
        }),
        400,
        'bad_request',
      ],
      [
        'not JSON',
        await ask(objects, { method: 'POST', headers: { 'content-type': TAXII }, body: '{' }),
        400,
        'bad_request',
      ],
    ];
    for (const [what, res, status, code] of cases) {
      expect(res.status, what).toBe(status);
      expect(res.type, what).toMatch(/^application\/taxii\+json;\s*version="?2\.1"?/);
      const body = JSON.parse(res.body) as Record<string, unknown>;
      expect(body, what).toMatchObject({ error_code: code, http_status: String(status) });
      expect(typeof body['title'] === 'string' && body['title'] !== '', what).toBe(true);
      expect(typeof body['description'], what).toBe('string');
      expect(typeof body['error_id'] === 'string' && body['error_id'] !== '', what).toBe(true);
      expect(
        Object.keys(body).filter((k) => !TAXII_ERROR_MEMBERS.includes(k)),
        what,
      ).toEqual([]);
      expect(res.body, what).not.toMatch(/stack|node_modules|\.ts:\d/);
    }
    // A wildcard or a TAXII type without a version is accepted.
    expect((await ask('/taxii2/api/', { headers: { accept: '*/*' } })).status).toBe(200);
    expect(
      (await ask('/taxii2/api/', { headers: { accept: 'application/taxii+json' } })).status,
    ).toBe(200);
  });

  it("shows the partner's TAXII error title and description in a sync report", async () => {
    const admin = node.actor(['admin']);
    await node.partners.add(admin, {
      id: 'mirror',
      agencyId: 'xx-mirror',
      name: 'Misconfigured partner',
      endpoint: node.url,
      communities: ['be-us-bilateral'],
      purposes: ['customs-control'],
    });
    await node.partners.connect(admin, 'mirror', { outboundToken: 'pcx_not-issued' });
    const report = await node.sync();
    const mirror = report.partners.find((p) => p.partnerId === 'mirror');
    expect(mirror?.error).toMatch(
      /^mirror answered 401 to GET collections\/: Authentication required — A partner bearer token is required\. \(error \S+\)$/,
    );
  });

  it('drains 40 objects added at one instant for every page size, in order, once each', async () => {
    const markings: Markings = {
      ...seizure.markings,
      releasability: { communities: ['be-us-bilateral' as never], agencies: [] },
    };
    const published: string[] = [];
    for (let i = 0; i < 40; i++) published.push((await publish(markings)).id);
    const collection = communityCollectionId('be-us-bilateral');
    const first = await get(`/taxii2/api/collections/${collection}/objects/?limit=5`);
    expect(first.headers.get('x-taxii-date-added-first')).toBe(
      first.headers.get('x-taxii-date-added-last'),
    );
    expect(first.headers.get('x-portcullis-signature')).toMatch(/^[\w-]+\.\.[\w-]+$/);
    for (const limit of [1, 3, 7, 40, 100])
      expect(await drain(collection, limit)).toEqual(published);
    const manifest = await get(`/taxii2/api/collections/${collection}/manifest/?limit=100`);
    expect((manifest.body['objects'] as { id: string }[]).map((o) => o.id)).toEqual(published);
    const versions = await get(
      `/taxii2/api/collections/${collection}/objects/${published[0]}/versions/`,
    );
    expect(versions.body['versions']).toHaveLength(1);
  });

  it('never lets random objects leak past the gate (property, through the server)', async () => {
    const markingsArb = fc.record({
      tlp: fc.constantFrom(...TLP_LEVELS),
      handling: fc.constantFrom(
        { code: 'H0' as const },
        { code: 'H1' as const },
        { code: 'H2' as const },
        { code: 'H3' as const, restriction: 'named only' },
      ),
      evaluation: fc.constant({ reliability: 'B' as const, accuracy: 2 as const }),
      releasability: fc.record({
        communities: fc.subarray(['be-us-bilateral', 'eu-ports-coalition'] as never[]),
        agencies: fc.subarray([CBP, ROTTERDAM]),
      }),
      purpose: fc.constantFrom(...PURPOSES),
      owner: fc.constantFrom(ANTWERP, ANTWERP, ROTTERDAM),
      onwardSharing: fc.boolean(),
      expiresAt: fc.constantFrom(undefined, '2026-11-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'),
    });
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(markingsArb, { minLength: 1, maxLength: 6 }),
        fc.subarray([...PURPOSES], { minLength: 1 }),
        async (all, purposes) => {
          round++;
          const admin = node.actor(['admin']);
          const id = `probe-${round}`;
          const agency = `us-probe-${round}`;
          await node.partners.add(admin, {
            id,
            agencyId: agency,
            name: id,
            communities: ['be-us-bilateral'],
            purposes,
          });
          const bearer = await node.partners.issueToken(admin, id);
          const recipient = {
            agency,
            communities: ['be-us-bilateral'],
            purposes,
          } as unknown as Recipient;
          const objects = await Promise.all(
            all.map((raw) => {
              const m = {
                ...raw,
                releasability: {
                  ...raw.releasability,
                  agencies: raw.releasability.agencies.map((a) => (a === CBP ? agency : a)),
                },
              } as unknown as Markings;
              const withProvenance: Markings =
                m.owner === ANTWERP ? m : { ...m, receivedFrom: ROTTERDAM };
              const { expiresAt, ...rest } = withProvenance;
              return publish(expiresAt === undefined ? rest : withProvenance);
            }),
          );
          const got = new Set([
            ...(await drain(DIRECT_COLLECTION_ID, 50, bearer)),
            ...(await drain(communityCollectionId('be-us-bilateral'), 50, bearer)),
          ]);
          const now = clock.now().getTime();
          for (const o of objects) {
            const inAudience =
              (o.markings.releasability.agencies as readonly string[]).includes(agency) ||
              (o.markings.releasability.communities as readonly string[]).includes(
                'be-us-bilateral',
              );
            const expected =
              inAudience && canRelease(o, recipient, { localAgency: ANTWERP, now }).released;
            expect(got.has(o.id)).toBe(expected);
          }
        },
      ),
      { numRuns: 15 },
    );
    const page = await get(
      `/taxii2/api/collections/${communityCollectionId('be-us-bilateral')}/objects/?limit=1000`,
    );
    expect(JSON.stringify(page.body)).not.toMatch(/SECRET-CASE|receivedFrom|received_from/);
  }, 120_000);
});
