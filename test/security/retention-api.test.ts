// Retention and legal holds over the API: holds placed, listed and released by case, a purge run,
// a rule change with a bad value refused, and callers without the permission told "not found".
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import { createActor } from '../../src/services/access/actor.ts';
import type { Role } from '../../src/services/access/roles.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createRetentionService } from '../../src/services/retention/retention.service.ts';
import { buildServer } from '../../src/server/app.ts';
import { retentionRoutes } from '../../src/server/routes/retention.routes.ts';
import { describeEachEngine } from '../support/db.ts';

describeEachEngine('retention API', (getDb) => {
  let app: FastifyInstance;
  const call = async (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    role: Role,
    payload?: object,
  ) => {
    const res = await app.inject({
      method,
      url,
      headers: { 'x-test-role': role },
      ...(payload ? { payload } : {}),
    });
    return { status: res.statusCode, body: JSON.parse(res.body) as Record<string, unknown> };
  };

  beforeAll(async () => {
    const service = createRetentionService({
      database: getDb(),
      clock: fixedClock('2026-06-01T00:00:00Z'),
    });
    app = await buildServer(
      { readiness: () => Promise.resolve({}) },
      { logLevel: 'silent', bodyLimitBytes: 65536 },
    );
    await app.register(
      retentionRoutes({
        service,
        actorOf: (request) => {
          const role = request.headers['x-test-role'];
          if (typeof role !== 'string')
            return Promise.reject(new AppError('unauthenticated', 'no role'));
          return Promise.resolve(
            createActor({ kind: 'user', id: role, agencyId: 'be', roles: [role as Role] }),
          );
        },
      }),
    );
    await app.ready();
  });
  afterAll(() => app.close());

  it('places, lists and releases holds by case; runs the purge; changes a rule', async () => {
    const placed = await call('POST', '/api/v1/retention/holds', 'supervisor', {
      kind: 'container',
      targetId: 'MSKU1000019',
      reason: 'seizure evidence',
      caseRef: 'CASE-9',
    });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({
      targetKind: 'container',
      caseRef: 'CASE-9',
      placedBy: 'user:supervisor',
    });
    const bad = await call('POST', '/api/v1/retention/holds', 'supervisor', {
      kind: 'ship',
      targetId: 'x',
      reason: 'r',
    });
    expect(bad.status).toBe(400);
    const listed = await call('GET', '/api/v1/retention/holds', 'supervisor');
    expect((listed.body['items'] as unknown[]).length).toBe(1);
    const released = await call('POST', '/api/v1/retention/holds/release', 'supervisor', {
      caseRef: 'CASE-9',
      reason: 'closed',
    });
    expect(released.status).toBe(200);
    expect((released.body['items'] as { releasedBy?: string }[])[0]?.releasedBy).toBe(
      'user:supervisor',
    );
    const run = await call('POST', '/api/v1/retention/runs', 'admin', { classes: ['cargo'] });
    expect(run.status).toBe(200);
    expect((run.body['classes'] as { rule: string }[])[0]?.rule).toBe(
      'cargo: delete after 1825 days',
    );
    const rule = await call('PUT', '/api/v1/retention/rules/intelligence', 'admin', {
      retainDays: 730,
    });
    expect(rule.body).toMatchObject({
      dataClass: 'intelligence',
      retainDays: 730,
      configured: true,
    });
    expect(
      (await call('PUT', '/api/v1/retention/rules/intelligence', 'admin', { retainDays: 0 }))
        .status,
    ).toBe(400);
  });

  it('tells callers without the permission that nothing is there', async () => {
    expect((await call('POST', '/api/v1/retention/runs', 'supervisor', {})).status).toBe(404);
    expect((await call('GET', '/api/v1/retention', 'analyst')).status).toBe(404);
    expect((await call('GET', '/api/v1/retention/holds', 'analyst')).status).toBe(404);
  });
});
