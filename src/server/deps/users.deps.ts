/** Builds the users routes' dependencies (display names by id) from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import { createUserNamesService } from '../../services/auth/user-names.service.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { UsersServerDeps } from '../routes/users.routes.ts';

export function usersDeps(context: AppContext, actorOf: ActorOf): UsersServerDeps {
  return {
    names: createUserNamesService({ database: context.database, clock: context.clock }),
    actorOf,
  };
}
