// The authorization matrix: every route of the real server (collected as it is registered) ×
// every role × own and other agency. A route must declare `config.permission` (or `public` /
// `signedIn`); without the permission a caller gets 401/403/404 and never data; with it, never
// 403. Runs on whatever routes exist.
// The agency dimension (`authz-agencies.ts`, `agency-cargo.ts`): both agencies file cargo; every
// read, walked to its last page (`authz-pages.ts`; a paged route it does not walk fails), as every
// person and carrier key, never shows another agency's containers, bills or submissions.
// The marking dimension (`authz-markings.ts`): exchange objects under every marking, own and
// received, shown on each exchange route exactly as the markings allow to each role and agency
// and to partner tokens over TAXII; any other route showing one fails.
// The audit dimension (`authz-audit.ts`): the node has a data directory, hence an audit log, so its
// audit routes are served; each is called as every caller and, over TAXII, with partner tokens.
// The path dimension (`authz-path-ids.ts`, `agency-records.ts`): every GET route with a path
// parameter is called with each agency's real ids as every caller (and over TAXII with every
// token's collections and statuses); a path route it does not check with real ids fails.
import diagnostics from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/app-error.ts';
import { PERMISSIONS } from '../../src/services/access/permissions.ts';
import { ROLES, permissionsOf } from '../../src/services/access/roles.ts';
import { createLocalAccount, createSessionStore } from '../../src/services/auth/index.ts';
import { enginesUnderTest, openTestDatabase } from '../support/db.ts';
import { buildOutcomeWorld } from '../outcomes/outcome-world.ts';
import { initNode } from '../../src/services/exchange/node-identity.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { createAuditLogService } from '../../src/services/audit-log/audit-log.service.ts';
import { loadNodeSigningKey } from '../../src/services/audit-log/node-signing-key.ts';
import { auditChecks, type SignedSizes } from './authz-audit.ts';
import { startTestNode, type TestNode } from './auth-app.ts';
import { markingChecks, type MatrixCaller } from './authz-markings.ts';
import { seedMarkingWorld, type SeededObject } from './marking-world.ts';
import { agencyChecks } from './authz-agencies.ts';
import { seedAgencyCargo, type AgencyCargo } from './agency-cargo.ts';
import { concrete, grants, routeCollector, type CollectedRoute } from './authz-routes.ts';
import { agencyPathCalls, pathIdsOf, taxiiPathCalls, uncheckedPaths } from './authz-path-ids.ts';

const OWN = 'be-customs';
const OTHER = 'nl-customs';
const collected: CollectedRoute[] = [];
const onInit = routeCollector(collected);

type Caller = MatrixCaller;

