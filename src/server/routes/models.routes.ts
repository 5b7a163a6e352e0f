/** `GET /api/v1/models`: the model registry (versions, status, hashes, training metadata). */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { TargetingServerDeps } from './targeting.routes.ts';
import { presentModel } from './targeting-presenters.ts';
import { ModelSchema } from './targeting-schemas.ts';
import { ErrorRef } from './intake-schemas.ts';

export function modelRoutes(deps: TargetingServerDeps): FastifyPluginAsync {
  return (app) => {
    app.get(
      '/api/v1/models',
      {
        config: { permission: 'model.read' },
        schema: {
          tags: ['models'],
          summary: 'Registered targeting models with their status',
          security: [{ apiKey: [] }, { session: [] }],
          response: { 200: Type.Array(ModelSchema), 401: ErrorRef, 404: ErrorRef },
        },
      },
      async (request) =>
        (await deps.service.listModels(await deps.actorOf(request))).map(presentModel),
    );
    return Promise.resolve();
  };
}
