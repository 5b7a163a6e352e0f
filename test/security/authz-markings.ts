// The marking dimension of the authorization matrix (`authz-matrix.test.ts`). Each check returns
// the list of its failures, named route × caller × object, so one run shows every leak at once.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { permissionsOf, type Role } from '../../src/services/access/roles.ts';
import { permissionsOfRoute } from '../../src/server/auth/route-guard.ts';
import { rowsOf } from '../../src/storage/db.ts';
import type { Db } from '../../src/storage/index.ts';
import { PAGED, walkPages } from './authz-pages.ts';
import type { SeededObject } from './marking-world.ts';
import {
  API_CREATES,
  API_GETS,
  API_LISTS,
  API_WRITES,
  isExchangeRoute,
  LISTED,
  readPermissionOf,
  seenIn,
  TAXII_GETS,
  TAXII_PAGES,
} from './marking-routes.ts';

export interface MatrixCaller {
  readonly role: Role;
  readonly agencyId: string;
  readonly headers: Record<string, string>;
}

interface Route {
  readonly method: string;
  readonly url: string;
  readonly permission?: string | readonly string[];
  readonly public?: boolean;
}

export interface MarkingMatrix {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly routes: readonly Route[];
  readonly callers: readonly MatrixCaller[];
  readonly objects: readonly SeededObject[];
  readonly tokens: Record<'guest' | 'partner', string>;
  readonly own: string;
}

/**
 * Kinds read one by one on the routes by id: both read permissions (lookout and any other kind)
 * and received hits; the lists and TAXII cover every kind.
 */
const ONE_BY_ONE: readonly SeededObject['kind'][] = ['lookout', 'seizure-report', 'hit'];
const key = (r: Route) => `${r.method} ${r.url}`;

/**
 * One caller per agency and set of exchange permissions: the exchange services decide on the
 * caller's agency and permissions only, so roles holding the same ones answer alike (the list
 * routes still ask every role).
 */
