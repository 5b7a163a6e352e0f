/** Sign-in of people: local accounts, OpenID Connect, sessions with CSRF, TOTP. */
import type { FastifyPluginAsync } from 'fastify';

/** What these routes need from the services. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the routes land
export interface SessionServerDeps {}

export function sessionRoutes(_deps: SessionServerDeps): FastifyPluginAsync {
  return async () => {};
}
