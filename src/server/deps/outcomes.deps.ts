/** Builds the outcomes routes' dependencies from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import {
  createCustomsStatusService,
  createOutcomesService,
  createStatsService,
} from '../../services/outcomes/index.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { OutcomesServerDeps } from '../routes/outcomes.routes.ts';

export function outcomesDeps(
  context: AppContext,
  actorOf: ActorOf,
  _options: { readonly dataDir?: string | undefined },
): OutcomesServerDeps | undefined {
  const deps = { database: context.database, clock: context.clock };
  return {
    outcomes: createOutcomesService(deps),
    customsStatus: createCustomsStatusService(deps),
    stats: createStatsService(deps),
    clock: context.clock,
    actorOf,
  };
}
