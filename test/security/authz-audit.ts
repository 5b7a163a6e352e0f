// The audit dimension of the authorization matrix (`authz-matrix.test.ts`): the node's audit log
// over the API (`/api/v1/audit/…`) and its signed heads served to partner nodes over TAXII
// (`/taxii2/api/audit/…`). Each route is called with a request that succeeds for a caller allowed
// it (proofs between the two heads the test signed), so "allowed" means 200, not a 400 for a
// missing parameter. Each check returns its failures, named route × caller.
import type { FastifyInstance } from 'fastify';
import { permissionsOf } from '../../src/services/access/roles.ts';
import { permissionsOfRoute } from '../../src/server/auth/route-guard.ts';
import type { MatrixCaller } from './authz-markings.ts';

/** Sizes of the two heads the test signed, the first smaller. */
export interface SignedSizes {
  readonly first: number;
  readonly second: number;
}

type Request = (sizes: SignedSizes) => { method: 'GET' | 'POST'; url: string };
const get =
  (url: string, query?: (s: SignedSizes) => string): Request =>
  (s) => ({ method: 'GET', url: query ? `${url}?${query(s)}` : url });

/** Every audit route of the API, with a request its callers get 200 for. */
export const AUDIT_API: Readonly<Record<string, Request>> = {
  'GET /api/v1/audit/status': get('/api/v1/audit/status'),
  'GET /api/v1/audit/events': get('/api/v1/audit/events', () => 'limit=1000'),
  'GET /api/v1/audit/tree-heads': get('/api/v1/audit/tree-heads'),
  'GET /api/v1/audit/proofs/inclusion': get(
    '/api/v1/audit/proofs/inclusion',
    (s) => `index=0&treeSize=${s.second}`,
  ),
  'GET /api/v1/audit/proofs/consistency': get(
    '/api/v1/audit/proofs/consistency',
    (s) => `first=${s.first}&second=${s.second}`,
  ),
  'GET /api/v1/audit/partner-heads': get('/api/v1/audit/partner-heads'),
  'POST /api/v1/audit/verify': () => ({ method: 'POST', url: '/api/v1/audit/verify' }),
};

/** The audit routes partner nodes call over TAXII with their token. */
export const AUDIT_TAXII: Readonly<Record<string, Request>> = {
  'GET /taxii2/api/audit/tree-head/': get('/taxii2/api/audit/tree-head/'),
  'GET /taxii2/api/audit/consistency/': get(
    '/taxii2/api/audit/consistency/',
    (s) => `first=${s.first}&second=${s.second}`,
  ),
  'GET /taxii2/api/audit/held-heads/': get(
    '/taxii2/api/audit/held-heads/',
    () => 'log=portcullis-audit:00112233aabbccdd',
  ),
};

/** Routes whose answer to a partner token is TAXII's 404: this node holds no partner's head. */
const HOLDS_NONE = new Set(['GET /taxii2/api/audit/held-heads/']);

const isAuditRoute = (url: string) =>
  url.startsWith('/api/v1/audit/') || url.startsWith('/taxii2/api/audit/');

interface Route {
  readonly method: string;
  readonly url: string;
  readonly permission?: string | readonly string[];
}

export interface AuditMatrix {
  readonly app: FastifyInstance;
  readonly routes: readonly Route[];
  readonly callers: readonly MatrixCaller[];
  /** Partner nodes' TAXII bearer tokens, by name. */
  readonly tokens: Readonly<Record<string, string>>;
  readonly sizes: SignedSizes;
  /** The node's agency: its audit log is read by its own people only. */
  readonly own: string;
}

const TAXII = 'application/taxii+json;version=2.1';

export function auditChecks(m: AuditMatrix) {
  const key = (r: Route) => `${r.method} ${r.url}`;
  const call = async (request: Request, headers: Record<string, string>) => {
    const { method, url } = request(m.sizes);
    const res = await m.app.inject({ method, url, headers });
    return { status: res.statusCode, body: res.body };
  };

  return {
    /** Audit routes served but not listed here, and listed routes the server does not serve. */
    unlisted(): string[] {
      const listed = new Set([...Object.keys(AUDIT_API), ...Object.keys(AUDIT_TAXII)]);
      const served = m.routes.filter((r) => isAuditRoute(r.url)).map(key);
      const missing = served.filter((k) => !listed.has(k)).map((k) => `not in the matrix: ${k}`);
      const gone = [...listed].filter((k) => !served.includes(k)).map((k) => `no such route: ${k}`);
      return [...missing, ...gone];
    },

    /** Every caller of every role and agency: 200 with the permission at the node's agency, else 404. */
    async apiCalls(): Promise<string[]> {
      const failures: string[] = [];
      for (const [name, request] of Object.entries(AUDIT_API)) {
        const route = m.routes.find((r) => key(r) === name);
        if (!route) continue;
        for (const caller of m.callers) {
          const held = permissionsOf([caller.role]);
          const allowed =
            caller.agencyId === m.own && permissionsOfRoute(route).some((p) => held.has(p));
          const { status, body } = await call(request, caller.headers);
          const refused = status === 404 && body.includes('"not_found"');
          if (allowed ? status !== 200 : !refused)
            failures.push(`${name} as ${caller.role}@${caller.agencyId}: ${status}`);
        }
      }
      return failures;
    },

    /**
     * Partner tokens get the heads and proofs (and a TAXII 404 for the head held of a log: the
     * node holds none); no token or a wrong one gets 401; a person's session is refused (404 by
     * the route guard without `exchange.sync`, else 401), as a TAXII error.
     */
    async taxiiCalls(): Promise<string[]> {
      const failures: string[] = [];
      const bearer = (token: string) => ({ accept: TAXII, authorization: `Bearer ${token}` });
      const refusals: [string, Record<string, string>, readonly number[]][] = [
        ['no credentials', { accept: TAXII }, [401]],
        ['an unknown token', bearer('not-a-partner-token'), [401]],
        ...m.callers.map((c): [string, Record<string, string>, readonly number[]] => [
          `${c.role}@${c.agencyId}`,
          { accept: TAXII, ...c.headers },
          [401, 404],
        ]),
      ];
      for (const [name, request] of Object.entries(AUDIT_TAXII)) {
        for (const [partner, token] of Object.entries(m.tokens)) {
          const { status, body } = await call(request, bearer(token));
          const served = JSON.parse(body) as {
            treeSize?: number;
            second?: number;
            http_status?: string;
          };
          const answered = HOLDS_NONE.has(name)
            ? status === 404 && served.http_status === '404'
            : status === 200 && (served.treeSize ?? served.second) === m.sizes.second;
          if (!answered)
            failures.push(`${name} with the ${partner} token: ${status} ${body.slice(0, 120)}`);
        }
        for (const [who, headers, expected] of refusals) {
          const { status, body } = await call(request, headers);
          const taxiiError =
            (JSON.parse(body) as { http_status?: string }).http_status === String(status);
          if (!expected.includes(status) || !taxiiError)
            failures.push(`${name} with ${who}: ${status}`);
        }
      }
      return failures;
    },
  };
}
