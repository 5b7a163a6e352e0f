/**
 * The model registry: `GET /api/v1/models` (versions, status, hashes, training metadata),
 * `POST /api/v1/models/retrain` (the retraining job on the recorded outcomes, registering a
 * candidate) and `POST /api/v1/models/{version}/activate` (the model that scores from then on).
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { TargetingServerDeps } from './targeting.routes.ts';
import { presentModel } from './targeting-presenters.ts';
import { ModelSchema } from './targeting-schemas.ts';
import { ErrorRef } from './intake-schemas.ts';

const tags = ['models'];
const security = [{ apiKey: [] }, { session: [] }];
const errors = { 401: ErrorRef, 404: ErrorRef };

export function modelRoutes(deps: TargetingServerDeps): FastifyPluginAsync {
  return (app) => {
    app.get(
      '/api/v1/models',
      {
        config: { permission: 'model.read' },
        schema: {
          tags,
          summary: 'Registered targeting models with their status',
          security,
          response: { 200: Type.Array(ModelSchema), ...errors },
        },
      },
      async (request) =>
        (await deps.service.listModels(await deps.actorOf(request))).map(presentModel),
    );
    app.post(
      '/api/v1/models/retrain',
      {
        config: { permission: 'model.train' },
        schema: {
          tags,
          summary: 'Retrain on the recorded outcomes and register the model as a candidate',
          description:
            'Trains gradient-boosted trees on the assessments whose scan outcome is known (control-sample rows flagged) and registers the result with the hash of its training data. 422 when the outcomes hold no hit or no miss.',
          security,
          response: { 201: ModelSchema, ...errors, 422: ErrorRef },
        },
      },
      async (request, reply) => {
        const model = await deps.service.retrainModel(await deps.actorOf(request));
        return reply.status(201).send(presentModel(model));
      },
    );
    app.post(
      '/api/v1/models/:version/activate',
      {
        config: { permission: 'model.train' },
        schema: {
          tags,
          summary: 'Make a registered model version the active one',
          security,
          params: Type.Object({ version: Type.String({ minLength: 1, maxLength: 200 }) }),
          response: { 200: ModelSchema, ...errors },
        },
      },
      async (request) => {
        const { version } = request.params as { version: string };
        return presentModel(await deps.service.activateModel(await deps.actorOf(request), version));
      },
    );
    return Promise.resolve();
  };
}
