/** Builds the entities routes' dependencies from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { EntitiesServerDeps } from '../routes/entities.routes.ts';

export function entitiesDeps(
  _context: AppContext,
  _actorOf: ActorOf,
  _options: { readonly dataDir?: string | undefined },
): EntitiesServerDeps | undefined {
  return undefined;
}
