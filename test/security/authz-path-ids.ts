// The path dimension of the authorization matrix (`authz-matrix.test.ts`): every GET route with a
// path parameter is called with real ids, not placeholders. As every person and carrier key of
// each agency: with its own agency's ids (200 to a caller the route grants, 404 to any other), and
// with the other agency's (404), never showing the other agency's markers. A vessel call's id names
// the same call at every agency, so with it each agency reads its own part (200, no marker of the
// other). Over TAXII the callers are the partner tokens, with every token's collection ids and
// statuses: another token's collection or status is not found. Exchange objects by id are checked
// with their real ids, per marking, by the marking dimension. A GET route with a path parameter
// listed nowhere here fails the matrix.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { permissionsOf } from '../../src/services/access/roles.ts';
import { permissionsOfRoute } from '../../src/server/auth/route-guard.ts';
import { insertStatus, type Db } from '../../src/storage/index.ts';
import type { AgencyCargo } from './agency-cargo.ts';
import { agencyIdsOf, type AgencyIds } from './agency-records.ts';
import type { TestNode } from './auth-app.ts';
import type { MatrixCaller } from './authz-markings.ts';
import type { SeededObject } from './marking-world.ts';
import { API_GETS, seenIn, TAXII_GETS, TAXII_PAGES } from './marking-routes.ts';

interface Route {
  readonly method: string;
  readonly url: string;
  readonly permission?: string | readonly string[];
}

/** An agency's real ids, with the ids read through the API (the entity of a party). */
export type PathIds = AgencyIds & { readonly callId: string; readonly entity: string };
type Params = Readonly<Record<string, string>>;

/** Per route, the path parameters naming one agency's record. */
export const REAL_IDS: Readonly<Record<string, (ids: PathIds) => Params>> = {
  'GET /api/v1/intake/:id': (i) => ({ id: i.submission }),
  'GET /api/v1/filings/:key/history': (i) => ({ key: i.filingKey }),
  'GET /api/v1/vessel-calls/:id/queue': (i) => ({ id: i.callId }),
  'GET /api/v1/vessel-calls/:id/scan-plan': (i) => ({ id: i.callId }),
  'GET /api/v1/assessments/:containerNumber': (i) => ({ containerNumber: i.container }),
  'GET /api/v1/rules/:id': (i) => ({ id: i.ruleSet }),
  'GET /api/v1/selections/:id': (i) => ({ id: i.selection }),
  'GET /api/v1/entities/:id': (i) => ({ id: i.entity }),
  'GET /api/v1/entities/:id/graph': (i) => ({ id: i.entity }),
  'GET /api/v1/entities/:id/members': (i) => ({ id: i.entity }),
  'GET /api/v1/seizures/:id/network': (i) => ({ id: i.seizure }),
  'GET /api/v1/consignments/:id/parties': (i) => ({ id: i.consignment }),
  'GET /api/v1/consignments/:billNumber': (i) => ({ billNumber: i.bill }),
  'GET /api/v1/containers/:containerNumber': (i) => ({ containerNumber: i.container }),
};
/** Ids that name the same thing at every agency (one vessel call): each reads its own part. */
const SHARED = new Set([
  'GET /api/v1/vessel-calls/:id/queue',
  'GET /api/v1/vessel-calls/:id/scan-plan',
]);
/** TAXII routes, called by each partner token with every token's collections and statuses. */
const TAXII_COLLECTION = 'GET /taxii2/api/collections/:collectionId/';
const TAXII_STATUS = 'GET /taxii2/api/status/:statusId/';
const TAXII_IDS: readonly string[] = [
  TAXII_COLLECTION,
  TAXII_STATUS,
  ...TAXII_PAGES,
  ...TAXII_GETS,
];
/** Checked with each seeded exchange object's real id, per marking, in `authz-markings.ts`. */
const BY_MARKINGS: readonly string[] = API_GETS;

const key = (r: Route) => `${r.method} ${r.url}`;
const fill = (url: string, params: Params) =>
  url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? `?${name}`));
const who = (c: MatrixCaller) => `${c.role}@${c.agencyId}${c.headers['x-api-key'] ? ' (key)' : ''}`;

/** GET routes with a path parameter checked with no real id, and listed routes not served. */
export function uncheckedPaths(routes: readonly Route[]): string[] {
  const listed = new Set([...Object.keys(REAL_IDS), ...TAXII_IDS, ...BY_MARKINGS]);
  const served = new Set(routes.map(key));
  return [
    ...routes
      .filter((r) => r.method === 'GET' && r.url.includes(':') && !listed.has(key(r)))
      .map((r) => `path route not checked with real ids: ${key(r)}`),
    ...[...listed].filter((k) => !served.has(k)).map((k) => `no such route: ${k}`),
  ];
}

export interface PathMatrix {
  readonly app: FastifyInstance;
  readonly routes: readonly Route[];
  /** People of every role and the carriers' API keys, of every agency. */
  readonly callers: readonly MatrixCaller[];
  /** Per agency, what only its records carry. */
  readonly markers: Readonly<Record<string, readonly string[]>>;
  /** Per agency, its real ids. */
  readonly ids: Readonly<Record<string, PathIds>>;
}

