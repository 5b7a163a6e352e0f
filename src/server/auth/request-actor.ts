/**
 * How any API request becomes an actor: the one place that reads credentials. Today an API key
 * (`X-API-Key` or `Authorization: Bearer`); signed-in sessions (cookie + CSRF header) are added
 * here, so every route gets them at once.
 */
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../services/access/actor.ts';
import type { AppContext } from '../../services/app-context.ts';
import { requireApiKeyActor, type Authenticate } from './api-key.ts';

/** Resolves the caller of a request or throws `unauthenticated`. */
export type ActorOf = (request: FastifyRequest) => Promise<Actor>;

export function requestActor(_context: AppContext, apiKeys: Authenticate): ActorOf {
  return (request) => requireApiKeyActor(request, apiKeys);
}
