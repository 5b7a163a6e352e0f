/**
 * The route guard: before a request's body is even read, a route that declares
 * `config.permission` resolves the caller (401 without credentials, 403 without the CSRF token)
 * and refuses a caller whose permissions lack it with the same 404 a missing resource gets; a route
 * that declares `config.signedIn` needs some caller. The service still checks again at the top of
 * each method (with the resource's agency); this makes "no permission, no route" hold for every
 * route at once, including the shape of an invalid body. A request carrying an Authorization
 * header that is not a Portcullis key (a partner's TAXII token) is left to its route, which
 * authenticates it its own way.
 */
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { PERMISSIONS, type Permission } from '../../services/access/permissions.ts';
import { notFoundFor } from '../../services/access/require-access.ts';
import { AppError } from '../../core/app-error.ts';
import type { ActorOf } from './request-actor.ts';

/** What a route declares about who may call it (Fastify route `config`). */
export interface RouteAccess {
  /** The permission the route needs; a list means any one of them (e.g. filings or events). */
  readonly permission?: string | readonly string[];
  readonly public?: boolean;
  readonly signedIn?: boolean;
}

export function isPermission(name: string): name is Permission {
  return (PERMISSIONS as readonly string[]).includes(name);
}

function foreignAuthorization(request: FastifyRequest): boolean {
  const auth = request.headers.authorization;
  return auth !== undefined && !/^Bearer\s+pc[km]_/i.test(auth) && !request.headers['x-api-key'];
}

/** The known permissions a route declares (an unknown name grants nothing). */
export function permissionsOfRoute(access: RouteAccess): Permission[] {
  const declared = access.permission;
  const list: readonly string[] =
    declared === undefined ? [] : typeof declared === 'string' ? [declared] : declared;
  return list.filter(isPermission);
}

export function routeAccessOf(request: FastifyRequest): RouteAccess {
  return (request.routeOptions.config ?? {}) as RouteAccess;
}

export function routeGuard(actorOf: ActorOf): onRequestAsyncHookHandler {
  return async (request) => {
    const access = routeAccessOf(request);
    if (access.public === true) return;
    if (access.permission !== undefined) {
      const actor = await actorOf(request).catch((error: unknown) => {
        if (foreignAuthorization(request) && error instanceof AppError) return undefined;
        throw error;
      });
      if (!actor) return;
      const needed = permissionsOfRoute(access);
      if (!needed.some((p) => actor.permissions.has(p)))
        throw notFoundFor(needed[0] ?? 'admin.users');
    } else if (access.signedIn === true) {
      await actorOf(request);
    }
  };
}