/** Every agency route with a path parameter, as every caller, with every agency's real ids. */
export async function agencyPathCalls(m: PathMatrix): Promise<string[]> {
  const failures: string[] = [];
  for (const r of m.routes.filter((x) => key(x) in REAL_IDS))
    for (const c of m.callers)
      for (const [owner, ids] of Object.entries(m.ids)) {
        const params = REAL_IDS[key(r)]!(ids);
        const res = await m.app.inject({ url: fill(r.url, params), headers: c.headers });
        const expected = expectedStatus(c, r, owner === c.agencyId || SHARED.has(key(r)));
        const where = `${key(r)} as ${who(c)} with ${owner}'s ids: ${res.statusCode}`;
        if (!expected.includes(res.statusCode))
          failures.push(`${where}, expected ${expected.join(' or ')}`);
        // The ids the caller sent may come back (in an error message): they are not shown records.
        const shown = Object.values(params).reduce((t, v) => t.replaceAll(v, ''), res.body);
        const found = Object.entries(m.markers)
          .filter(([agency]) => agency !== c.agencyId)
          .flatMap(([, markers]) => markers.filter((x) => shown.includes(x)));
        if (found.length > 0) failures.push(`${where} shows ${found.join()}`);
      }
  return failures;
}

/**
 * 200 for a granted caller with its own agency's ids, not found otherwise (403 where a guard says
 * so). A carrier reads only what it sent itself: the agency's records are its key's submissions,
 * not those of a person account holding the carrier role.
 */
function expectedStatus(c: MatrixCaller, r: Route, own: boolean): readonly number[] {
  const held = permissionsOf([c.role]);
  const granted = permissionsOfRoute(r).some((p) => held.has(p));
  const sender = c.role !== 'carrier' || c.headers['x-api-key'] !== undefined;
  return granted && own && sender ? [200] : [404, 403];
}

/** An agency's real ids; its entity as its analyst reads it (the first party of its bill). */
export async function pathIdsOf(
  node: TestNode,
  cargo: AgencyCargo,
  analyst: MatrixCaller,
  callId: string,
): Promise<PathIds> {
  const ids = await agencyIdsOf(node.context, cargo, cargo.records);
  const res = await node.app.inject({
    url: `/api/v1/consignments/${ids.consignment}/parties`,
    headers: analyst.headers,
  });
  const [first] = res.json<{ items?: { entityId: string }[] }>().items ?? [];
  if (!first) throw new Error(`no parties of ${ids.consignment} (${res.statusCode})`);
  return { ...ids, callId, entity: first.entityId };
}

export interface TaxiiPathMatrix {
  readonly app: FastifyInstance;
  readonly db: Db;
  /** By token name, the partner's registry id and its bearer token. */
  readonly partners: Readonly<Record<string, { readonly id: string; readonly token: string }>>;
  readonly objects: readonly SeededObject[];
}

/**
 * Each token with every token's collection ids and a status stored for each partner: its own
 * collections and status answer (objects by id as their markings decide, in the marking
 * dimension), another's are not found; no answer shows an object not released to the token.
 */
export async function taxiiPathCalls(m: TaxiiPathMatrix): Promise<string[]> {
  const headersOf = (token: string) => ({
    accept: 'application/taxii+json;version=2.1',
    authorization: `Bearer ${token}`,
  });
  const tokens = Object.entries(m.partners);
  const collections = new Map<string, string[]>();
  const statuses = new Map<string, string>();
  for (const [name, partner] of tokens) {
    const res = await m.app.inject({
      url: '/taxii2/api/collections/',
      headers: headersOf(partner.token),
    });
    const listed = res.json<{ collections?: { id: string }[] }>().collections ?? [];
    collections.set(
      name,
      listed.map((c) => c.id),
    );
    statuses.set(name, await storeStatus(m.db, partner.id));
  }
  const probe = m.objects.find((o) => o.guest && o.partner) ?? m.objects[0];
  const failures: string[] = [];
  let foreign = 0;
  for (const [name, partner] of tokens) {
    const withheld = m.objects.filter((o) => !(name === 'guest' ? o.guest : o.partner));
    for (const [holder, ids] of collections)
      for (const route of TAXII_IDS.filter((r) => r !== TAXII_STATUS))
        for (const collectionId of ids) {
          const path = fill(route.slice(4), { collectionId, objectId: probe?.id ?? '' });
          const res = await m.app.inject({ url: path, headers: headersOf(partner.token) });
          const own = collections.get(name)?.includes(collectionId) === true;
          const where = `${route} ${name} with ${holder}'s ${collectionId}: ${res.statusCode}`;
          if (!own) foreign++;
          if (!own && res.statusCode !== 404) failures.push(`${where}, expected 404`);
          if (own && !TAXII_GETS.includes(route as never) && res.statusCode !== 200)
            failures.push(`${where}, expected 200`);
          const { shown, secrets } = seenIn(res.body, withheld);
          if (shown.length + secrets.length > 0) failures.push(`${where} shows withheld objects`);
        }
    for (const [holder, statusId] of statuses) {
      const url = fill(TAXII_STATUS.slice(4), { statusId });
      const res = await m.app.inject({ url, headers: headersOf(partner.token) });
      const expected = holder === name ? 200 : 404;
      if (res.statusCode !== expected)
        failures.push(`${TAXII_STATUS} ${name} with ${holder}'s: ${res.statusCode}`);
    }
  }
  if (foreign === 0) failures.push('no token was asked for a collection listed to another only');
  return failures;
}

/** A status of objects the partner POSTed, as the TAXII add route stores it. */
async function storeStatus(db: Db, partnerId: string): Promise<string> {
  const id = randomUUID();
  await insertStatus(db, {
    id,
    partnerId,
    requestedAt: new Date('2026-03-01T09:00:00Z'),
    totalCount: 0,
    successes: [],
    failures: [],
  });
  return id;
}
