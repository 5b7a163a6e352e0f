/** `POST /api/v1/scan-plans/{id}/selections`: an officer selects or deselects a container, with a reason. */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { TargetingServerDeps } from './targeting.routes.ts';
import { presentPlan } from './targeting-presenters.ts';
import { ScanPlanSchema } from './targeting-schemas.ts';
import { ErrorRef } from './intake-schemas.ts';

export function scanPlanRoutes(deps: TargetingServerDeps): FastifyPluginAsync {
  return (app) => {
    app.post(
      '/api/v1/scan-plans/:id/selections',
      {
        config: { permission: 'scan-plan.write' },
        schema: {
          tags: ['targeting'],
          summary: 'Select or deselect a container in a plan, with the reason',
          security: [{ apiKey: [] }, { session: [] }],
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object({
            containerNumber: Type.String({ minLength: 4, maxLength: 20 }),
            selected: Type.Boolean(),
            reason: Type.String({ minLength: 1, maxLength: 500 }),
          }),
          response: {
            200: ScanPlanSchema,
            400: ErrorRef,
            401: ErrorRef,
            404: ErrorRef,
            422: ErrorRef,
          },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const body = request.body as { containerNumber: string; selected: boolean; reason: string };
        const plan = await deps.service.changeSelection(await deps.actorOf(request), id, {
          containerNumber: body.containerNumber,
          selected: body.selected,
          note: body.reason,
        });
        return presentPlan(plan);
      },
    );
    return Promise.resolve();
  };
}
