/** Effectiveness figures (targeted against control, per rule, route or period) and seizure totals. */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { EffectivenessReport } from '../../services/outcomes/index.ts';
import { ErrorRef } from './intake-schemas.ts';
import type { OutcomesServerDeps } from './outcomes.routes.ts';
import { EffectivenessSchema, SeizureTotalsSchema } from './outcomes-schemas.ts';

const errors = { 400: ErrorRef, 401: ErrorRef, 404: ErrorRef };
const security = [{ apiKey: [] }, { session: [] }];

/** JSON has no NaN: a rate without trials, or a lift without control hits, is null. */
function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

export function presentEffectiveness(r: EffectivenessReport) {
  return {
    ...r,
    groups: r.groups.map((g) => ({
      group: g.group,
      lift: finite(g.lift),
      arms: Object.fromEntries(
        Object.entries(g.arms).map(([arm, f]) => [
          arm,
          { ...f, hitRate: { ...f.hitRate, rate: finite(f.hitRate.rate) } },
        ]),
      ),
    })),
  };
}

export function outcomesStatsRoutes(deps: OutcomesServerDeps): FastifyPluginAsync {
  return (app) => {
    app.get(
      '/api/v1/stats/effectiveness',
      {
        config: { permission: 'stats.read' },
        schema: {
          tags: ['statistics'],
          summary: 'Hits and kilograms per scan, targeted against control, with Wilson intervals',
          security,
          querystring: Type.Object({
            from: Type.Optional(Type.String({ maxLength: 40 })),
            to: Type.Optional(Type.String({ maxLength: 40 })),
            groupBy: Type.Optional(
              Type.String({ maxLength: 20, description: 'all, rule, route or period' }),
            ),
          }),
          response: { 200: EffectivenessSchema, ...errors },
        },
      },
      async (request) => {
        const q = request.query as { from?: string; to?: string; groupBy?: string };
        return presentEffectiveness(await deps.stats.effectiveness(await deps.actorOf(request), q));
      },
    );
    app.get(
      '/api/v1/stats/seizures',
      {
        config: { permission: 'stats.read' },
        schema: {
          tags: ['statistics'],
          summary:
            'Seizures by port and year: count, containers, net and gross kilograms, packages',
          security,
          querystring: Type.Object({
            groupBy: Type.Optional(Type.Literal('port,year')),
          }),
          response: { 200: SeizureTotalsSchema, ...errors },
        },
      },
      async (request) => ({ items: await deps.stats.seizures(await deps.actorOf(request)) }),
    );
    return Promise.resolve();
  };
}
