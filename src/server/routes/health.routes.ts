/** Liveness and readiness: for load balancers and orchestrators. */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { ServerDeps } from '../server-deps.ts';

const Liveness = Type.Object({ status: Type.Literal('ok') });
const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not-ready')]),
  checks: Type.Record(
    Type.String(),
    Type.Object({ ok: Type.Boolean(), detail: Type.Optional(Type.String()) }),
  ),
});

export function healthRoutes(deps: ServerDeps): FastifyPluginAsync {
  return (app) => {
    app.get(
      '/health/live',
      {
        config: { public: true },
        schema: { tags: ['health'], summary: 'The process is up', response: { 200: Liveness } },
      },
      () => Promise.resolve({ status: 'ok' as const }),
    );
    app.get(
      '/health/ready',
      {
        config: { public: true },
        schema: {
          tags: ['health'],
          summary: 'The node can serve requests (database reachable)',
          response: { 200: Readiness, 503: Readiness },
        },
      },
      async (_request, reply) => {
        const checks = await deps.readiness();
        const ready = Object.values(checks).every((c) => c.ok);
        return reply
          .status(ready ? 200 : 503)
          .send({ status: ready ? 'ready' : 'not-ready', checks });
      },
    );
    return Promise.resolve();
  };
}
