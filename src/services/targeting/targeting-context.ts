/**
 * The targeting service over an open app context, for the CLI and the server's background
 * scoring loop: the service and the local operator's actor (analyst and targeting officer of
 * the agency).
 */
import { createActor, type Actor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { createWatchlistSource, screeningServiceOf } from '../entities/index.ts';
import { createTargetingService, type TargetingService } from './targeting.service.ts';

export interface TargetingContext {
  readonly targeting: TargetingService;
  readonly operator: Actor;
}

export function targetingContext(context: AppContext, agencyId: string): TargetingContext {
  return {
    targeting: createTargetingService({
      database: context.database,
      clock: context.clock,
      watchlist: createWatchlistSource(screeningServiceOf(context)),
      vesselListings: screeningServiceOf(context).listedVessels,
    }),
    operator: createActor({
      kind: 'user',
      id: 'cli',
      agencyId,
      roles: ['analyst', 'targeting-officer'],
    }),
  };
}
