// The whole node's OpenAPI document: every capability's routes registered together must give a
// valid document (a route naming an undeclared security scheme once made /openapi.json fail).
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { serverDeps } from '../../src/server/server-deps-from-context.ts';
import { buildAppContext, type AppContext } from '../../src/services/app-context.ts';
import { systemClock } from '../../src/services/clock.ts';
import { openTestDatabase } from '../support/db.ts';

interface OpenApiDocument {
  readonly paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
  readonly components: { readonly securitySchemes: Record<string, unknown> };
}

describe('the OpenAPI document of a whole node', () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let context: AppContext;
  let app: FastifyInstance;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portcullis-openapi-'));

  beforeAll(async () => {
    handle = await openTestDatabase('pglite');
    context = await buildAppContext(handle.database, systemClock);
    app = await buildServer(serverDeps(context, { dataDir }), {
      logLevel: 'silent',
      bodyLimitBytes: 1 << 20,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await handle.release();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is served, names only declared security schemes, and lists every capability', async () => {
    const res = await app.inject({ url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<OpenApiDocument>();
    const schemes = new Set(Object.keys(doc.components.securitySchemes));
    for (const [url, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods))
        for (const requirement of op.security ?? [])
          for (const name of Object.keys(requirement))
            expect(schemes.has(name), `${method.toUpperCase()} ${url} names "${name}"`).toBe(true);
    const paths = Object.keys(doc.paths);
    for (const prefix of [
      '/api/v1/intake',
      '/api/v1/vessel-calls',
      '/api/v1/selections',
      '/api/v1/lookouts',
      '/api/v1/entities',
      '/api/v1/session',
      '/api/v1/audit',
      '/api/v1/retention',
      '/taxii2/',
    ])
      expect(
        paths.some((p) => p.startsWith(prefix)),
        `a path under ${prefix}`,
      ).toBe(true);
  });
});
