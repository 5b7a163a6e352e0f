/** Builds the exchange routes' dependencies from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { ExchangeServerDeps } from '../routes/exchange.routes.ts';

export function exchangeDeps(
  _context: AppContext,
  _actorOf: ActorOf,
  _options: { readonly dataDir?: string | undefined },
): ExchangeServerDeps | undefined {
  return undefined;
}
