/**
 * OpenID Connect sign-in: `login` redirects to the provider (the flow's state in a short-lived
 * cookie), `callback` finishes it and opens the session. The callback answers with a small page
 * that moves on to the web app: the session cookie is SameSite=Strict, so it is sent from the next,
 * same-site navigation rather than along the provider's cross-site redirect.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { OidcSignIn } from '../../services/auth/index.ts';
import {
  clearOidcStateCookie,
  cookieOf,
  OIDC_STATE_COOKIE,
  setOidcStateCookie,
  setSessionCookie,
} from '../auth/session-cookie.ts';
import { ErrorRef } from './intake-schemas.ts';

export interface OidcRouteDeps {
  readonly oidc: Pick<OidcSignIn, 'id' | 'name' | 'start' | 'finish'>;
}

const CONTINUE_PAGE =
  '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/"><title>Signed in</title><a href="/">Continue</a>';

export function oidcRoutes(deps: OidcRouteDeps): FastifyPluginAsync {
  return (app) => {
    app.get(
      '/api/v1/session/oidc/login',
      {
        config: { public: true },
        schema: {
          tags: ['session'],
          summary: 'Sign in through the OpenID Connect provider (redirects there)',
          response: { 302: Type.Null(), 503: ErrorRef },
        },
      },
      async (_request, reply) => {
        const { url, state } = await deps.oidc.start();
        setOidcStateCookie(reply, state);
        return reply.redirect(url, 302);
      },
    );
    app.get(
      '/api/v1/session/oidc/callback',
      {
        config: { public: true },
        schema: {
          tags: ['session'],
          summary: 'Where the provider sends the browser back: opens the session',
          querystring: Type.Object({}, { additionalProperties: Type.String() }),
          response: { 200: Type.String(), 401: ErrorRef },
        },
      },
      async (request, reply) => {
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        clearOidcStateCookie(reply);
        const session = await deps.oidc.finish(
          query,
          cookieOf(request, OIDC_STATE_COOKIE),
          request.ip,
        );
        setSessionCookie(reply, session.sessionId, session.expiresAt);
        return reply.type('text/html; charset=utf-8').send(CONTINUE_PAGE);
      },
    );
    return Promise.resolve();
  };
}
