import { describe, expect, it } from 'vitest';
import { buildServer } from './app.ts';
import type { ServerDeps } from './server-deps.ts';

const config = { logLevel: 'silent' as const, bodyLimitBytes: 1024 };

function deps(ready: boolean): ServerDeps {
  return {
    readiness: () =>
      Promise.resolve({
        database: ready ? { ok: true } : { ok: false, detail: 'connection refused' },
      }),
  };
}

describe('HTTP skeleton', () => {
  it('answers liveness and readiness', async () => {
    const app = await buildServer(deps(true), config);
    const live = await app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: { ok: true } } });
    await app.close();
  });

  it('reports not-ready with 503 when a check fails', async () => {
    const app = await buildServer(deps(false), config);
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({
      status: 'not-ready',
      checks: { database: { ok: false } },
    });
    await app.close();
  });

  it('serves an OpenAPI 3.1 document listing its routes', async () => {
    const app = await buildServer(deps(true), config);
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/health/live', '/health/ready']),
    );
    await app.close();
  });

  it('answers unknown routes and oversized bodies with the one error envelope', async () => {
    const app = await buildServer(deps(true), config);
    app.post('/echo', (request) => Promise.resolve(request.body));
    const missing = await app.inject({
      method: 'GET',
      url: '/nowhere',
      headers: { 'x-request-id': 'req-1' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({
      error: { code: 'not_found', message: 'GET /nowhere not found' },
      requestId: 'req-1',
    });
    const big = await app.inject({
      method: 'POST',
      url: '/echo',
      payload: { x: 'y'.repeat(2000) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    await app.close();
  });

  it('never leaks the message of an unexpected error', async () => {
    const app = await buildServer(deps(true), config);
    app.get('/boom', () => {
      throw new Error('secret connection string postgres://user:pw@db');
    });
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret');
    expect(res.json()).toMatchObject({ error: { code: 'internal_error' } });
    await app.close();
  });
});
