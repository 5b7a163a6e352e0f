/**
 * Screening and watchlists: `POST /api/v1/screening`, `GET /api/v1/screening/hits`,
 * `POST /api/v1/screening/hits/{id}/review`, `GET|POST /api/v1/watchlists`.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { HitVerdict, WatchlistFormat } from '../../services/entities/screening.service.ts';
import type { StoredScreeningHit } from '../../services/entities/index.ts';
import {
  errors,
  ScreeningHitSchema,
  ScreeningMatchSchema,
  security,
  WatchlistSchema,
} from './entities-schemas.ts';

import type { EntitiesServerDeps } from './entities.routes.ts';

const presentHit = (h: StoredScreeningHit) => ({ ...h, createdAt: h.createdAt.toISOString() });

export function screeningRoutes(deps: EntitiesServerDeps): FastifyPluginAsync {
  return (app) => {
    const tags = ['screening'];
    app.post(
      '/api/v1/screening',
      {
        config: { permission: 'screening.run' },
        schema: {
          tags,
          summary: 'Screen a name against the watchlists (best matches with scores and reasons)',
          security,
          body: Type.Object({
            name: Type.String({ minLength: 1, maxLength: 500 }),
            country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
          }),
          response: { 200: Type.Object({ matches: Type.Array(ScreeningMatchSchema) }), ...errors },
        },
      },
      async (request) => {
        const body = request.body as { name: string; country?: string };
        return { matches: await deps.screening.screen(await deps.actorOf(request), body) };
      },
    );
    app.get(
      '/api/v1/screening/hits',
      {
        config: { permission: 'entity.read' },
        schema: {
          tags,
          summary: 'Screening hits on parties of the agency, best first',
          security,
          querystring: Type.Object({
            status: Type.Optional(
              Type.Union([
                Type.Literal('open'),
                Type.Literal('true-positive'),
                Type.Literal('false-positive'),
              ]),
            ),
            bill: Type.Optional(Type.String({ maxLength: 70 })),
          }),
          response: { 200: Type.Object({ items: Type.Array(ScreeningHitSchema) }), ...errors },
        },
      },
      async (request) => {
        const q = request.query as { status?: string; bill?: string };
        const items = await deps.screening.hits(await deps.actorOf(request), {
          ...(q.status ? { status: q.status } : {}),
          ...(q.bill ? { billNumbers: [q.bill] } : {}),
        });
        return { items: items.map(presentHit) };
      },
    );
    app.post(
      '/api/v1/screening/hits/:id/review',
      {
        config: { permission: 'screening.review' },
        schema: {
          tags,
          summary: 'Review a hit as a true or false positive (reviews tune the list threshold)',
          security,
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object({
            verdict: Type.Union([Type.Literal('true-positive'), Type.Literal('false-positive')]),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          }),
          response: { 200: ScreeningHitSchema, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const { verdict, note } = request.body as { verdict: HitVerdict; note?: string };
        const actor = await deps.actorOf(request);
        const trimmed = note?.trim();
        return presentHit(
          await deps.screening.review(actor, id, verdict, trimmed === '' ? undefined : trimmed),
        );
      },
    );
    app.get(
      '/api/v1/watchlists',
      {
        config: { permission: 'entity.read' },
        schema: {
          tags,
          summary: 'Watchlists screened by the agency, with thresholds',
          security,
          response: { 200: Type.Object({ items: Type.Array(WatchlistSchema) }), ...errors },
        },
      },
      async (request) => ({ items: await deps.screening.lists(await deps.actorOf(request)) }),
    );
    app.post(
      '/api/v1/watchlists',
      {
        config: { permission: 'watchlist.write' },
        schema: {
          tags,
          summary:
            'Load or refresh a watchlist: an OFAC sdn.csv or an agency CSV (name, aliases, countries, programmes, kind, id)',
          security,
          body: Type.Object({
            listId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,40}$' }),
            name: Type.String({ minLength: 1, maxLength: 200 }),
            format: Type.Union([Type.Literal('ofac-sdn'), Type.Literal('csv')]),
            content: Type.String({ minLength: 1 }),
          }),
          response: {
            201: Type.Object({
              watchlist: WatchlistSchema,
              diagnostics: Type.Array(Type.Object({}, { additionalProperties: true })),
            }),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const b = request.body as {
          listId: string;
          name: string;
          format: WatchlistFormat;
          content: string;
        };
        const result = await deps.screening.load(await deps.actorOf(request), {
          listId: b.listId,
          name: b.name,
          format: b.format,
          bytes: new TextEncoder().encode(b.content),
          source: `upload:${b.listId}`,
        });
        return reply
          .status(201)
          .send({ watchlist: result.summary, diagnostics: result.diagnostics });
      },
    );

    return Promise.resolve();
  };
}
