/** OpenID Connect sign-in: login (redirect to the provider) and callback (session). */
import type { FastifyPluginAsync } from 'fastify';

export interface OidcRouteDeps {
  readonly oidc: { readonly id: string; readonly name: string };
}

export function oidcRoutes(_deps: OidcRouteDeps): FastifyPluginAsync {
  return () => Promise.resolve();
}
