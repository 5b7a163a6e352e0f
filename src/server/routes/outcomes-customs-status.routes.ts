/**
 * `GET /api/v1/customs-status`: what customs did with the caller's own containers (selected for
 * scan, for inspection, released) as DCSA 3.0 events, or as an EDIFACT IFTSTA with
 * `format=edifact`. For carrier and terminal keys; never a reason or a score. The `since` to read
 * on is returned in the `Next-Page-Cursor` header: the last event's time and id, so a page that
 * ends inside the events of one instant (one scan plan) reads on with the rest of them.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { ErrorRef } from './intake-schemas.ts';
import type { OutcomesServerDeps } from './outcomes.routes.ts';
import { CustomsStatusSchema } from './outcomes-schemas.ts';

export function customsStatusRoutes(deps: OutcomesServerDeps): FastifyPluginAsync {
  return (app) => {
    app.get(
      '/api/v1/customs-status',
      {
        config: { permission: 'filing.read' },
        schema: {
          tags: ['outcomes'],
          summary: "Customs status of the sender's own containers (DCSA 3.0 CUSS, CUSI, CUSR)",
          description:
            'Oldest first, by time then event id. The `Next-Page-Cursor` response header (an opaque `<time>_<event id>`) is passed back as `since` for the next page; the events of one scan plan share one time and are still each read once, whatever the `limit`. A malformed `since` is a 400.',
          security: [{ apiKey: [] }],
          querystring: Type.Object({
            since: Type.Optional(
              Type.String({
                maxLength: 80,
                description:
                  'The `Next-Page-Cursor` of the previous page: events after its last one. A plain ISO 8601 date-time (as older clients send) reads the events after that time.',
              }),
            ),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
            format: Type.Optional(Type.Union([Type.Literal('dcsa'), Type.Literal('edifact')])),
          }),
          response: {
            200: {
              content: {
                'application/json': { schema: CustomsStatusSchema },
                'application/edifact': { schema: Type.String() },
              },
            },
            400: ErrorRef,
            401: ErrorRef,
            404: ErrorRef,
          },
        },
      },
      async (request, reply) => {
        const q = request.query as { since?: string; limit?: number; format?: 'dcsa' | 'edifact' };
        const actor = await deps.actorOf(request);
        const page = await deps.customsStatus.statuses(actor, q);
        if (q.format === 'edifact') {
          const text = deps.customsStatus.edifact(actor, page, deps.clock.now());
          if (page.next) void reply.header('Next-Page-Cursor', page.next);
          return reply.type('application/edifact').send(text);
        }
        // The cursor travels in DCSA's pagination header, so the body stays a pure TNT 3.0 response.
        if (page.next) void reply.header('Next-Page-Cursor', page.next);
        return reply.type('application/json').send(deps.customsStatus.dcsa(page));
      },
    );
    return Promise.resolve();
  };
}
