/**
 * Sign-in of people: `POST /api/v1/session` (local account, optional TOTP), `GET` (who am I, with
 * the CSRF token), `DELETE` (sign out), the sign-in providers, OpenID Connect login and callback,
 * and TOTP enrolment for the signed-in user. The session lives in the `portcullis_session` cookie.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../core/app-error.ts';
import type { OpenSession, SessionStore, SignInInput } from '../../services/auth/index.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import { clearSessionCookie, sessionIdOf, setSessionCookie } from '../auth/session-cookie.ts';
import { ErrorRef } from './intake-schemas.ts';
import { oidcRoutes, type OidcRouteDeps } from './session-oidc.routes.ts';
import { totpRoutes, type TotpRouteDeps } from './session-totp.routes.ts';

/** What these routes need from the services. */
export interface SessionServerDeps {
  readonly signIn: (input: SignInInput) => Promise<OpenSession>;
  readonly sessions: SessionStore;
  readonly actorOf: ActorOf;
  readonly totp: TotpRouteDeps['totp'];
  /** Present when an OpenID Connect provider is configured. */
  readonly oidc?: OidcRouteDeps['oidc'];
}

export const SessionUser = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  agencyId: Type.String(),
  roles: Type.Array(Type.String()),
  permissions: Type.Array(Type.String()),
});
export const SessionBody = Type.Object({ user: SessionUser, csrfToken: Type.String() });

const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 429: ErrorRef };

export function sessionBody(session: OpenSession) {
  return { user: session.user, csrfToken: session.csrfToken };
}

/** Starts the browser session: cookie plus the body the web app keeps (user and CSRF token). */
export function startSession(reply: FastifyReply, session: OpenSession) {
  setSessionCookie(reply, session.sessionId, session.expiresAt);
  return sessionBody(session);
}

async function currentSession(sessions: SessionStore, request: FastifyRequest) {
  const id = sessionIdOf(request);
  return id ? sessions.resume(id) : undefined;
}

const notSignedIn = () => new AppError('unauthenticated', 'Not signed in.');

export function sessionRoutes(deps: SessionServerDeps): FastifyPluginAsync {
  return async (app) => {
    app.post(
      '/api/v1/session',
      {
        config: { public: true },
        schema: {
          tags: ['session'],
          summary: 'Sign in with a local account (username, password and TOTP code if enrolled)',
          body: Type.Object(
            {
              username: Type.String({ minLength: 1, maxLength: 64 }),
              password: Type.String({ minLength: 1, maxLength: 1024 }),
              totp: Type.Optional(Type.String({ maxLength: 10 })),
            },
            { additionalProperties: false },
          ),
          response: { 200: SessionBody, ...errors },
        },
      },
      async (request, reply) => {
        const body = request.body as { username: string; password: string; totp?: string };
        try {
          const session = await deps.signIn({
            ...body,
            sourceAddress: request.ip,
            requestId: request.id,
          });
          return startSession(reply, session);
        } catch (error) {
          const wait = error instanceof AppError ? error.details?.['retryAfterSeconds'] : undefined;
          if (typeof wait === 'number') void reply.header('retry-after', String(wait));
          throw error;
        }
      },
    );
    app.get(
      '/api/v1/session',
      {
        config: { signedIn: true },
        schema: {
          tags: ['session'],
          summary: 'The signed-in user and the CSRF token of the session',
          security: [{ session: [] }],
          response: { 200: SessionBody, ...errors },
        },
      },
      async (request) => {
        const session = await currentSession(deps.sessions, request);
        if (!session) throw notSignedIn();
        return sessionBody(session);
      },
    );
    app.delete(
      '/api/v1/session',
      {
        config: { signedIn: true },
        schema: {
          tags: ['session'],
          summary: 'Sign out: ends the session (needs the X-CSRF-Token header)',
          security: [{ session: [] }],
          response: { 204: Type.Null(), ...errors },
        },
      },
      async (request, reply) => {
        const id = sessionIdOf(request);
        if (!id) throw notSignedIn();
        await deps.actorOf(request); // the session must be valid and the CSRF token match
        await deps.sessions.close(id);
        clearSessionCookie(reply);
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/v1/session/providers',
      {
        config: { public: true },
        schema: {
          tags: ['session'],
          summary: 'How people can sign in here: local accounts and OpenID Connect providers',
          response: {
            200: Type.Object({
              local: Type.Boolean(),
              oidc: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
            }),
          },
        },
      },
      () =>
        Promise.resolve({
          local: true,
          oidc: deps.oidc ? [{ id: deps.oidc.id, name: deps.oidc.name }] : [],
        }),
    );
    await app.register(totpRoutes(deps));
    if (deps.oidc) await app.register(oidcRoutes({ oidc: deps.oidc }));
  };
}
