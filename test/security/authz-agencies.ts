// The cross-agency dimension of the authorization matrix (`authz-matrix.test.ts`): every read
// route, walked to its last page (`authz-pages.ts`), as every person and carrier key of every
// agency; what only one agency's records carry must never show to another agency. The node's own
// audit log is the one exception: it records what every agency did on the node, and only the
// node's agency reads it.
import type { FastifyInstance } from 'fastify';
import { permissionsOf } from '../../src/services/access/roles.ts';
import { permissionsOfRoute } from '../../src/server/auth/route-guard.ts';
import type { MatrixCaller } from './authz-markings.ts';
import { answersLikeAPage, PAGED, unwalked, walkPages, type PagedShape } from './authz-pages.ts';

interface Route extends PagedShape {
  readonly permission?: string | readonly string[];
}

export interface AgencyMatrix {
  readonly app: FastifyInstance;
  readonly routes: readonly Route[];
  /** People of every role and the carriers' API keys, of every agency. */
  readonly callers: readonly MatrixCaller[];
  /** Per agency, what only its records carry. */
  readonly markers: Readonly<Record<string, readonly string[]>>;
  /** The node's agency, which alone reads the node's audit log. */
  readonly own: string;
  /** The address to call for a route's path (its parameters filled in). */
  readonly pathOf: (url: string) => string;
}

export interface AgencyWalks {
  readonly failures: string[];
  /** The most pages any caller walked, per route. */
  readonly pages: ReadonlyMap<string, number>;
  /** Per agency, everything its targeting officer was shown. */
  readonly officerSaw: ReadonlyMap<string, string>;
}

const key = (r: PagedShape) => `${r.method} ${r.url}`;
const who = (c: MatrixCaller) => `${c.role}@${c.agencyId}${c.headers['x-api-key'] ? ' (key)' : ''}`;
const isNodeLog = (r: Route) => r.url.startsWith('/api/v1/audit/');

export function agencyChecks(m: AgencyMatrix) {
  const granted = (c: MatrixCaller, r: Route) => {
    const held = permissionsOf([c.role]);
    return permissionsOfRoute(r).some((p) => held.has(p));
  };
  const fetchAs = (c: MatrixCaller) => async (url: string) => {
    const res = await m.app.inject({ method: 'GET', url, headers: c.headers });
    return { status: res.statusCode, body: res.body, headers: res.headers };
  };
  /** Other agencies' markers in a text the caller was shown. */
  const foreign = (c: MatrixCaller, r: Route, text: string) =>
    Object.entries(m.markers)
      .filter(([agency]) => agency !== c.agencyId && !(isNodeLog(r) && c.agencyId === m.own))
      .flatMap(([, markers]) => markers.filter((x) => text.includes(x)));

  return {
    /** Paged routes not walked, and walked routes not served (from the routes' schemas). */
    unwalked: () => unwalked(m.routes, []),

    /** Walks every read as every caller granted it; fails on another agency's marker. */
    async walks(): Promise<AgencyWalks> {
      const failures: string[] = [];
      const pages = new Map<string, number>();
      const seenPaged = new Set<string>();
      const officerSaw = new Map<string, string>();
      const reads = m.routes.filter((r) => r.method === 'GET' && r.permission !== undefined);
      for (const r of reads)
        for (const c of m.callers.filter((x) => granted(x, r))) {
          const walk = await walkPages(fetchAs(c), m.pathOf(r.url), PAGED[key(r)]);
          const text = walk.pages.map((p) => p.body).join('\n');
          if (walk.unfinished) failures.push(`${key(r)} as ${who(c)}: no last page`);
          // The walk's own page queries are never a bad request: a refused one would hide a page.
          if (key(r) in PAGED && walk.pages.some((p) => p.status === 400))
            failures.push(`${key(r)} as ${who(c)}: a page query refused (400)`);
          if (walk.pages.some(answersLikeAPage)) seenPaged.add(key(r));
          pages.set(key(r), Math.max(pages.get(key(r)) ?? 0, walk.pages.length));
          const found = foreign(c, r, text);
          if (found.length > 0)
            failures.push(
              `${key(r)} as ${who(c)}, page ${pageOf(walk.pages, found)}: ${found.join()}`,
            );
          if (c.role === 'targeting-officer' && !c.headers['x-api-key'])
            officerSaw.set(c.agencyId, `${officerSaw.get(c.agencyId) ?? ''}\n${text}`);
        }
      failures.push(...unwalked(m.routes, seenPaged));
      return { failures, pages, officerSaw };
    },
  };
}

/** The 1-based number of the first page showing one of the markers. */
function pageOf(pages: readonly { body: string }[], markers: readonly string[]): number {
  return pages.findIndex((p) => markers.some((x) => p.body.includes(x))) + 1;
}
