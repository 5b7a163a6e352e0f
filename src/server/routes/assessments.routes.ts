/** `GET /api/v1/assessments/{containerNumber}`: the current assessment with its explanation and history. */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { TargetingServerDeps } from './targeting.routes.ts';
import { presentAssessment } from './targeting-presenters.ts';
import { AssessmentSchema } from './targeting-schemas.ts';
import { ErrorRef } from './intake-schemas.ts';

export function assessmentRoutes(deps: TargetingServerDeps): FastifyPluginAsync {
  return (app) => {
    app.get(
      '/api/v1/assessments/:containerNumber',
      {
        config: { permission: 'assessment.read' },
        schema: {
          tags: ['targeting'],
          summary:
            'A container: current assessment (explanation, versions, features) and earlier ones',
          security: [{ apiKey: [] }, { session: [] }],
          params: Type.Object({ containerNumber: Type.String({ minLength: 4, maxLength: 20 }) }),
          response: {
            200: Type.Object({ current: AssessmentSchema, history: Type.Array(AssessmentSchema) }),
            400: ErrorRef,
            401: ErrorRef,
            404: ErrorRef,
          },
        },
      },
      async (request) => {
        const { containerNumber } = request.params as { containerNumber: string };
        const all = await deps.service.getAssessment(await deps.actorOf(request), containerNumber);
        const [current, ...history] = all;
        return {
          current: presentAssessment(current!, true),
          history: history.map((a) => presentAssessment(a, false)),
        };
      },
    );
    return Promise.resolve();
  };
}
