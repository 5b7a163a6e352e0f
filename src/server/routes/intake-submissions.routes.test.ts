// The submission list and the senders over HTTP (inject) on both engines: newest first with what
// each acknowledgement accepted and quarantined, the filters and pages, the agency boundary (an
// officer of another agency sees none of ours), a sender seeing only its own, a role without
// filing.read refused like a missing route, bad query parameters refused with a 400 naming the
// parameter, the quarantine listed with its sender and filing, and both routes in the OpenAPI
// document.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  admin,
  badDigit,
  consignments,
  corrupt,
  cuscar,
} from '../../../test/intake/intake-fixtures.ts';
import { movableClock } from '../../../test/security/auth-app.ts';
import { containerNo } from '../../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../../test/support/db.ts';
import { createActor, type Actor } from '../../services/access/actor.ts';
import type { Role } from '../../services/access/roles.ts';
import type { Acknowledgement } from '../../services/intake/acknowledgement.ts';
import { createIntakeService } from '../../services/intake/intake.service.ts';
import { createSenderService } from '../../services/intake/sender.service.ts';
import { buildServer } from '../app.ts';

const OWN = 'be-customs';
const OTHER = 'nl-customs';

interface Listed {
  id: string;
  receivedAt: string;
  sender: { id: string; name?: string; kind?: string };
  format?: string;
  messageTypes: string[];
  status: string;
  accepted: { consignments: number; equipment: number };
  quarantined: number;
  diagnostics: number;
}
type Page = { items: Listed[]; next?: string };

const person = (role: Role, agencyId = OWN): Actor =>
  createActor({ kind: 'user', id: `${role}@${agencyId}`, agencyId, roles: [role] });

