/** Builds the web routes' dependencies from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { WebServerDeps } from '../routes/web.routes.ts';

export function webDeps(
  _context: AppContext,
  _actorOf: ActorOf,
  _options: { readonly dataDir?: string | undefined },
): WebServerDeps | undefined {
  return undefined;
}
