/**
 * Carrier and terminal authentication for intake: the `X-API-Key` header (or `Authorization:
 * Bearer <key>`) is turned into the sender's actor by the sender service. A missing or wrong key
 * gets 401 with the one error envelope; the key itself is never logged.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/app-error.ts';
import type { Actor } from '../../services/access/actor.ts';
import { cachedActor } from './actor-cache.ts';

export type Authenticate = (key: string, requestId: string) => Promise<Actor | undefined>;

export function apiKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header !== '') return header;
  const auth = request.headers.authorization;
  const bearer = auth === undefined ? undefined : /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
  return bearer;
}

/**
 * The caller's actor, or an `unauthenticated` error. When the route guard already resolved the
 * request's caller (an API key or a signed-in session), that actor is used.
 */
export async function requireApiKeyActor(
  request: FastifyRequest,
  authenticate: Authenticate,
): Promise<Actor> {
  const resolved = cachedActor(request);
  if (resolved) return resolved;
  const key = apiKeyOf(request);
  const actor = key === undefined ? undefined : await authenticate(key, request.id);
  if (!actor) {
    throw new AppError(
      'unauthenticated',
      'A valid API key is required: send it in the X-API-Key header.',
    );
  }
  return actor;
}
