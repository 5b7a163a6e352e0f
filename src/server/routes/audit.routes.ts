/** The audit log over HTTP: status, signed tree heads, inclusion and consistency proofs. */
import type { FastifyPluginAsync } from 'fastify';

/** What these routes need from the services. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the routes land
export interface AuditServerDeps {}

export function auditRoutes(_deps: AuditServerDeps): FastifyPluginAsync {
  return async () => {};
}