for (const { engine, enabled } of enginesUnderTest())
  describe.skipIf(!enabled)(`authorization matrix [${engine}]`, () => {
    let node: TestNode;
    let release: () => Promise<void>;
    /** The node's data directory: its audit signing key is made there, as on a served node. */
    const dataDir = mkdtempSync(path.join(tmpdir(), 'portcullis-authz-'));
    /** Per agency, what only its records carry; and its intake submissions. */
    const markers: Record<string, string[]> = {};
    const submissions: Record<string, readonly string[]> = {};
    /** The carriers' API keys, one per agency. */
    const keyCallers: Caller[] = [];
    let seeded: { objects: SeededObject[]; tokens: Record<'guest' | 'partner', string> };
    /** Per agency, its seeded cargo and records; and the vessel call both agencies' bills are on. */
    const cargoOf: Record<string, AgencyCargo> = {};
    let callId = '';
    let sizes: SignedSizes;
    const callers: Caller[] = [];
    /** The users made for the callers, by agency. */
    const userIds: Record<string, string[]> = { [OWN]: [], [OTHER]: [] };

    beforeAll(async () => {
      collected.length = 0;
      diagnostics.subscribe('fastify.initialization', onInit);
      const handle = await openTestDatabase(engine);
      release = handle.release;
      try {
        // No periodic head: the test signs the heads it needs.
        node = await startTestNode(handle.database, { dataDir, auditTreeHeadIntervalSeconds: 0 });
      } finally {
        diagnostics.unsubscribe('fastify.initialization', onInit);
      }
      await initNode(handle.database.db, OWN, node.clock.now());
      // The server's key, from the data directory: the two heads the audit proofs run between.
      const auditLog = createAuditLogService({
        ...node.context,
        key: loadNodeSigningKey(dataDir),
      });
      const signer = createActor({ kind: 'user', id: 'signer', agencyId: OWN, roles: ['auditor'] });
      const world = await buildOutcomeWorld(handle.database, node.clock);
      callId = world.callId;
      const first = (await auditLog.issueTreeHead(signer)).treeSize;
      seeded = await seedMarkingWorld(node.context);
      for (const [agencyId, owner, plan] of [
        [OWN, 'BEXU', false],
        [OTHER, 'NLXU', true],
      ] as const) {
        const cargo = await seedAgencyCargo(node.context, {
          agencyId,
          owner,
          submissions: 3,
          billsPerSubmission: 2,
          plan,
        });
        markers[agencyId] = [...cargo.markers, ...(agencyId === OWN ? world.containers : [])];
        submissions[agencyId] = cargo.submissionIds;
        cargoOf[agencyId] = cargo;
        keyCallers.push({ role: 'carrier', agencyId, headers: { 'x-api-key': cargo.carrierKey } });
      }
      const sessions = createSessionStore(node.context);
      for (const agencyId of [OWN, OTHER])
        for (const role of ROLES) {
          const user = await createLocalAccount(handle.database, {
            username: `${role}.${agencyId}`,
            displayName: role,
            agencyId,
            roles: [role],
          });
          userIds[agencyId]?.push(user.id);
          const session = await sessions.open(user, 'password');
          const headers = {
            cookie: `portcullis_session=${session.sessionId}`,
            'x-csrf-token': session.csrfToken,
          };
          callers.push({ role, agencyId, headers });
        }
      sizes = { first, second: (await auditLog.issueTreeHead(signer)).treeSize };
    });
    afterAll(async () => {
      await node.app.close();
      await release();
      rmSync(dataDir, { recursive: true, force: true });
    });

    /** Calls the route; a route that does not answer within 10 s counts as status 0. */
    const call = async (route: CollectedRoute, headers: Record<string, string>) => {
      const request = node.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        headers,
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<{ statusCode: number; body: string; json: <T>() => T }>(
        (resolve) => {
          timer = setTimeout(
            () => resolve({ statusCode: 0, body: '', json: <T>() => ({}) as T }),
            10_000,
          );
        },
      );
      try {
        return await Promise.race([request, timeout]);
      } finally {
        clearTimeout(timer);
      }
    };

    it('finds the routes of every capability', () => {
      const urls = collected.map((r) => r.url);
      expect(urls).toEqual(
        expect.arrayContaining([
          '/api/v1/session',
          '/api/v1/rules',
          // The Intake page's reads: the submission list and the senders to filter it by.
          '/api/v1/intake',
          '/api/v1/senders',
          '/api/v1/audit/status',
          '/taxii2/api/audit/tree-head/',
        ]),
      );
      expect(collected.length).toBeGreaterThan(15);
    });

    it('every route declares its permission (or that it is public or needs only a signed-in caller)', () => {
      const undeclared = collected
        .filter((r) => r.permission === undefined && r.public !== true && r.signedIn !== true)
        .map((r) => `${r.method} ${r.url}`);
      const names = (r: CollectedRoute) => [r.permission ?? []].flat();
      const unknown = collected
        .filter((r) => names(r).some((p) => !(PERMISSIONS as readonly string[]).includes(p)))
        .map((r) => `${r.method} ${r.url}: ${names(r).join(', ')}`);
      expect({ undeclared, unknown }).toEqual({ undeclared: [], unknown: [] });
    });

    it('refuses every protected route without credentials (401)', async () => {
      const answers: string[] = [];
      for (const route of collected.filter((r) => r.public !== true)) {
        const res = await call(route, {});
        if (res.statusCode !== 401) answers.push(`${route.method} ${route.url}: ${res.statusCode}`);
      }
      expect(answers).toEqual([]);
    });

    it(
      'refuses every role without the permission, and never refuses one with it',
      { timeout: 300_000 },
      async () => {
        const leaks: string[] = [];
        const refused: string[] = [];
        for (const route of collected.filter((r) => r.permission !== undefined)) {
          for (const caller of callers) {
            const granted = grants(caller.role, route);
            const res = await call(route, caller.headers);
            const where = `${route.method} ${route.url} as ${caller.role}@${caller.agencyId}: ${res.statusCode}`;
            if (!granted) {
              const body = res.json<{
                error?: { code: string };
                title?: string;
                error_code?: string;
              }>();
              const denial = [401, 403, 404].includes(res.statusCode);
              // TAXII routes answer with TAXII 2.1 error messages, the node's code in error_code.
              const envelope = route.url.startsWith('/taxii2/')
                ? typeof body.title === 'string' && ERROR_CODES.includes(body.error_code as never)
                : body.error !== undefined && ERROR_CODES.includes(body.error.code as never);
              if (!denial || !envelope) leaks.push(where);
            } else if (
              (res.statusCode === 401 || res.statusCode === 403) &&
              // TAXII routes take only a partner's bearer token (test/exchange/taxii-server.test.ts):
              // a person's session is refused even with the partner-node role.
              !route.url.startsWith('/taxii2/')
            ) {
              refused.push(where);
            }
          }
        }
        expect({ leaks, refused }).toEqual({ leaks: [], refused: [] });
      },
    );

    describe('agencies', () => {
      const checks = () =>
        agencyChecks({
          app: node.app,
          routes: collected,
          callers: [...callers, ...keyCallers],
          markers,
          own: OWN,
          pathOf: concrete,
        });
      it('walks every paged list route to its last page', () => {
        expect(checks().unwalked()).toEqual([]);
      });
      it(
        "never shows another agency's records on any page of any read, to a person or a carrier key",
        { timeout: 300_000 },
        async () => {
          const { failures, pages, officerSaw } = await checks().walks();
          expect(failures).toEqual([]);
          // The world spans several pages where the route has a next one (a carrier's customs
          // statuses too, told at one instant by one scan plan).
          for (const name of [
            'GET /api/v1/intake',
            'GET /api/v1/audit/events',
            'GET /api/v1/customs-status',
          ])
            expect(pages.get(name), name).toBeGreaterThan(1);
          // The markers are real: each agency's officer sees its own records, every submission
          // too, the last of them on the intake list's last page.
          for (const agency of [OWN, OTHER]) {
            const saw = officerSaw.get(agency) ?? '';
            expect(
              markers[agency]?.some((x) => saw.includes(x)),
              agency,
            ).toBe(true);
            const unseen = submissions[agency]?.filter((id) => !saw.includes(id));
            expect(unseen, agency).toEqual([]);
          }
        },
      );
    });

    it(
      'lets every signed-in role reach the routes that need only a signed-in caller',
      { timeout: 300_000 },
      async () => {
        const refused: string[] = [];
        for (const route of collected.filter((r) => r.signedIn === true && r.method === 'GET'))
          for (const caller of callers) {
            const res = await call(route, caller.headers);
            if (res.statusCode === 401 || res.statusCode === 403)
              refused.push(`${route.method} ${route.url} as ${caller.role}: ${res.statusCode}`);
          }
        expect(refused).toEqual([]);
      },
    );
    it("names only the caller's own agency's users, to every role that may read names", async () => {
      const all = [...(userIds[OWN] ?? []), ...(userIds[OTHER] ?? [])];
      const wrong: string[] = [];
      for (const caller of callers) {
        const res = await node.app.inject({
          url: `/api/v1/users/names?ids=${all.join(',')}`,
          headers: caller.headers,
        });
        const where = `${caller.role}@${caller.agencyId}: ${res.statusCode}`;
        if (!permissionsOf([caller.role]).has('user.read')) {
          if (res.statusCode !== 404) wrong.push(where);
          continue;
        }
        const named = Object.keys(res.json<{ names: Record<string, string> }>().names).sort();
        if (JSON.stringify(named) !== JSON.stringify([...(userIds[caller.agencyId] ?? [])].sort()))
          wrong.push(`${where} named ${named.length}`);
      }
      expect(wrong).toEqual([]);
    });
    describe('audit log', () => {
      const checks = () =>
        auditChecks({
          app: node.app,
          routes: collected,
          callers,
          tokens: seeded.tokens,
          sizes,
          own: OWN,
        });
      it('lists every audit route the node serves', () => {
        expect(checks().unlisted()).toEqual([]);
      });
      it(
        "serves the node's audit log to the roles that may read it at the node's agency only",
        { timeout: 120_000 },
        async () => expect(await checks().apiCalls()).toEqual([]),
      );
      it(
        'serves signed heads and consistency proofs over TAXII to partner tokens only',
        { timeout: 120_000 },
        async () => expect(await checks().taxiiCalls()).toEqual([]),
      );
    });
    describe('real ids in paths', () => {
      it('checks every GET route with a path parameter with real ids', () => {
        expect(uncheckedPaths(collected)).toEqual([]);
      });
      it(
        "answers every caller with its own agency's records only, whoever's ids the path names",
        { timeout: 300_000 },
        async () => {
          const ids = Object.fromEntries(
            await Promise.all(
              [OWN, OTHER].map(async (a) => {
                const analyst = callers.find((c) => c.agencyId === a && c.role === 'analyst')!;
                return [a, await pathIdsOf(node, cargoOf[a]!, analyst, callId)] as const;
              }),
            ),
          );
          const all = [...callers, ...keyCallers];
          const m = { app: node.app, routes: collected, callers: all, markers, ids };
          expect(await agencyPathCalls(m)).toEqual([]);
        },
      );
      it('answers each partner token for its own collections and statuses only', async () => {
        const partners = {
          guest: { id: 'nl-node', token: seeded.tokens.guest },
          partner: { id: 'us-node', token: seeded.tokens.partner },
        };
        const { app, context } = node;
        const m = { app, db: context.database.db, partners, objects: seeded.objects };
        expect(await taxiiPathCalls(m)).toEqual([]);
      });
    });
    describe('markings', () => {
      const checks = () =>
        markingChecks({
          app: node.app,
          db: node.context.database.db,
          routes: collected,
          callers,
          objects: seeded.objects,
          tokens: seeded.tokens,
          own: OWN,
        });
      it('lists every route that carries exchange objects', () => {
        expect(checks().unlisted()).toEqual([]);
      });
      it(
        'shows each object on every API read exactly as its markings allow, per role and agency',
        { timeout: 120_000 },
        async () => expect(await checks().apiReads()).toEqual([]),
      );
      it(
        'gives each partner token over TAXII exactly what the markings release to it',
        { timeout: 120_000 },
        async () => expect(await checks().taxiiReads()).toEqual([]),
      );
      it(
        "lets no caller of another agency change or create the node's objects",
        { timeout: 120_000 },
        async () => expect(await checks().guestWrites()).toEqual([]),
      );
      it('shows no exchange object on any other route', { timeout: 120_000 }, async () =>
        expect(await checks().otherRoutes()).toEqual([]),
      );
    });
  });
