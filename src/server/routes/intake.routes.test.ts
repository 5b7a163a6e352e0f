// Intake over HTTP (inject) on both engines: API key authentication, JSON and EDIFACT
// acknowledgements, idempotent replay, 413 with the error envelope, filing history, quarantine
// listing and reprocessing, and the routes in the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  admin,
  badDigit,
  carrier,
  consignments,
  corrupt,
  cuscar,
  services,
} from '../../../test/intake/intake-fixtures.ts';
import { containerNo } from '../../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../../test/support/db.ts';
import type { Diagnostic } from '../../core/diagnostic.ts';
import { createActor } from '../../services/access/actor.ts';
import type { Acknowledgement } from '../../services/intake/acknowledgement.ts';
import { buildServer } from '../app.ts';

const LIMIT = 64 * 1024;

describeEachEngine('intake routes', (getDb) => {
  let app: FastifyInstance;
  let key = '';
  let senderId = '';
  let analystKey = '';
  beforeAll(async () => {
    const { intake, senders } = services(getDb(), LIMIT);
    app = await buildServer(
      {
        readiness: () => Promise.resolve({}),
        intake: {
          service: intake,
          authenticate: async (k, id) => analystOf(k) ?? senders.authenticate(k, id),
        },
      },
      { logLevel: 'silent', bodyLimitBytes: LIMIT },
    );
    senderId = (await carrier(getDb())).senderId;
    key = (await senders.issueKey(admin, senderId)).key;
    analystKey = 'analyst-test-key';
  });
  afterAll(async () => app.close());
  const analystOf = (k: string) =>
    k === analystKey
      ? createActor({ kind: 'user', id: 'analyst-1', agencyId: 'be-customs', roles: ['analyst'] })
      : undefined;
  const post = (
    payload: Uint8Array | string,
    headers: Record<string, string> = {},
    url = '/api/v1/intake',
  ) =>
    app.inject({
      method: 'POST',
      url,
      payload: typeof payload === 'string' ? payload : Buffer.from(payload),
      headers: { 'content-type': 'application/edifact', 'x-api-key': key, ...headers },
    });

  it('refuses a missing or wrong key with 401 and the error envelope', async () => {
    const none = await post(cuscar('H-0', consignments(1, 1)), { 'x-api-key': '' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    const wrong = await post(cuscar('H-0', consignments(1, 1)), {
      'x-api-key': `${key.slice(0, -2)}xx`,
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('acknowledges an upload with 201, replays it with 200, and serves it again by id', async () => {
    const bytes = cuscar('H-1', consignments(2, 100));
    const first = await post(bytes, { 'idempotency-key': 'h-1' });
    expect(first.statusCode).toBe(201);
    const ack = first.json<Acknowledgement>();
    expect(ack.units[0]?.accepted.consignments).toBe(2);
    expect(first.headers.location).toBe(`/api/v1/intake/${ack.id}`);
    const again = await post(bytes, { 'idempotency-key': 'h-1' });
    expect([again.statusCode, again.headers['idempotent-replayed']]).toEqual([200, 'true']);
    expect(again.json<Acknowledgement>().id).toBe(ack.id);
    const read = await app.inject({
      url: `/api/v1/intake/${ack.id}`,
      headers: { 'x-api-key': key },
    });
    expect(read.json<Acknowledgement>()).toEqual(ack);
    const history = await app.inject({
      url: `/api/v1/filings/${encodeURIComponent(`${senderId}|CUSCAR|H-1`)}/history`,
      headers: { 'x-api-key': key },
    });
    expect(
      history.json<{ versions: { version: number }[] }>().versions.map((v) => v.version),
    ).toEqual([1]);
  });

  it('answers with CONTRL and APERAK when the sender asks', async () => {
    const bad = corrupt(
      cuscar('H-2', consignments(2, 200)),
      `SGP+${containerNo(201)}`,
      `SGP+${badDigit(201)}`,
    );
    const res = await post(bad, {}, '/api/v1/intake?ack=contrl,aperak');
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toMatch(/application\/edifact/);
    expect(res.body).toMatch(/UNH\+1\+CONTRL:D:3:UN'/);
    expect(res.body).toMatch(/UNH\+1\+APERAK:D:95B:UN'/);
    expect(res.body).toMatch(/BGM\+\+1\+27'/);
    expect(res.body).toContain(badDigit(201));
  });

  it('says which version, bills and call a cancellation naming no bill cancelled, and refuses one of another call', async () => {
    await post(cuscar('H-C', consignments(2, 250), { ref: 'HC1' }));
    // The cancellation names voyage 2404W (TDT 8028); the bills are on voyage 2403W.
    const other = corrupt(cuscar('H-C', [], { fn: 'cancel', ref: 'HC2' }), '2403W', '2404W');
    const refused = await post(other, {}, '/api/v1/intake?ack=aperak');
    expect(refused.body).toMatch(/BGM\+\+1\+27'/);
    expect(refused.body).toContain('intake.cancel-other-call');
    const res = await post(cuscar('H-C', [], { fn: 'cancel', ref: 'HC3' }));
    expect(res.statusCode).toBe(201);
    const unit = res.json<Acknowledgement>().units[0];
    expect(unit?.filing?.version).toBe(2);
    expect(unit?.cancelled).toEqual({
      version: 1,
      bills: 2,
      calls: [{ vesselImo: '9074729', voyageNumber: '2403W', port: 'BEANR' }],
    });
  });

  it('detects DCSA JSON and CSV sent as text/plain', async () => {
    const csv = 'bill_number,container_number\n';
    const res = await post(csv, { 'content-type': 'text/plain', 'x-filename': 'manifest.csv' });
    expect(res.statusCode).toBe(201);
    expect(res.json<Acknowledgement>().format).toBe('csv');
  });

  it('refuses a body over the limit with 413 and the error envelope', async () => {
    const big = new Uint8Array(LIMIT + 10).fill(65);
    const res = await post(big);
    expect(res.statusCode).toBe(413);
    const body = res.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('payload_too_large');
    expect(body.error.message).toMatch(/larger than the 0\.1 MiB this node accepts/);
  });

  it('lists the quarantine and reprocesses a corrected record', async () => {
    const bad = corrupt(
      cuscar('H-3', consignments(2, 300)),
      `SGP+${containerNo(301)}`,
      `SGP+${badDigit(301)}`,
    );
    const ack = (await post(bad)).json<Acknowledgement>();
    const id = ack.units[0]?.quarantined[0]?.id ?? '';
    const denied = await app.inject({ url: '/api/v1/quarantine', headers: { 'x-api-key': key } });
    expect(denied.statusCode).toBe(404);
    const list = await app.inject({
      url: '/api/v1/quarantine',
      headers: { 'x-api-key': analystKey },
    });
    const records = list.json<{ records: { id: string; diagnostics: Diagnostic[] }[] }>().records;
    expect(records.map((r) => r.id)).toContain(id);
    // Each diagnostic names the values of its message, for wording it in another language.
    const quarantined = records.find((r) => r.id === id)?.diagnostics[0];
    expect(quarantined?.code).toBe('container-number.check-digit');
    expect(quarantined?.params).toMatchObject({ value: badDigit(301) });
    expect(ack.units[0]?.quarantined[0]?.diagnostics[0]?.params).toEqual(quarantined?.params);
    const content = new TextDecoder().decode(cuscar('H-3-FIX', consignments(1, 301)));
    const fixed = await app.inject({
      method: 'POST',
      url: `/api/v1/quarantine/${id}/reprocess`,
      headers: { 'x-api-key': analystKey },
      payload: { contentType: 'application/edifact', content },
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json<Acknowledgement>().status).toBe('accepted');
  });

  it('documents every intake route in the OpenAPI document', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/intake',
        '/api/v1/intake/{id}',
        '/api/v1/filings/{key}/history',
        '/api/v1/quarantine',
        '/api/v1/quarantine/{id}/reprocess',
      ]),
    );
  });
});
