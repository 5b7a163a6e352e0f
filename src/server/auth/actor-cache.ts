/**
 * The actor each request resolved to, kept on the request (weakly) so credentials are read once:
 * by the route guard, then by whichever route code asks again.
 */
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../services/access/actor.ts';

const actors = new WeakMap<FastifyRequest, Promise<Actor>>();

export function cachedActor(request: FastifyRequest): Promise<Actor> | undefined {
  return actors.get(request);
}

export function cacheActor(request: FastifyRequest, actor: Promise<Actor>): Promise<Actor> {
  actors.set(request, actor);
  return actor;
}
