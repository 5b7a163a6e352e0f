/** The web app: static files of web/dist served at /. */
import type { FastifyPluginAsync } from 'fastify';

/** What these routes need from the services. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the routes land
export interface WebServerDeps {}

export function webRoutes(_deps: WebServerDeps): FastifyPluginAsync {
  return async () => {};
}
