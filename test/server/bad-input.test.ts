// Every operation of the served OpenAPI document, called by a user holding every role (TAXII by a
// partner's token), with malformed input drawn from the operation's own schemas
// (test/support/bad-input-cases.ts): wrong types, required fields left out, unknown enum values,
// overlong strings, bad UUIDs and dates in path and query, broken JSON, wrong content types, huge
// numbers, negative limits. Each must get a 4xx (never a 5xx, never a 2xx) whose message names the
// offending parameter or field, and every GET of the node must show the same state afterwards.
// Values are seeded (SEED), so a failure reproduces. Runs on PGlite only: what is checked is the
// HTTP layer's validation, which is the same on either engine.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { serverDeps } from '../../src/server/server-deps-from-context.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { ROLES } from '../../src/services/access/roles.ts';
import { buildAppContext } from '../../src/services/app-context.ts';
import { createLocalAccount, createSessionStore } from '../../src/services/auth/index.ts';
import { createSenderService } from '../../src/services/intake/sender.service.ts';
import { initNode } from '../../src/services/exchange/node-identity.ts';
import { buildOutcomeWorld, type OutcomeWorld } from '../outcomes/outcome-world.ts';
import { movableClock } from '../security/auth-app.ts';
import { OWN, seedMarkingWorld } from '../security/marking-world.ts';
import { badBodies, badValues, validOf, type Schema } from '../support/bad-input-cases.ts';
import { openTestDatabase } from '../support/db.ts';

const SEED = 20261123;
const TAXII = 'application/taxii+json;version=2.1';

interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: boolean;
  readonly schema: Schema;
}
interface Operation {
  readonly method: string;
  readonly url: string;
  readonly parameters: readonly Parameter[];
  readonly body?: Schema;
}
/** One malformed request and what its refusal must name. */
interface Case {
  readonly op: Operation;
  readonly what: string;
  /** Text the error message must contain (the parameter or field name, or the fault). */
  readonly names: RegExp;
  readonly path?: Record<string, string>;
  readonly query?: Record<string, string>;
  readonly headers?: Record<string, string>;
  readonly payload?: string;
  readonly contentType?: string;
  /** A bad path parameter may also read as a resource that does not exist. */
  readonly notFoundToo?: boolean;
  /** Put into the URL as it is (not percent-encoded). */
  readonly rawPath?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function operationsOf(doc: {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>;
}): Operation[] {
  return Object.entries(doc.paths).flatMap(([url, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const content = (
        op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined
      )?.content;
      const body = content?.['application/json']?.schema;
      return {
        method: method.toUpperCase(),
        url,
        parameters: op.parameters ?? [],
        ...(body ? { body } : {}),
      };
    }),
  );
}

/** The malformed requests of one operation. */
function casesOf(op: Operation): Case[] {
  const cases: Case[] = [];
  for (const p of op.parameters) {
    for (const bad of badValues(p.schema, p.name, false, SEED, op.url))
      cases.push({
        op,
        what: `${p.in} ${p.name}: ${bad.why} (${JSON.stringify(bad.value).slice(0, 40)})`,
        names: new RegExp(escape(p.name)),
        [p.in === 'header' ? 'headers' : p.in]: { [p.name]: bad.value as string },
        notFoundToo: p.in === 'path',
      });
    if (p.in === 'path')
      cases.push(
        {
          op,
          what: `path ${p.name}: a broken percent-encoding`,
          names: /URL path/,
          path: { [p.name]: '%E0%A4%A' },
          rawPath: true,
          notFoundToo: true,
        },
        {
          op,
          what: `path ${p.name}: 5,000 characters`,
          names: /URL path parameter/,
          path: { [p.name]: 'a'.repeat(5000) },
          notFoundToo: true,
        },
      );
    if (p.required && p.in === 'query')
      cases.push({
        op,
        what: `query ${p.name} left out`,
        names: new RegExp(p.name),
        query: { [p.name]: '' },
      });
  }
  if (op.body) {
    const valid = JSON.stringify(validOf(op.body, SEED));
    cases.push(
      {
        op,
        what: 'broken JSON',
        names: /not valid JSON: .* line 1, column \d+/,
        payload: valid.slice(0, -1) + ',',
      },
      {
        op,
        what: 'an XML body',
        names: /content type/i,
        payload: '<a/>',
        contentType: 'application/xml',
      },
      { op, what: 'a JSON array for the body', names: /body/, payload: '[]' },
    );
    for (const bad of badBodies(op.body, SEED))
      cases.push({
        op,
        what: `body ${bad.at}: ${bad.why}`,
        names: new RegExp(escape(bad.name)),
        payload: JSON.stringify(bad.body),
      });
  }
  return cases;
}

describe('every operation refuses malformed input with a clear 4xx [pglite]', () => {
  let app: FastifyInstance;
  let release: () => Promise<void>;
  let world: OutcomeWorld;
  let userHeaders: Record<string, string>;
  let partnerHeaders: Record<string, string>;
  const pathValues = new Map<string, string>();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portcullis-bad-input-'));
  let operations: Operation[] = [];

  let carrierHeaders: Record<string, string>;
  /** TAXII takes a partner's token; the carrier's own routes (intake, customs status) its key. */
  const headersOf = (url: string) =>
    url.startsWith('/taxii2/')
      ? partnerHeaders
      : /^\/api\/v1\/(intake|customs-status)/.test(url)
        ? carrierHeaders
        : userHeaders;
  const valueOf = (url: string, p: Parameter) =>
    pathValues.get(`${url} ${p.name}`) ?? pathValues.get(p.name) ?? String(validOf(p.schema, SEED));

  function request(c: Omit<Case, 'what' | 'names'>): InjectOptions {
    const { op } = c;
    let url = op.url;
    const query: Record<string, string> = {};
    for (const p of op.parameters) {
      if (p.in === 'path') {
        const value = c.path?.[p.name] ?? valueOf(op.url, p);
        url = url.replace(`{${p.name}}`, c.rawPath ? value : encodeURIComponent(value));
      } else if (p.in === 'query' && (p.required || c.query?.[p.name] !== undefined)) {
        const value = c.query?.[p.name] ?? valueOf(op.url, p);
        if (value !== '') query[p.name] = value;
      }
    }
    const taxii = op.url.startsWith('/taxii2/');
    const payload = c.payload ?? (op.body ? JSON.stringify(validOf(op.body, SEED)) : undefined);
    const contentType = c.contentType ?? (taxii ? TAXII : 'application/json');
    return {
      method: op.method,
      url,
      query,
      headers: {
        ...headersOf(op.url),
        ...(taxii ? { accept: TAXII } : {}),
        ...(payload === undefined ? {} : { 'content-type': contentType }),
        ...c.headers,
      },
      ...(payload === undefined ? {} : { payload }),
    };
  }

  /** Every GET of the node (but the audit trail and the session, which record the calls), as text. */
  async function snapshot(): Promise<Map<string, string>> {
    const seen = new Map<string, string>();
    for (const op of operations.filter(
      (o) => o.method === 'GET' && !/^\/(health|api\/v1\/(audit|session))/.test(o.url),
    )) {
      const res = await app.inject(request({ op }));
      if (res.statusCode >= 500) throw new Error(`GET ${op.url}: ${res.statusCode} ${res.body}`);
      const body = res.body.replace(/"(requestId|error_id)":"[^"]*"/g, '');
      seen.set(`GET ${op.url}`, `${res.statusCode} ${body}`);
    }
    return seen;
  }

  beforeAll(async () => {
    const handle = await openTestDatabase('pglite');
    release = handle.release;
    const clock = movableClock();
    const context = await buildAppContext(handle.database, clock);
    await initNode(handle.database.db, OWN, clock.now());
    world = await buildOutcomeWorld(handle.database, clock);
    const seeded = await seedMarkingWorld(context);
    app = await buildServer(serverDeps(context, { dataDir }), {
      logLevel: 'silent',
      bodyLimitBytes: 1 << 20,
    });
    const user = await createLocalAccount(handle.database, {
      username: 'everything',
      displayName: 'Every role',
      agencyId: OWN,
      roles: [...ROLES],
    });
    const session = await createSessionStore(context).open(user, 'password');
    userHeaders = {
      cookie: `portcullis_session=${session.sessionId}`,
      'x-csrf-token': session.csrfToken,
    };
    partnerHeaders = { authorization: `Bearer ${seeded.tokens.partner}` };
    const admin = createActor({ kind: 'user', id: 'admin-1', agencyId: OWN, roles: ['admin'] });
    const senders = createSenderService(context);
    carrierHeaders = { 'x-api-key': (await senders.issueKey(admin, world.carrier.id)).key };
    operations = operationsOf((await app.inject({ url: '/openapi.json' })).json());

    // Path parameters that name things that exist, so a call reaches the service's own checks.
    const selections = (
      await app.inject({ url: '/api/v1/selections', headers: userHeaders })
    ).json<{ items: { id: string }[] }>().items;
    const plan = (
      await app.inject({
        url: `/api/v1/vessel-calls/${encodeURIComponent(world.callId)}/scan-plan`,
        headers: userHeaders,
      })
    ).json<{ id: string }>();
    const own = (kind: string) =>
      seeded.objects.find((o) => o.kind === kind && !o.received)?.id ?? 'none';
    pathValues.set('/api/v1/selections/{id} id', selections[0]?.id ?? 'none');
    for (const op of operations.filter((o) => o.url.startsWith('/api/v1/selections/')))
      pathValues.set(`${op.url} id`, selections[0]?.id ?? 'none');
    for (const op of operations.filter((o) => o.url.startsWith('/api/v1/vessel-calls/')))
      pathValues.set(`${op.url} id`, world.callId);
    pathValues.set('/api/v1/scan-plans/{id}/selections id', plan.id);
    for (const op of operations.filter((o) => o.url.startsWith('/api/v1/lookouts/')))
      pathValues.set(`${op.url} id`, own('lookout'));
    for (const op of operations.filter((o) => o.url.startsWith('/api/v1/intel/objects/')))
      pathValues.set(`${op.url} id`, own('seizure-report'));
    pathValues.set('containerNumber', world.containers[0]!);
    pathValues.set('billNumber', 'BILL2403W0');
    const collections = (
      await app.inject({
        url: '/taxii2/api/collections/',
        headers: { ...partnerHeaders, accept: TAXII },
      })
    ).json<{ collections: { id: string }[] }>().collections;
    pathValues.set('collectionId', collections[0]?.id ?? 'none');
  });
  afterAll(async () => {
    await app.close();
    await release();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds the operations of every capability', () => {
    expect(operations.length).toBeGreaterThan(60);
    expect(operations.map((o) => o.url)).toEqual(
      expect.arrayContaining(['/api/v1/lookouts', '/api/v1/audit/events', '/taxii2/']),
    );
  });

  it('answers each malformed request with a 4xx naming the fault, and changes nothing', async () => {
    const before = await snapshot();
    const faults: string[] = [];
    let sent = 0;
    for (const op of operations)
      for (const c of casesOf(op)) {
        sent++;
        const res = await app.inject(request(c));
        const body = res.json<{
          error?: { message: string };
          title?: string;
          description?: string;
        }>();
        const message = body.error?.message ?? `${body.title ?? ''} ${body.description ?? ''}`;
        const where = `${op.method} ${op.url} ${c.what}: ${res.statusCode}`;
        const refused = res.statusCode >= 400 && res.statusCode < 500;
        if (!refused) faults.push(`${where} ${res.body.slice(0, 160)}`);
        else if (!(res.statusCode === 404 && c.notFoundToo) && !c.names.test(message))
          faults.push(`${where} "${message.slice(0, 160)}" does not name ${String(c.names)}`);
      }
    const after = await snapshot();
    const changed = [...before].filter(([k, v]) => after.get(k) !== v).map(([k]) => k);
    expect({ faults, changed }).toEqual({ faults: [], changed: [] });
    expect(sent).toBeGreaterThan(300);
  }, 300_000);
});
