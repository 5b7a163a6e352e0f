/** Builds the audit routes' dependencies from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { AuditServerDeps } from '../routes/audit.routes.ts';

export function auditDeps(
  _context: AppContext,
  _actorOf: ActorOf,
  _options: { readonly dataDir?: string | undefined },
): AuditServerDeps | undefined {
  return undefined;
}
