/**
 * `GET /api/v1/assessments/{containerNumber}`: the current assessment with its explanation and
 * history, explanations in the language asked (`?lang=`, Accept-Language; English otherwise).
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { TargetingServerDeps } from './targeting.routes.ts';
import { presentAssessment } from './targeting-presenters.ts';
import { AssessmentSchema } from './targeting-schemas.ts';
import { ErrorRef } from './intake-schemas.ts';
import { LanguageHeaders, LanguageQuery, requestLanguage } from './request-language.ts';

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
          description:
            'Explanations (reasons and the sentence around them) come in the language asked by ' +
            '`lang` or Accept-Language (en, fr, nl; English otherwise). A rule reason is ' +
            'translated when the rule-set version that made the assessment has that rule in the ' +
            'language (`reasonTranslations`); otherwise it keeps its English words.',
          params: Type.Object({ containerNumber: Type.String({ minLength: 4, maxLength: 20 }) }),
          querystring: LanguageQuery,
          headers: LanguageHeaders,
          response: {
            200: Type.Object({ current: AssessmentSchema, history: Type.Array(AssessmentSchema) }),
            400: ErrorRef,
            401: ErrorRef,
            404: ErrorRef,
          },
        },
      },
      async (request, reply) => {
        const { containerNumber } = request.params as { containerNumber: string };
        const language = requestLanguage(request, reply);
        const actor = await deps.actorOf(request);
        const all = await deps.service.getAssessment(actor, containerNumber, language);
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
