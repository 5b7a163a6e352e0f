/**
 * Cargo intake over HTTP: `POST /api/v1/intake` (EDIFACT, DCSA JSON or CSV, streamed, with an
 * Idempotency-Key), the acknowledgement again at `GET /api/v1/intake/{id}`, and the submission
 * list, filing history and quarantine routes. Uploads are read as a stream against the body limit (413
 * beyond it); EDIFACT senders may ask for CONTRL and APERAK instead of JSON.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Readable } from 'node:stream';
import type { Acknowledgement } from '../../services/intake/acknowledgement.ts';
import { payloadTooLarge } from '../../services/intake/read-body.ts';
import { requireApiKeyActor } from '../auth/api-key.ts';
import type { IntakeServerDeps } from '../server-deps.ts';
import { intakeFilingRoutes } from './intake-filings.routes.ts';
import { intakeQuarantineRoutes } from './intake-quarantine.routes.ts';
import { intakeSubmissionRoutes } from './intake-submissions.routes.ts';
import { AcknowledgementSchema, DiagnosticSchema, ErrorRef } from './intake-schemas.ts';

export const INTAKE_CONTENT_TYPES = [
  'application/edifact',
  'text/plain',
  'application/json',
  'text/csv',
  'application/octet-stream',
] as const;

const errors = { 400: ErrorRef, 401: ErrorRef, 404: ErrorRef, 413: ErrorRef, 415: ErrorRef };

const SubmitHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  'x-filename': Type.Optional(Type.String({ maxLength: 255 })),
});
const SubmitQuery = Type.Object({
  ack: Type.Optional(
    Type.String({
      pattern: '^(contrl|aperak)(,(contrl|aperak))?$',
      description: 'EDIFACT answers',
    }),
  ),
});

export function intakeRoutes(deps: IntakeServerDeps, bodyLimitBytes: number): FastifyPluginAsync {
  return async (app) => {
    app.addSchema(DiagnosticSchema);
    app.addSchema(AcknowledgementSchema);
    await app.register(submitRoutes(deps, bodyLimitBytes));
    await app.register(intakeFilingRoutes(deps));
    await app.register(intakeQuarantineRoutes(deps));
    await app.register(intakeSubmissionRoutes(deps));
  };
}

function submitRoutes(deps: IntakeServerDeps, limit: number): FastifyPluginAsync {
  return (app) => {
    streamBodies(app, limit);
    app.post(
      '/api/v1/intake',
      {
        config: { permission: ['filing.submit', 'event.submit'] },
        schema: {
          tags: ['intake'],
          summary: 'Submit a UN/EDIFACT interchange, DCSA Track & Trace events or a CSV manifest',
          description: `Body: the upload as sent (${INTAKE_CONTENT_TYPES.join(', ')}); text/plain and octet-stream are detected from the first bytes. Answers with the acknowledgement (JSON), or CONTRL/APERAK with ?ack=contrl,aperak or Accept: application/edifact. A resubmission with the same Idempotency-Key or UNB control reference gets the first acknowledgement again (200, Idempotent-Replayed: true).`,
          security: [{ apiKey: [] }],
          headers: SubmitHeaders,
          querystring: SubmitQuery,
          response: {
            200: Type.Ref('Acknowledgement'),
            201: Type.Ref('Acknowledgement'),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const actor = await requireApiKeyActor(request, deps.authenticate);
        const headers = request.headers as { 'idempotency-key'?: string; 'x-filename'?: string };
        const outcome = await deps.service.submit(actor, {
          stream: request.body as Readable,
          contentType: request.headers['content-type'] ?? 'application/octet-stream',
          ...(headers['idempotency-key'] ? { idempotencyKey: headers['idempotency-key'] } : {}),
          ...(headers['x-filename'] ? { filename: headers['x-filename'] } : {}),
        });
        reply.status(outcome.replayed ? 200 : 201);
        if (outcome.replayed) reply.header('idempotent-replayed', 'true');
        reply.header('location', `/api/v1/intake/${outcome.acknowledgement.id}`);
        return answer(request, reply, outcome.acknowledgement);
      },
    );
    app.get(
      '/api/v1/intake/:id',
      {
        config: { permission: ['filing.submit', 'event.submit', 'filing.read'] },
        schema: {
          tags: ['intake'],
          summary: 'The acknowledgement of an earlier submission',
          security: [{ apiKey: [] }, { session: [] }],
          params: Type.Object({ id: Type.String() }),
          querystring: SubmitQuery,
          response: { 200: Type.Ref('Acknowledgement'), 401: ErrorRef, 404: ErrorRef },
        },
      },
      async (request, reply) => {
        const actor = await requireApiKeyActor(request, deps.authenticate);
        const { id } = request.params as { id: string };
        return answer(request, reply, await deps.service.getAcknowledgement(actor, id));
      },
    );
    return Promise.resolve();
  };
}

/** Every body reaches the handler as the request stream; a declared length over the limit is refused at once. */
function streamBodies(app: FastifyInstance, limit: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (request, payload, done) => {
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > limit) done(payloadTooLarge(limit), undefined);
    else done(null, payload);
  });
}

/** JSON, or the EDIFACT acknowledgements the sender asked for. */
function answer(request: FastifyRequest, reply: FastifyReply, ack: Acknowledgement) {
  const wanted = edifactWanted(request);
  if (wanted.length === 0 || !ack.edifact) return ack;
  const edifact = ack.edifact;
  const text = wanted.map((w) => (w === 'contrl' ? edifact.contrl : edifact.aperak)).join('\n');
  return reply
    .type('application/edifact')
    .serializer((v) => v as string)
    .send(text);
}

function edifactWanted(request: FastifyRequest): ('contrl' | 'aperak')[] {
  const { ack } = request.query as { ack?: string };
  if (ack) return ack.split(',') as ('contrl' | 'aperak')[];
  const accept = request.headers.accept ?? '';
  return /application\/edifact/i.test(accept) ? ['contrl', 'aperak'] : [];
}