function distinct(callers: readonly MatrixCaller[]): MatrixCaller[] {
  const seen = new Set<string>();
  return callers.filter((c) => {
    const held = [...permissionsOf([c.role])].filter((p) => /^(lookout|intel)\./.test(p));
    const k = `${c.agencyId}:${held.sort().join()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
const ids = (list: readonly SeededObject[]) => list.map((o) => `${o.variant}/${o.kind}`).sort();

export function markingChecks(m: MarkingMatrix) {
  const request = async (
    method: string,
    url: string,
    headers: Record<string, string>,
    payload?: unknown,
  ) => {
    const res = await m.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: res.statusCode, body: res.body };
  };
  const fetchAs = (headers: Record<string, string>) => async (url: string) => {
    const res = await m.app.inject({ method: 'GET', url, headers });
    return { status: res.statusCode, body: res.body, headers: res.headers };
  };
  const route = (name: string) => m.routes.find((r) => key(r) === name);
  const granted = (caller: MatrixCaller, r: Route) => {
    const held = permissionsOf([caller.role]);
    return permissionsOfRoute(r).some((p) => held.has(p));
  };
  /** What a caller may see: everything at its own agency, what the markings allow elsewhere. */
  const visible = (caller: MatrixCaller, o: SeededObject) => caller.agencyId === m.own || o.guest;
  const who = (caller: MatrixCaller) => `${caller.role}@${caller.agencyId}`;

  return {
    unlisted(): string[] {
      const exchange = m.routes.filter((r) => isExchangeRoute(r)).map(key);
      const missing = exchange.filter((k) => !LISTED.has(k)).map((k) => `not in the matrix: ${k}`);
      const present = new Set(m.routes.map(key));
      const gone = [...LISTED].filter((k) => !present.has(k)).map((k) => `no such route: ${k}`);
      return [...missing, ...gone];
    },

    async apiReads(): Promise<string[]> {
      const failures: string[] = [];
      for (const [name, shows] of Object.entries(API_LISTS)) {
        const r = route(name);
        if (!r) continue;
        for (const caller of m.callers.filter((c) => granted(c, r))) {
          const walk = await walkPages(fetchAs(caller.headers), r.url, PAGED[name]);
          const status = walk.pages.find((p) => p.status !== 200)?.status ?? 200;
          if (walk.unfinished) failures.push(`${name} as ${who(caller)}: no last page`);
          const { shown, secrets } = seenIn(walk.pages.map((p) => p.body).join('\n'), m.objects);
          const expected = m.objects.filter((o) => shows(o) && visible(caller, o));
          const where = `${name} as ${who(caller)}`;
          if (status !== 200) failures.push(`${where}: ${status}`);
          if (ids(shown).join() !== ids(expected).join())
            failures.push(
              `${where}: shows [${ids(shown).join()}], expected [${ids(expected).join()}]`,
            );
          if (caller.agencyId !== m.own && secrets.length > 0)
            failures.push(`${where}: internal notes of ${ids(secrets).join()}`);
        }
      }
      for (const name of API_GETS) {
        const r = route(name);
        if (!r) continue;
        for (const caller of distinct(m.callers.filter((c) => granted(c, r))))
          for (const o of m.objects.filter((x) => ONE_BY_ONE.includes(x.kind))) {
            const { status, body } = await request(
              'GET',
              r.url.replace(':id', o.id),
              caller.headers,
            );
            const { shown, secrets } = seenIn(body, [o]);
            const where = `${name} ${o.variant}/${o.kind} as ${who(caller)}: ${status}`;
            const expected =
              visible(caller, o) && permissionsOf([caller.role]).has(readPermissionOf(o));
            if (expected !== (status === 200) || expected !== (shown.length === 1))
              failures.push(`${where} (expected ${expected ? 'shown' : 'not found'})`);
            if (caller.agencyId !== m.own && secrets.length > 0)
              failures.push(`${where}: internal notes`);
          }
      }
      return failures;
    },

    async taxiiReads(): Promise<string[]> {
      const failures: string[] = [];
      /** The most pages a collection took, per route: the seeded objects span several. */
      const pages = new Map<string, number>();
      for (const [agency, token] of Object.entries(m.tokens)) {
        const headers = {
          accept: 'application/taxii+json;version=2.1',
          authorization: `Bearer ${token}`,
        };
        const expected = m.objects.filter((o) => (agency === 'guest' ? o.guest : o.partner));
        const listing = await request('GET', '/taxii2/api/collections/', headers);
        const collections = (
          JSON.parse(listing.body) as { collections?: { id: string }[] }
        ).collections?.map((c) => c.id);
        if (!collections || collections.length === 0) {
          failures.push(`${agency}: no collections (${listing.status})`);
          continue;
        }
        for (const name of TAXII_PAGES) {
          const seen = new Set<SeededObject>();
          for (const collection of collections) {
            const path = name.slice(4).replace(':collectionId', collection);
            const walk = await walkPages(fetchAs(headers), path, PAGED[name]);
            if (walk.unfinished) failures.push(`${name} ${agency} ${collection}: no last page`);
            pages.set(name, Math.max(pages.get(name) ?? 0, walk.pages.length));
            for (const { status, body } of walk.pages) {
              const { shown, secrets } = seenIn(body, m.objects);
              if (status !== 200) failures.push(`${name} ${agency} ${collection}: ${status}`);
              if (secrets.length > 0) failures.push(`${name} ${agency}: internal notes`);
              shown.forEach((o) => seen.add(o));
            }
          }
          if (ids([...seen]).join() !== ids(expected).join())
            failures.push(
              `${name} ${agency}: shows [${ids([...seen]).join()}], expected [${ids(expected).join()}]`,
            );
        }
        for (const name of TAXII_GETS)
          for (const o of m.objects) {
            let found = false;
            for (const collection of collections) {
              const url = name
                .slice(4)
                .replace(':collectionId', collection)
                .replace(':objectId', o.id);
              const { status, body } = await request('GET', url, headers);
              if (seenIn(body, [o]).secrets.length > 0) failures.push(`${name} ${agency}: notes`);
              if (status === 200) found = true;
              else if (status !== 404)
                failures.push(`${name} ${o.variant}/${o.kind} ${agency}: ${status}`);
            }
            if (found !== expected.includes(o))
              failures.push(
                `${name} ${o.variant}/${o.kind} ${agency}: ${found ? 'shown' : 'withheld'}`,
              );
          }
      }
      for (const name of TAXII_PAGES)
        if ((pages.get(name) ?? 0) < 2) failures.push(`${name}: no collection took two pages`);
      return failures;
    },

    async guestWrites(): Promise<string[]> {
      const failures: string[] = [];
      const before = await versionCount(m.db);
      const guests = m.callers.filter((c) => c.agencyId !== m.own);
      // One object of each variant and kind of the node's own: the writes never reach the gate.
      const targets = m.objects.filter((o) => !o.received);
      for (const name of API_WRITES) {
        const r = route(name);
        if (!r) continue;
        const forKind = name.includes('/lookouts/') ? 'lookout' : 'seizure-report';
        for (const caller of distinct(guests.filter((c) => granted(c, r))))
          for (const o of targets.filter((t) => t.kind === forKind)) {
            const body = { communities: ['eu-ports-coalition'], agencies: ['nl-customs'] };
            const res = await request('POST', r.url.replace(':id', o.id), caller.headers, body);
            const { shown } = seenIn(res.body, [o]);
            if (res.status !== 404 || shown.length > 0)
              failures.push(`${name} ${o.variant}/${o.kind} as ${who(caller)}: ${res.status}`);
          }
      }
      for (const name of API_CREATES) {
        const r = route(name);
        if (!r) continue;
        for (const caller of guests.filter((c) => granted(c, r))) {
          const res = await request('POST', r.url, caller.headers, creation(name));
          if (res.status !== 404) failures.push(`${name} as ${who(caller)}: ${res.status}`);
        }
      }
      const after = await versionCount(m.db);
      if (after !== before) failures.push(`stored versions ${before} → ${after}`);
      return failures;
    },

    async otherRoutes(): Promise<string[]> {
      const failures: string[] = [];
      const own = m.callers.filter((c) => c.agencyId === m.own);
      const probes = [m.objects[0], m.objects.find((o) => o.received)].flatMap((o) => o ?? []);
      for (const r of m.routes) {
        if (r.method !== 'GET' || LISTED.has(key(r)) || r.url.includes('*')) continue;
        const caller = r.public === true ? own[0] : own.find((c) => granted(c, r));
        if (!caller) continue;
        for (const o of probes) {
          const url = r.url.replace(/:\w+/g, o.id);
          const { body } = await request('GET', url, caller.headers);
          const { shown, secrets } = seenIn(body.replaceAll(o.id, ''), m.objects);
          if (shown.length + secrets.length > 0)
            failures.push(
              `${key(r)} as ${who(caller)} shows ${ids([...shown, ...secrets]).join()}`,
            );
        }
      }
      return failures;
    },
  };
}

/** A valid object to create: a guest's creation is refused whatever it contains. */
function creation(name: string): unknown {
  const markings = {
    tlp: 'green',
    handling: { code: 'H1' },
    evaluation: { reliability: 'B', accuracy: 2 },
    purpose: 'customs-control',
  };
  const lookout = {
    title: 'Guest lookout',
    criteria: [{ kind: 'party-name', value: 'Guest Shipper BV' }],
    holdRequired: false,
    hitsRequested: false,
    markings,
  };
  if (name === 'POST /api/v1/lookouts') return lookout;
  return {
    kind: 'rfi',
    content: { subject: 'Guest', question: 'Guest question?', aboutRefs: [] },
    markings,
  };
}

async function versionCount(db: Db): Promise<number> {
  const result = await db.execute(sql`SELECT count(*)::int AS n FROM intel_objects`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}
