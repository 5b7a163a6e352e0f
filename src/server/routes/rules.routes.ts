/**
 * Rule sets: `GET /api/v1/rules` (versions), `GET /api/v1/rules/{id}` (one version with its
 * document), `POST /api/v1/rules` (a draft from a rule set document), `POST
 * /api/v1/rules/{id}/activate` (draft → active) and `POST /api/v1/rules/{id}/backtest` (each rule
 * on the recorded outcomes).
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { TargetingServerDeps } from './targeting.routes.ts';
import { presentBacktest, presentRuleSet } from './targeting-presenters.ts';
import { BacktestSchema, RuleSetSchema } from './targeting-schemas.ts';
import { ErrorRef } from './intake-schemas.ts';

const errors = { 400: ErrorRef, 401: ErrorRef, 404: ErrorRef, 409: ErrorRef, 422: ErrorRef };
const security = [{ apiKey: [] }, { session: [] }];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export function ruleRoutes(deps: TargetingServerDeps): FastifyPluginAsync {
  return (app) => {
    const tags = ['rules'];
    app.get(
      '/api/v1/rules',
      {
        config: { permission: 'rule.read' },
        schema: {
          tags,
          summary: 'Rule set versions of the agency',
          security,
          response: { 200: Type.Array(RuleSetSchema), ...errors },
        },
      },
      async (request) =>
        (await deps.service.listRuleSets(await deps.actorOf(request))).map((r) =>
          presentRuleSet(r, false),
        ),
    );
    app.post(
      '/api/v1/rules',
      {
        config: { permission: 'rule.write' },
        schema: {
          tags,
          summary:
            'Store a rule set version as a draft (refused with diagnostics when it does not parse)',
          security,
          body: Type.Object(
            {
              id: Type.String(),
              version: Type.String(),
              rules: Type.Array(Type.Object({}, { additionalProperties: true })),
            },
            { additionalProperties: true },
          ),
          response: { 201: RuleSetSchema, ...errors },
        },
      },
      async (request, reply) => {
        const stored = await deps.service.addRuleSet(await deps.actorOf(request), request.body);
        return reply.status(201).send(presentRuleSet(stored, true));
      },
    );
    app.get(
      '/api/v1/rules/:id',
      {
        config: { permission: 'rule.read' },
        schema: {
          tags,
          summary: 'One rule set version with its document (the rules)',
          security,
          params: IdParams,
          response: { 200: RuleSetSchema, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        return presentRuleSet(await deps.service.getRuleSet(await deps.actorOf(request), id), true);
      },
    );
    app.post(
      '/api/v1/rules/:id/activate',
      {
        config: { permission: 'rule.write' },
        schema: {
          tags,
          summary: 'Make a rule set version the active one',
          security,
          params: IdParams,
          response: { 200: RuleSetSchema, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        return presentRuleSet(
          await deps.service.activateRuleSet(await deps.actorOf(request), id),
          false,
        );
      },
    );
    app.post(
      '/api/v1/rules/:id/backtest',
      {
        config: { permission: 'rule.read' },
        schema: {
          tags,
          summary: 'Backtest each rule of a version on the recorded outcomes',
          security,
          params: IdParams,
          response: { 200: Type.Array(BacktestSchema), ...errors },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        return (await deps.service.backtestRuleSet(await deps.actorOf(request), id)).map(
          presentBacktest,
        );
      },
    );
    return Promise.resolve();
  };
}
