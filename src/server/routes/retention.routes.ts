/**
 * Retention over HTTP: the rules in force (`GET /api/v1/retention`), a purge run, rule changes,
 * and legal holds (list, place, release one or a whole case). Registered with the audit routes.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Actor } from '../../services/access/actor.ts';
import {
  DATA_CLASSES,
  HOLD_KINDS,
  MAX_RETAIN_DAYS,
  RETENTION_ACTIONS,
  type DataClass,
  type HoldKind,
  type RetentionAction,
} from '../../services/retention/retention-rules.ts';
import type { RetentionService } from '../../services/retention/retention.service.ts';
import { ErrorRef } from './intake-schemas.ts';

export interface RetentionServerDeps {
  readonly service: RetentionService;
  readonly actorOf: (request: FastifyRequest) => Promise<Actor>;
}

const errors = { 400: ErrorRef, 401: ErrorRef, 404: ErrorRef };
const security = [{ apiKey: [] }, { session: [] }];
const tags = ['retention'];
const literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

const Rule = Type.Object({
  dataClass: Type.String(),
  retainDays: Type.Integer(),
  action: Type.String(),
  configured: Type.Boolean(),
});
const Hold = Type.Object({
  id: Type.String(),
  agencyId: Type.String(),
  targetKind: Type.String(),
  targetId: Type.String(),
  caseRef: Type.Optional(Type.String()),
  reason: Type.String(),
  placedBy: Type.String(),
  placedAt: Type.String(),
  releasedBy: Type.Optional(Type.String()),
  releasedAt: Type.Optional(Type.String()),
});
const Status = Type.Object({
  rules: Type.Array(Rule),
  activeHolds: Type.Integer(),
  tombstones: Type.Array(
    Type.Object({
      dataClass: Type.String(),
      recordKind: Type.String(),
      action: Type.String(),
      count: Type.Integer(),
    }),
  ),
});
const Run = Type.Object({
  runId: Type.String(),
  classes: Type.Array(
    Type.Object({
      dataClass: Type.String(),
      rule: Type.String(),
      cutoff: Type.String(),
      steps: Type.Record(Type.String(), Type.Integer()),
    }),
  ),
});

export function retentionRoutes(deps: RetentionServerDeps): FastifyPluginAsync {
  return (app) => {
    const manage = { permission: 'retention.manage' };
    const holds = { permission: 'legal-hold.write' };
    const actor = (request: FastifyRequest) => deps.actorOf(request);
    app.get(
      '/api/v1/retention',
      {
        config: manage,
        schema: {
          tags,
          security,
          summary: 'Retention rules in force, holds, tombstones',
          response: { 200: Status, ...errors },
        },
      },
      async (request) => deps.service.status(await actor(request)),
    );
    app.post(
      '/api/v1/retention/runs',
      {
        config: manage,
        schema: {
          tags,
          security,
          summary: 'Purge what the rules say must go (every class, or those named)',
          body: Type.Object({ classes: Type.Optional(Type.Array(literals(DATA_CLASSES))) }),
          response: { 200: Run, ...errors },
        },
      },
      async (request) => {
        const { classes } = (request.body ?? {}) as { classes?: DataClass[] };
        return deps.service.run(await actor(request), classes);
      },
    );
    app.put(
      '/api/v1/retention/rules/:dataClass',
      {
        config: manage,
        schema: {
          tags,
          security,
          summary: 'Change the retention period (and action) of a data class',
          params: Type.Object({ dataClass: literals(DATA_CLASSES) }),
          body: Type.Object({
            retainDays: Type.Integer({ minimum: 1, maximum: MAX_RETAIN_DAYS }),
            action: Type.Optional(literals(RETENTION_ACTIONS)),
          }),
          response: { 200: Rule, ...errors },
        },
      },
      async (request) => {
        const { dataClass } = request.params as { dataClass: DataClass };
        const body = request.body as { retainDays: number; action?: RetentionAction };
        return deps.service.setRule(await actor(request), dataClass, body.retainDays, body.action);
      },
    );
    app.get(
      '/api/v1/retention/holds',
      {
        config: holds,
        schema: {
          tags,
          security,
          summary: "The agency's legal holds",
          querystring: Type.Object({ all: Type.Optional(Type.Boolean()) }),
          response: { 200: Type.Object({ items: Type.Array(Hold) }), ...errors },
        },
      },
      async (request) => {
        const { all } = request.query as { all?: boolean };
        return { items: await deps.service.holds(await actor(request), !all) };
      },
    );
    app.post(
      '/api/v1/retention/holds',
      {
        config: holds,
        schema: {
          tags,
          security,
          summary:
            'Place a legal hold on a consignment, container or entity (optionally in a case)',
          body: Type.Object({
            kind: literals(HOLD_KINDS),
            targetId: Type.String({ minLength: 1, maxLength: 200 }),
            reason: Type.String({ minLength: 1, maxLength: 2000 }),
            caseRef: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          }),
          response: { 201: Hold, ...errors },
        },
      },
      async (request, reply) => {
        const body = request.body as {
          kind: HoldKind;
          targetId: string;
          reason: string;
          caseRef?: string;
        };
        return reply.status(201).send(await deps.service.placeHold(await actor(request), body));
      },
    );
    app.post(
      '/api/v1/retention/holds/release',
      {
        config: holds,
        schema: {
          tags,
          security,
          summary: 'Release a legal hold by id, or every hold of a case',
          body: Type.Object({
            id: Type.Optional(Type.String({ format: 'uuid' })),
            caseRef: Type.Optional(Type.String({ minLength: 1 })),
            reason: Type.String({ minLength: 1, maxLength: 2000 }),
          }),
          response: { 200: Type.Object({ items: Type.Array(Hold) }), ...errors },
        },
      },
      async (request) => {
        const { reason, ...match } = request.body as {
          id?: string;
          caseRef?: string;
          reason: string;
        };
        return { items: await deps.service.releaseHold(await actor(request), match, reason) };
      },
    );
    return Promise.resolve();
  };
}
