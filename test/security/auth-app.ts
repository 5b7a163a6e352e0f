// A whole node over a test database, with a clock the test moves, for the sign-in tests.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../../src/server/app.ts';
import { serverDeps } from '../../src/server/server-deps-from-context.ts';
import { buildAppContext, type AppContext } from '../../src/services/app-context.ts';
import type { Clock } from '../../src/services/clock.ts';
import type { Database } from '../../src/storage/index.ts';

export interface MovableClock extends Clock {
  advance(seconds: number): void;
}

export function movableClock(iso = '2026-03-01T09:00:00Z'): MovableClock {
  let at = new Date(iso).getTime();
  return {
    now: () => new Date(at),
    advance: (seconds) => {
      at += seconds * 1000;
    },
  };
}

export interface TestNode {
  readonly app: FastifyInstance;
  readonly context: AppContext;
  readonly clock: MovableClock;
}

/**
 * A node over the database. With a data directory it has an audit log too (its signing key is
 * made there on first use), as a node started by `portcullis serve` has.
 */
export async function startTestNode(
  database: Database,
  options: { readonly dataDir?: string; readonly auditTreeHeadIntervalSeconds?: number } = {},
): Promise<TestNode> {
  const clock = movableClock();
  const context = await buildAppContext(database, clock);
  const app = await buildServer(serverDeps(context, options), {
    logLevel: 'silent',
    bodyLimitBytes: 1 << 20,
  });
  return { app, context, clock };
}

/** The `portcullis_session=…` pair of a response's Set-Cookie, for the next request's Cookie header. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header === undefined ? [] : [header];
  const session = all.find((c) => c.startsWith('portcullis_session='));
  return session?.split(';')[0] ?? '';
}

/** The error envelope's `error` of a failed response. */
export function errorOf(response: LightMyRequestResponse) {
  return response.json<{ error: { code: string; message: string; details?: unknown } }>().error;
}
