/**
 * What was sent: `GET /api/v1/intake` lists the agency's submissions newest first, a page at a
 * time (a sender sees only its own), each with its sender, format, message types, records
 * accepted and quarantined and status; the acknowledgement itself is at `GET /api/v1/intake/{id}`.
 * `GET /api/v1/senders` names the agency's senders, to filter by.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { ACK_STATUSES } from '../../services/intake/acknowledgement.ts';
import {
  SUBMISSION_PAGE_DEFAULT,
  SUBMISSION_PAGE_MAX,
  type SubmissionListInput,
} from '../../services/intake/submission-reads.ts';
import { requireApiKeyActor } from '../auth/api-key.ts';
import type { IntakeServerDeps } from '../server-deps.ts';
import { ErrorRef, SenderSchema, SubmissionSummarySchema } from './intake-schemas.ts';

const security = [{ apiKey: [] }, { session: [] }];

const ListQuery = Type.Object({
  sender: Type.Optional(Type.String({ format: 'uuid', description: "Only this sender's" })),
  status: Type.Optional(
    Type.Union(
      ACK_STATUSES.map((s) => Type.Literal(s)),
      { description: 'Only submissions acknowledged with this status' },
    ),
  ),
  since: Type.Optional(
    Type.String({ format: 'date-time', maxLength: 40, description: 'Received at or after' }),
  ),
  before: Type.Optional(
    Type.String({
      maxLength: 80,
      pattern: '^[0-9TZ:.-]+_[0-9a-fA-F-]{36}$',
      description: 'The `next` of the previous page',
    }),
  ),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: SUBMISSION_PAGE_MAX, default: SUBMISSION_PAGE_DEFAULT }),
  ),
});

export function intakeSubmissionRoutes(deps: IntakeServerDeps): FastifyPluginAsync {
  return (app) => {
    app.get(
      '/api/v1/intake',
      {
        config: { permission: 'filing.read' },
        schema: {
          tags: ['intake'],
          summary: 'Recent submissions, newest first',
          description:
            "The caller agency's submissions (a sender's own only), each summed from its acknowledgement. `next`, when present, is passed as `before` for the next, older page.",
          security,
          querystring: ListQuery,
          response: {
            200: Type.Object({
              items: Type.Array(SubmissionSummarySchema),
              next: Type.Optional(Type.String()),
            }),
            400: ErrorRef,
            401: ErrorRef,
            404: ErrorRef,
          },
        },
      },
      async (request) => {
        const actor = await requireApiKeyActor(request, deps.authenticate);
        return deps.service.listSubmissions(actor, request.query as SubmissionListInput);
      },
    );
    app.get(
      '/api/v1/senders',
      {
        config: { permission: 'filing.read' },
        schema: {
          tags: ['intake'],
          summary: "The agency's senders (carriers and terminals) by name",
          description: 'A sender sees itself only.',
          security,
          response: {
            200: Type.Object({ items: Type.Array(SenderSchema) }),
            401: ErrorRef,
            404: ErrorRef,
          },
        },
      },
      async (request) => {
        const actor = await requireApiKeyActor(request, deps.authenticate);
        return { items: await deps.service.intakeSenders(actor) };
      },
    );
    return Promise.resolve();
  };
}
