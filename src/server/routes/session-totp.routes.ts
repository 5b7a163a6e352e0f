/** TOTP enrolment for the signed-in user: start (secret and otpauth URI), confirm, remove. */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../core/app-error.ts';
import type { TotpService } from '../../services/auth/totp-enrolment.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import { ErrorRef } from './intake-schemas.ts';

export interface TotpRouteDeps {
  readonly totp: TotpService;
  readonly actorOf: ActorOf;
}

const errors = { 401: ErrorRef, 403: ErrorRef, 409: ErrorRef, 422: ErrorRef };
const Code = Type.Object(
  { code: Type.String({ pattern: '^[0-9]{6}$' }) },
  { additionalProperties: false },
);
const common = { tags: ['session'], security: [{ session: [] }] };

/** People only: a machine's API key has no second factor. */
async function userIdOf(deps: TotpRouteDeps, request: Parameters<ActorOf>[0]) {
  const actor = await deps.actorOf(request);
  if (actor.kind !== 'user') throw new AppError('forbidden', 'Only people enrol a second factor.');
  return actor.id;
}

export function totpRoutes(deps: TotpRouteDeps): FastifyPluginAsync {
  return (app) => {
    app.post(
      '/api/v1/session/totp',
      {
        config: { signedIn: true },
        schema: {
          ...common,
          summary: 'Start enrolling a TOTP second factor: returns the secret and otpauth URI',
          response: {
            200: Type.Object({ secret: Type.String(), otpauthUri: Type.String() }),
            ...errors,
          },
        },
      },
      async (request) => deps.totp.start(await userIdOf(deps, request)),
    );
    app.post(
      '/api/v1/session/totp/confirm',
      {
        config: { signedIn: true },
        schema: {
          ...common,
          summary: 'Confirm the enrolment with a first code; sign-in then requires a code',
          body: Code,
          response: { 204: Type.Null(), ...errors },
        },
      },
      async (request, reply) => {
        await deps.totp.confirm(
          await userIdOf(deps, request),
          (request.body as { code: string }).code,
        );
        return reply.status(204).send();
      },
    );
    app.delete(
      '/api/v1/session/totp',
      {
        config: { signedIn: true },
        schema: {
          ...common,
          summary: 'Remove the second factor (with a current code)',
          body: Code,
          response: { 204: Type.Null(), ...errors },
        },
      },
      async (request, reply) => {
        await deps.totp.remove(
          await userIdOf(deps, request),
          (request.body as { code: string }).code,
        );
        return reply.status(204).send();
      },
    );
    return Promise.resolve();
  };
}
