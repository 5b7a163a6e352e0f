/**
 * Targeting over HTTP: `GET /api/v1/vessel-calls` (calls with counts, vessel name, times and
 * newest plan; by ETA as an arrivals board), `GET /api/v1/vessel-calls/{id}/queue` (containers
 * with score, band, top reasons and hold, the reasons in the language asked), and the call's scan plan (`POST` makes one, `GET` reads the
 * newest); the assessment, rules, models and scan-plan selection routes are registered with them. Every route resolves the
 * caller's actor first; the service checks access and audits.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Actor } from '../../services/access/actor.ts';
import type { TargetingService } from '../../services/targeting/targeting.service.ts';
import { CALL_ORDERS, type CallOrder } from '../../services/targeting/targeting-types.ts';
import { assessmentRoutes } from './assessments.routes.ts';
import { ErrorRef } from './intake-schemas.ts';
import { modelRoutes } from './models.routes.ts';
import { ruleRoutes } from './rules.routes.ts';
import { scanPlanRoutes } from './scan-plans.routes.ts';
import { LanguageHeaders, LanguageQuery, requestLanguage } from './request-language.ts';
import { presentCall, presentPlan, presentQueueEntry } from './targeting-presenters.ts';
import { QueueEntrySchema, ScanPlanSchema, VesselCallSchema } from './targeting-schemas.ts';

/** What the targeting routes need: the service and the caller's actor (or an error). */
export interface TargetingServerDeps {
  readonly service: TargetingService;
  readonly actorOf: (request: FastifyRequest) => Promise<Actor>;
}

export const targetingErrors = {
  400: ErrorRef,
  401: ErrorRef,
  404: ErrorRef,
  409: ErrorRef,
  422: ErrorRef,
};
export const security = [{ apiKey: [] }, { session: [] }];
const CallParams = Type.Object({ id: Type.String({ minLength: 3 }) });

const CallsQuery = Type.Object({
  order: Type.Optional(
    Type.Union(
      CALL_ORDERS.map((o) => Type.Literal(o)),
      {
        description:
          '`assessed` (the default): the most recently assessed first. `eta`: an arrivals ' +
          'board, upcoming calls by ETA (soonest first), then past calls (latest ETA first), ' +
          'then calls without an ETA',
      },
    ),
  ),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Calls at most' }),
  ),
});

const PlanBody = Type.Object({
  terminal: Type.Optional(Type.String({ maxLength: 50 })),
  shift: Type.Optional(Type.String({ maxLength: 50 })),
  hours: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 24 })),
  capacity: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  controlShare: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  seed: Type.Optional(Type.String({ maxLength: 200 })),
});

export function targetingRoutes(deps: TargetingServerDeps): FastifyPluginAsync {
  return async (app) => {
    const tags = ['targeting'];
    app.get(
      '/api/v1/vessel-calls',
      {
        config: { permission: 'assessment.read' },
        schema: {
          tags,
          summary: 'Vessel calls with assessed containers and their counts',
          description:
            "Also the calls at the agency's home ports known only from an actual arrival or " +
            'departure event, with no container. A call is upcoming while its ATA, or without one ' +
            'its ETA, is at most 12 hours past; `plan` (the newest scan plan) is given to callers ' +
            'who read scan plans.',
          security,
          querystring: CallsQuery,
          response: { 200: Type.Array(VesselCallSchema), ...targetingErrors },
        },
      },
      async (request) => {
        const q = request.query as { order?: CallOrder; limit?: number };
        const actor = await deps.actorOf(request);
        return (await deps.service.listVesselCalls(actor, q.limit, q.order)).map(presentCall);
      },
    );
    app.get(
      '/api/v1/vessel-calls/:id/queue',
      {
        config: { permission: 'assessment.read' },
        schema: {
          tags,
          summary: "A call's containers by score, with band, top reasons and hold",
          description:
            'Top reasons come in the language asked by `lang` or Accept-Language (en, fr, nl; ' +
            'English otherwise), as in GET /api/v1/assessments/{containerNumber}.',
          security,
          params: CallParams,
          querystring: LanguageQuery,
          headers: LanguageHeaders,
          response: { 200: Type.Array(QueueEntrySchema), ...targetingErrors },
        },
      },
      async (request, reply) => {
        const { id } = request.params as { id: string };
        const language = requestLanguage(request, reply);
        const queue = await deps.service.queue(await deps.actorOf(request), id, language);
        return queue.map(presentQueueEntry);
      },
    );
    app.post(
      '/api/v1/vessel-calls/:id/scan-plan',
      {
        config: { permission: 'scan-plan.write' },
        schema: {
          tags,
          summary: 'Make the scan plan of a call: holds, targeted, random control',
          security,
          params: CallParams,
          body: PlanBody,
          response: { 201: ScanPlanSchema, ...targetingErrors },
        },
      },
      async (request, reply) => {
        const { id } = request.params as { id: string };
        const body = (request.body ?? {}) as Parameters<TargetingService['makeScanPlan']>[2];
        const plan = await deps.service.makeScanPlan(await deps.actorOf(request), id, body);
        return reply.status(201).send(presentPlan(plan));
      },
    );
    app.get(
      '/api/v1/vessel-calls/:id/scan-plan',
      {
        config: { permission: 'scan-plan.read' },
        schema: {
          tags,
          summary: "The call's newest scan plan with propensities",
          security,
          params: CallParams,
          response: { 200: ScanPlanSchema, ...targetingErrors },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        return presentPlan(await deps.service.getScanPlanOfCall(await deps.actorOf(request), id));
      },
    );
    await app.register(assessmentRoutes(deps));
    await app.register(scanPlanRoutes(deps));
    await app.register(ruleRoutes(deps));
    await app.register(modelRoutes(deps));
  };
}
