/**
 * How any API request becomes an actor: the one place that reads credentials.
 * - An API key (`X-API-Key` or `Authorization: Bearer`): a machine client's scoped key or a cargo
 *   sender's key.
 * - Otherwise the `portcullis_session` cookie of a signed-in person; on unsafe methods (anything
 *   but GET, HEAD, OPTIONS) the `X-CSRF-Token` header must carry the session's CSRF token, or the
 *   request gets 403 `forbidden`.
 * The actor is resolved once per request and cached on it.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/app-error.ts';
import type { Actor } from '../../services/access/actor.ts';
import type { AppContext } from '../../services/app-context.ts';
import {
  actorOfUser,
  createMachineKeyService,
  createSessionStore,
  csrfTokenMatches,
  type SessionStore,
} from '../../services/auth/index.ts';
import { cacheActor, cachedActor } from './actor-cache.ts';
import { apiKeyOf, type Authenticate } from './api-key.ts';
import { sessionIdOf } from './session-cookie.ts';

/** Resolves the caller of a request or throws `unauthenticated` (or `forbidden` without CSRF). */
export type ActorOf = (request: FastifyRequest) => Promise<Actor>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface Credentials {
  readonly apiKeys: Authenticate;
  readonly sessions: SessionStore;
}

export function actorFromCredentials(credentials: Credentials): ActorOf {
  const resolve = async (request: FastifyRequest): Promise<Actor> => {
    const key = apiKeyOf(request);
    if (key !== undefined) {
      const actor = await credentials.apiKeys(key, request.id);
      if (actor) return actor;
      throw new AppError(
        'unauthenticated',
        'The API key is not valid, has expired or was revoked.',
      );
    }
    const sessionId = sessionIdOf(request);
    const session = sessionId ? await credentials.sessions.resume(sessionId) : undefined;
    if (!session) {
      throw new AppError(
        'unauthenticated',
        'Sign in first (POST /api/v1/session), or send an API key in the X-API-Key header.',
      );
    }
    if (!SAFE_METHODS.has(request.method)) {
      const token = request.headers['x-csrf-token'];
      if (!csrfTokenMatches(session.sessionId, typeof token === 'string' ? token : undefined))
        throw new AppError(
          'forbidden',
          'The X-CSRF-Token header is missing or does not match the session.',
        );
    }
    return actorOfUser(session.user, request.id);
  };
  return (request) => cachedActor(request) ?? cacheActor(request, resolve(request));
}

/** Machine clients' scoped keys (`pcm_…`) first, then whatever else `others` accepts (cargo senders). */
export function apiKeyAuthenticator(context: AppContext, others: Authenticate): Authenticate {
  const machines = createMachineKeyService(context);
  return (key, requestId) =>
    key.startsWith('pcm_') ? machines.authenticate(key, requestId) : others(key, requestId);
}

export function requestActor(context: AppContext, apiKeys: Authenticate): ActorOf {
  return actorFromCredentials({
    apiKeys: apiKeyAuthenticator(context, apiKeys),
    sessions: createSessionStore(context),
  });
}
