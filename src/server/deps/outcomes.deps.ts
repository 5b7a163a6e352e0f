/** Builds the outcomes routes' dependencies from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { OutcomesServerDeps } from '../routes/outcomes.routes.ts';

export function outcomesDeps(
  _context: AppContext,
  _actorOf: ActorOf,
  _options: { readonly dataDir?: string | undefined },
): OutcomesServerDeps | undefined {
  return undefined;
}
