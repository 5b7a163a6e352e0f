// Load on the HTTP API over loopback: N signed-in users (local accounts, `POST /api/v1/session`,
// each with its own session cookie) read consignments through a real listening server. Prints
// requests/s, p50 and p99 latency, and the cost of audit writing as a ratio against a peer route
// that does the same read in a plain transaction without the audited one (bench-only route).
// Embedded database (PGlite) in a fresh temporary data directory; rate limiting off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { consignmentFixture } from '../test/support/cargo-fixtures.ts';
import { buildServer } from '../src/server/app.ts';
import { serverDeps } from '../src/server/server-deps-from-context.ts';
import { requireAccess } from '../src/services/access/require-access.ts';
import { createAppContext } from '../src/services/app-context.ts';
import { createLocalAccount } from '../src/services/auth/index.ts';
import { loadConfig } from '../src/services/config.ts';
import { consignmentHistory, saveConsignmentVersion } from '../src/storage/index.ts';

export const title = 'API load: signed-in users on loopback, with and without audit writing';

const USERS = Number(process.env['BENCH_USERS'] ?? 16);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8);
const BILLS = 200;

interface Figures {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Every user loops on its own keep-alive connection until the time is up. */
async function load(base: string, cookies: string[], route: string): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    cookies.map(async (cookie, u) => {
      for (let i = u; performance.now() < end; i += cookies.length) {
        const t = performance.now();
        const res = await fetch(`${base}${route}/BENCH${i % BILLS}`, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    errors,
  };
}

const show = (name: string, f: Figures) =>
  console.log(
    `${name.padEnd(28)} ${f.perSecond.toFixed(0).padStart(6)} req/s  p50 ${f.p50.toFixed(1)} ms  p99 ${f.p99.toFixed(1)} ms  (${f.requests} requests, ${f.errors} errors)`,
  );

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portcullis-load-'));
  const config = loadConfig({}, { dataDir, logLevel: 'silent', port: 0 });
  const context = await createAppContext(config);
  try {
    const deps = serverDeps(context, { ...config, auditTreeHeadIntervalSeconds: 0 });
    const app = await buildServer(
      deps,
      {
        ...config,
        rateLimitPerMinute: 0,
      },
    );
    if (!app.hasRoute({ method: 'POST', url: '/api/v1/session' })) {
      console.log('skipped: the sign-in route is not built on this node');
      return;
    }
    // The peer: the same read as the audited route, in a plain transaction, no audit event.
    const session = deps.session;
    app.get(
      '/bench/unaudited/consignments/:billNumber',
      { config: { permission: 'consignment.read' } },
      async (request) => {
        const actor = await session!.actorOf(request);
        const { billNumber } = request.params as { billNumber: string };
        return context.database.transaction(async (tx) => {
          requireAccess(actor, 'consignment.read', { agencyId: actor.agencyId });
          const history = await consignmentHistory(tx, actor.agencyId, billNumber);
          return { billNumber, versions: history.length, latest: history.at(-1)?.consignment };
        });
      },
    );
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    for (let i = 0; i < BILLS; i++)
      await saveConsignmentVersion(context.database.db, {
        agencyId: 'local',
        filingId: '11111111-1111-4111-8111-111111111111',
        consignment: consignmentFixture(`BENCH${i}`),
        filedAt: new Date(),
      });
    const cookies: string[] = [];
    for (let u = 0; u < USERS; u++) {
      const username = `officer${u}`;
      const password = `load-test-password-${u}-2026`;
      await createLocalAccount(context.database, {
        username,
        displayName: `Officer ${u}`,
        agencyId: 'local',
        roles: ['targeting-officer'],
        password,
      });
      const res = await fetch(`${base}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      const cookie = res.headers.get('set-cookie')?.split(';')[0];
      if (res.status !== 200 || !cookie)
        throw new Error(`sign-in of ${username} failed: ${res.status}`);
      cookies.push(cookie);
    }
    console.log(
      `${USERS} signed-in users (session cookies), ${SECONDS} s per run, PGlite, loopback`,
    );
    await load(base, cookies.slice(0, 2), '/api/v1/consignments'); // warm-up
    const audited = await load(base, cookies, '/api/v1/consignments');
    const plain = await load(base, cookies, '/bench/unaudited/consignments');
    show('audited consignment read', audited);
    show('same read, no audit (peer)', plain);
    console.log(
      `audit writing costs: throughput ×${(audited.perSecond / plain.perSecond).toFixed(2)}, p50 ×${(audited.p50 / plain.p50).toFixed(2)}, p99 ×${(audited.p99 / plain.p99).toFixed(2)} (audited / peer)`,
    );
    await app.close();
  } finally {
    await context.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
