// HTTP hardening as a client meets it: security headers, rate limits per key and on sign-in,
// body-size and JSON nesting limits with clear errors, and no stack trace or internal message in
// any error response.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import type { HardeningOptions } from '../../src/server/hardening.ts';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

async function server(options: HardeningOptions & { bodyLimitBytes?: number } = {}) {
  const app = await buildServer(
    { readiness: () => Promise.resolve({}) },
    { logLevel: 'silent', bodyLimitBytes: 64 * 1024, ...options },
  );
  app.post('/api/v1/echo', { config: { public: true } }, (request) =>
    Promise.resolve({ received: request.body }),
  );
  app.post('/api/v1/session', { config: { public: true } }, () =>
    Promise.resolve({ signedIn: false }),
  );
  app.get('/api/v1/boom', { config: { public: true } }, () =>
    Promise.reject(new Error('connection to postgres://admin:hunter2@db failed')),
  );
  await app.ready();
  apps.push(app);
  return app;
}

const nested = (depth: number): Record<string, unknown> | number =>
  depth === 0 ? 1 : { a: nested(depth - 1) };

describe('security headers', () => {
  it('sends a strict CSP, nosniff, no framing, no referrer; no HSTS over plain HTTP', async () => {
    const app = await server();
    const res = await app.inject({ method: 'GET', url: '/health/live' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('marks API answers as not to be cached', async () => {
    const app = await server();
    const res = await app.inject({ method: 'POST', url: '/api/v1/echo', payload: { a: 1 } });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('rate limits', () => {
  it('limit each API key on its own, with the error envelope and Retry-After', async () => {
    const app = await server({ rateLimitPerMinute: 3 });
    const call = (key: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/echo',
        payload: {},
        headers: { 'x-api-key': key },
      });
    for (let i = 0; i < 3; i++) expect((await call('key-one')).statusCode).toBe(200);
    const limited = await call('key-one');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await call('key-two')).statusCode).toBe(200);
  });

  it('are stricter on sign-in, per address', async () => {
    const app = await server({ rateLimitPerMinute: 100, signInLimitPerMinute: 2 });
    const signIn = () =>
      app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'u' } });
    expect((await signIn()).statusCode).toBe(200);
    expect((await signIn()).statusCode).toBe(200);
    expect((await signIn()).statusCode).toBe(429);
    const other = await app.inject({ method: 'POST', url: '/api/v1/echo', payload: {} });
    expect(other.statusCode).toBe(200);
  });
});

describe('request limits', () => {
  it('answers a body over the size limit with 413 payload_too_large', async () => {
    const app = await server({ bodyLimitBytes: 1024 });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/echo',
      payload: { text: 'x'.repeat(5000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('answers JSON nested too deep with 400 naming where, and accepts the limit itself', async () => {
    const app = await server({ maxJsonDepth: 10 });
    const deep = await app.inject({
      method: 'POST',
      url: '/api/v1/echo',
      payload: nested(12) as object,
    });
    expect(deep.statusCode).toBe(400);
    const body = JSON.parse(deep.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(
      /deeper than 10 levels \(at \/a\/a\/a\/a\/a\/a\/a\/a\/a\/a\)/,
    );
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/echo',
      payload: nested(9) as object,
    });
    expect(ok.statusCode).toBe(200);
  });

  it('survives a very deeply nested body without a stack overflow', async () => {
    const app = await server();
    const payload = '['.repeat(30_000) + ']'.repeat(30_000);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/echo',
      payload,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'bad_request' } });
  });
});

describe('errors', () => {
  it('an internal error gives the envelope, without stack or internal message', async () => {
    const app = await server();
    const res = await app.inject({ method: 'GET', url: '/api/v1/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json<Record<string, unknown>>();
    expect(body).toEqual({
      error: { code: 'internal_error', message: expect.any(String) as string },
      requestId: expect.any(String) as string,
    });
    expect(res.body).not.toMatch(/hunter2|postgres|stack|\.ts:\d+|at .*\(/);
  });
});
