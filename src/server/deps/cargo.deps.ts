/** Builds the cargo read routes' dependencies from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { CargoServerDeps } from '../routes/cargo.routes.ts';

export function cargoDeps(context: AppContext, actorOf: ActorOf): CargoServerDeps {
  return { service: context.cargoQuery, actorOf };
}
