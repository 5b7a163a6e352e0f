/** Partner registry, lookouts and intelligence, the TAXII 2.1 server and sync. */
import type { FastifyPluginAsync } from 'fastify';

/** What these routes need from the services. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the routes land
export interface ExchangeServerDeps {}

export function exchangeRoutes(_deps: ExchangeServerDeps): FastifyPluginAsync {
  return async () => {};
}
