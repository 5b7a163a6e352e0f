// The routes of the authorization matrix (`authz-matrix.test.ts`): every route of the real server,
// collected as it is registered (an `onRoute` hook added when Fastify initialises), with its
// access config and the names its query string takes and its 200 answer has.
import type { FastifyInstance, RouteOptions } from 'fastify';
import { permissionsOf, type Role } from '../../src/services/access/roles.ts';
import { permissionsOfRoute } from '../../src/server/auth/route-guard.ts';
import { propertiesOf } from './authz-pages.ts';

export interface CollectedRoute {
  readonly method: string;
  readonly url: string;
  readonly permission?: string | readonly string[];
  readonly public?: boolean;
  readonly signedIn?: boolean;
  /** The names its query string takes and its 200 answer has (for the paging dimension). */
  readonly query?: readonly string[];
  readonly answer?: readonly string[];
}

/** Fills `into` with the routes of each server initialised while subscribed (`onInit`). */
export function routeCollector(into: CollectedRoute[]) {
  const collect = (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const config = (route.config ?? {}) as Omit<CollectedRoute, 'method' | 'url'>;
    const schema = (route.schema ?? {}) as { querystring?: unknown; response?: { 200?: unknown } };
    const shape = {
      query: propertiesOf(schema.querystring),
      answer: propertiesOf(schema.response?.[200]),
    };
    for (const method of methods)
      if (method !== 'HEAD') into.push({ method, url: route.url, ...shape, ...config });
  };
  return (message: unknown) =>
    (message as { fastify: FastifyInstance }).fastify.addHook('onRoute', collect);
}

/** A concrete URL: uuids for ids, a plausible token for other parameters. */
export function concrete(url: string): string {
  return url
    .replace(/:(\w*id|\w*Id)\b/g, '00000000-0000-4000-8000-000000000000')
    .replace(/:\w+/g, 'MSCU1234565')
    .replace(/\*$/, 'index.html');
}

/** Whether the role holds one of the permissions the route declares. */
export function grants(role: Role, route: CollectedRoute): boolean {
  const held = permissionsOf([role]);
  return permissionsOfRoute(route).some((p) => held.has(p));
}