describeEachEngine('intake submission list routes', (getDb) => {
  let app: FastifyInstance;
  const clock = movableClock('2026-11-23T08:00:00Z');
  /** API keys by who holds them: people by role@agency, senders by name. */
  const keys = new Map<string, Actor>();
  const senderKeys: Record<string, string> = {};
  const senderIds: Record<string, string> = {};
  const times: string[] = [];

  beforeAll(async () => {
    const deps = { database: getDb(), clock };
    const intake = createIntakeService(deps);
    const senders = createSenderService(deps);
    for (const role of ['analyst', 'targeting-officer', 'inspection-team'] as const)
      keys.set(`key-${role}@${OWN}`, person(role));
    keys.set(`key-analyst@${OTHER}`, person('analyst', OTHER));
    app = await buildServer(
      {
        readiness: () => Promise.resolve({}),
        intake: {
          service: intake,
          authenticate: async (k, id) => keys.get(k) ?? senders.authenticate(k, id),
        },
      },
      { logLevel: 'silent', bodyLimitBytes: 1 << 20 },
    );
    const otherAdmin = createActor({ kind: 'user', id: 'adm', agencyId: OTHER, roles: ['admin'] });
    for (const [name, by, kind] of [
      ['Line A', admin, 'carrier'],
      ['Terminal B', admin, 'terminal'],
      ['Line C', otherAdmin, 'carrier'],
    ] as const) {
      const sender = await senders.addSender(by, { name, kind });
      senderIds[name] = sender.id;
      senderKeys[name] = (await senders.issueKey(by, sender.id)).key;
    }
    const bad = corrupt(
      cuscar('L-2', consignments(2, 520)),
      `SGP+${containerNo(521)}`,
      `SGP+${badDigit(521)}`,
    );
    const uploads = [
      ['Line A', cuscar('L-1', consignments(2, 510))],
      ['Line A', bad],
      ['Terminal B', cuscar('T-1', consignments(1, 530))],
      ['Line C', cuscar('C-1', consignments(3, 540))],
    ] as const;
    for (const [name, bytes] of uploads) {
      clock.advance(600);
      times.push(clock.now().toISOString());
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/intake',
        payload: Buffer.from(bytes),
        headers: { 'content-type': 'application/edifact', 'x-api-key': senderKeys[name] ?? '' },
      });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(async () => app.close());

  const get = (url: string, key: string) => app.inject({ url, headers: { 'x-api-key': key } });
  const list = async (key: string, query = '') => {
    const res = await get(`/api/v1/intake${query}`, key);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page>();
  };
  const namesOf = (page: Page) => page.items.map((i) => i.sender.name);

  it("lists the agency's submissions newest first, summed from their acknowledgements", async () => {
    const page = await list(`key-analyst@${OWN}`);
    expect(namesOf(page)).toEqual(['Terminal B', 'Line A', 'Line A']);
    expect(page.next).toBeUndefined();
    const [terminal, partial, first] = page.items;
    expect(terminal).toMatchObject({
      receivedAt: times[2],
      sender: { id: senderIds['Terminal B'], name: 'Terminal B', kind: 'terminal' },
      format: 'edifact',
      messageTypes: ['CUSCAR'],
      status: 'accepted',
      accepted: { consignments: 1, equipment: 0 },
      quarantined: 0,
    });
    expect(partial).toMatchObject({
      status: 'partially-accepted',
      accepted: { consignments: 1 },
      quarantined: 1,
    });
    expect(partial?.diagnostics).toBeGreaterThan(0);
    expect(first).toMatchObject({ status: 'accepted', accepted: { consignments: 2 } });
    // Each row opens its acknowledgement, with the diagnostic's position.
    const ack = (
      await get(`/api/v1/intake/${partial?.id}`, `key-analyst@${OWN}`)
    ).json<Acknowledgement>();
    const diagnostic = ack.units[0]?.quarantined[0]?.diagnostics[0];
    expect(diagnostic?.at).toMatchObject({ tag: 'SGP', element: 1 });
  });

  it('filters by sender, status and time, and pages with next', async () => {
    const key = `key-targeting-officer@${OWN}`;
    const ofA = await list(key, `?sender=${senderIds['Line A']}`);
    expect(namesOf(ofA)).toEqual(['Line A', 'Line A']);
    const partial = await list(key, '?status=partially-accepted');
    expect(partial.items.map((i) => i.quarantined)).toEqual([1]);
    const since = await list(key, `?since=${encodeURIComponent(times[1] ?? '')}`);
    expect(since.items.map((i) => i.receivedAt)).toEqual([times[2], times[1]]);
    const first = await list(key, '?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.next).toBeDefined();
    const second = await list(key, `?limit=2&before=${encodeURIComponent(first.next ?? '')}`);
    expect(second.items.map((i) => i.receivedAt)).toEqual([times[0]]);
    expect(second.next).toBeUndefined();
  });

  it('shows another agency none of ours, and a sender only its own', async () => {
    const other = await list(`key-analyst@${OTHER}`);
    expect(namesOf(other)).toEqual(['Line C']);
    const otherSenders = (await get('/api/v1/senders', `key-analyst@${OTHER}`)).json<{
      items: { name: string }[];
    }>();
    expect(otherSenders.items.map((s) => s.name)).toEqual(['Line C']);
    expect((await list(`key-analyst@${OTHER}`, `?sender=${senderIds['Line A']}`)).items).toEqual(
      [],
    );

    const lineA = senderKeys['Line A'] ?? '';
    expect(namesOf(await list(lineA))).toEqual(['Line A', 'Line A']);
    expect((await list(lineA, `?sender=${senderIds['Terminal B']}`)).items).toEqual([]);
    const own = (await get('/api/v1/senders', lineA)).json<{ items: { name: string }[] }>();
    expect(own.items.map((s) => s.name)).toEqual(['Line A']);
    const officer = (await get('/api/v1/senders', `key-analyst@${OWN}`)).json<{
      items: { name: string; kind: string }[];
    }>();
    expect(officer.items).toEqual([
      { id: senderIds['Line A'], name: 'Line A', kind: 'carrier' },
      { id: senderIds['Terminal B'], name: 'Terminal B', kind: 'terminal' },
    ]);
  });

  it('refuses a caller without filing.read like a missing route, and one without a key', async () => {
    for (const url of ['/api/v1/intake', '/api/v1/senders']) {
      const refused = await get(url, `key-inspection-team@${OWN}`);
      expect(refused.statusCode).toBe(404);
      expect(refused.json()).toMatchObject({ error: { code: 'not_found' } });
      expect(refused.body).not.toContain('Line A');
      expect((await app.inject({ url })).statusCode).toBe(401);
    }
  });

  it('refuses bad query parameters with a 400 naming the parameter', async () => {
    const cases = [
      ['status=lost', /querystring\/status must be one of accepted/],
      ['since=yesterday', /querystring\/since must match format "date-time"/],
      ['sender=line-a', /querystring\/sender must match format "uuid"/],
      ['limit=0', /querystring\/limit must be >= 1/],
      ['limit=500', /querystring\/limit must be <= 200/],
      ['before=page-2', /querystring\/before must match pattern/],
      ['before=2026-13-45T99:00:00Z_00000000-0000-4000-8000-000000000000', /before .* cursor/],
    ] as const;
    for (const [query, message] of cases) {
      const res = await get(`/api/v1/intake?${query}`, `key-analyst@${OWN}`);
      expect(res.statusCode, query).toBe(400);
      const error = res.json<{ error: { code: string; message: string } }>().error;
      expect(error.message, query).toMatch(message);
    }
  });

  it('lists the quarantine with the sender and the filing of each record', async () => {
    const res = await get('/api/v1/quarantine', `key-targeting-officer@${OWN}`);
    const records = res.json<{
      records: { reason: string; sender?: unknown; filing?: unknown; payload: { key: string } }[];
    }>().records;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      sender: { id: senderIds['Line A'], name: 'Line A', kind: 'carrier' },
      filing: { filingKey: `${senderIds['Line A']}|CUSCAR|L-2`, version: 1 },
      payload: { key: 'BL000521' },
    });
    expect(records[0]?.reason).toContain(badDigit(521));
    const other = await get('/api/v1/quarantine', `key-analyst@${OTHER}`);
    expect(other.json<{ records: unknown[] }>().records).toEqual([]);
  });

  it('documents the list and the senders in the OpenAPI document', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json<{
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    }>();
    const params = doc.paths['/api/v1/intake']?.get?.parameters?.map((p) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['sender', 'status', 'since', 'before', 'limit']),
    );
    expect(doc.paths['/api/v1/senders']?.get).toBeDefined();
  });
});
