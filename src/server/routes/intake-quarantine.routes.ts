/**
 * The quarantine: `GET /api/v1/quarantine` lists records that failed validation with their
 * reasons; `POST /api/v1/quarantine/{id}/reprocess` submits a corrected upload for one of them,
 * closing it only if the correction is accepted whole.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { QUARANTINE_STATUSES, type QuarantineStatus } from '../../services/intake/filing-reads.ts';
import { requireApiKeyActor } from '../auth/api-key.ts';
import type { IntakeServerDeps } from '../server-deps.ts';
import { ErrorRef, QuarantinedSchema } from './intake-schemas.ts';

const Correction = Type.Object({
  contentType: Type.String({
    description: 'Content type of the corrected upload',
    default: 'application/edifact',
  }),
  content: Type.String({ minLength: 1, description: 'The corrected message, as text' }),
  filename: Type.Optional(Type.String()),
});

export function intakeQuarantineRoutes(deps: IntakeServerDeps): FastifyPluginAsync {
  return (app) => {
    app.get(
      '/api/v1/quarantine',
      {
        config: { permission: 'quarantine.read' },
        schema: {
          tags: ['intake'],
          summary: 'Quarantined records of the caller agency',
          security: [{ apiKey: [] }, { session: [] }],
          querystring: Type.Object({
            status: Type.Optional(Type.Union(QUARANTINE_STATUSES.map((s) => Type.Literal(s)))),
          }),
          response: {
            200: Type.Object({ records: Type.Array(QuarantinedSchema) }),
            401: ErrorRef,
            404: ErrorRef,
          },
        },
      },
      async (request) => {
        const actor = await requireApiKeyActor(request, deps.authenticate);
        const { status } = request.query as { status?: QuarantineStatus };
        return { records: await deps.service.listQuarantine(actor, status) };
      },
    );
    app.post(
      '/api/v1/quarantine/:id/reprocess',
      {
        config: { permission: 'quarantine.reprocess' },
        schema: {
          tags: ['intake'],
          summary: 'Reprocess a quarantined record with a corrected upload',
          security: [{ apiKey: [] }, { session: [] }],
          params: Type.Object({ id: Type.String() }),
          body: Correction,
          response: {
            200: Type.Ref('Acknowledgement'),
            401: ErrorRef,
            404: ErrorRef,
            409: ErrorRef,
            422: ErrorRef,
          },
        },
      },
      async (request) => {
        const actor = await requireApiKeyActor(request, deps.authenticate);
        const { id } = request.params as { id: string };
        const body = request.body as { contentType: string; content: string; filename?: string };
        const outcome = await deps.service.reprocess(actor, id, {
          bytes: new TextEncoder().encode(body.content),
          contentType: body.contentType,
          ...(body.filename ? { filename: body.filename } : {}),
        });
        return outcome.acknowledgement;
      },
    );
    return Promise.resolve();
  };
}
