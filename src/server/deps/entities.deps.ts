/** Builds the entities routes' dependencies from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import {
  createEntitiesService,
  createPsiService,
  screeningServiceOf,
} from '../../services/entities/index.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { EntitiesServerDeps } from '../routes/entities.routes.ts';

export function entitiesDeps(
  context: AppContext,
  actorOf: ActorOf,
  _options: { readonly dataDir?: string | undefined },
): EntitiesServerDeps | undefined {
  const deps = { database: context.database, clock: context.clock };
  return {
    screening: screeningServiceOf(context),
    entities: createEntitiesService(deps),
    psi: createPsiService(deps),
    actorOf,
  };
}
