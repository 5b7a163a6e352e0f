/** `GET /api/v1/filings/{key}/history`: every version of a filing (amendments, cancellations). */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { requireApiKeyActor } from '../auth/api-key.ts';
import type { IntakeServerDeps } from '../server-deps.ts';
import { ErrorRef, FilingVersionSchema } from './intake-schemas.ts';

export function intakeFilingRoutes(deps: IntakeServerDeps): FastifyPluginAsync {
  return (app) => {
    app.get(
      '/api/v1/filings/:key/history',
      {
        config: { permission: 'filing.read' },
        schema: {
          tags: ['intake'],
          summary: 'Every version of a filing, oldest first',
          description: 'The key is `<sender id>|<message type>|<document number>`, URL-encoded.',
          security: [{ apiKey: [] }, { session: [] }],
          params: Type.Object({ key: Type.String({ minLength: 3 }) }),
          response: {
            200: Type.Object({
              filingKey: Type.String(),
              versions: Type.Array(FilingVersionSchema),
            }),
            401: ErrorRef,
            404: ErrorRef,
          },
        },
      },
      async (request) => {
        const actor = await requireApiKeyActor(request, deps.authenticate);
        const { key } = request.params as { key: string };
        return { filingKey: key, versions: await deps.service.filingHistory(actor, key) };
      },
    );
    return Promise.resolve();
  };
}
