/** Entity resolution, screening, watchlists, link graphs, private set intersection. */
import type { FastifyPluginAsync } from 'fastify';

/** What these routes need from the services. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the routes land
export interface EntitiesServerDeps {}

export function entitiesRoutes(_deps: EntitiesServerDeps): FastifyPluginAsync {
  return async () => {};
}
