/** Builds the web routes' dependencies from the app context: where the built app lives. */
import { fileURLToPath } from 'node:url';
import type { AppContext } from '../../services/app-context.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { WebServerDeps } from '../routes/web.routes.ts';

/** web/dist of this checkout or installed package, resolved from this module. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export function webDeps(
  _context: AppContext,
  _actorOf: ActorOf,
  _options: { readonly dataDir?: string | undefined },
): WebServerDeps | undefined {
  return { distDir: DEFAULT_WEB_DIST };
}
