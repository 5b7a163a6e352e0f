/** Builds the session routes' dependencies from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { SessionServerDeps } from '../routes/session.routes.ts';

export function sessionDeps(
  _context: AppContext,
  _actorOf: ActorOf,
  _options: { readonly dataDir?: string | undefined },
): SessionServerDeps | undefined {
  return undefined;
}
