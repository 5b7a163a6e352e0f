/** Builds the session routes' dependencies from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import { createOidcSignIn, createSessionStore, passwordSignIn } from '../../services/auth/index.ts';
import { loadConfig } from '../../services/config.ts';
import { createTotpService } from '../../services/auth/totp-enrolment.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { SessionServerDeps } from '../routes/session.routes.ts';

export function sessionDeps(
  context: AppContext,
  actorOf: ActorOf,
  _options: { readonly dataDir?: string | undefined },
): SessionServerDeps | undefined {
  const sessions = createSessionStore(context);
  const oidc = loadConfig().oidc;
  return {
    sessions,
    actorOf,
    signIn: passwordSignIn({ ...context, sessions }),
    totp: createTotpService(context),
    ...(oidc ? { oidc: createOidcSignIn({ ...context, sessions }, oidc) } : {}),
  };
}
