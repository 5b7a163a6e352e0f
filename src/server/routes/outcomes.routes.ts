/** Scans, inspections, seizures, chain of custody, holds waived, effectiveness figures. */
import type { FastifyPluginAsync } from 'fastify';

/** What these routes need from the services. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the routes land
export interface OutcomesServerDeps {}

export function outcomesRoutes(_deps: OutcomesServerDeps): FastifyPluginAsync {
  return async () => {};
}
