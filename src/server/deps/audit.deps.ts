/**
 * Builds the audit routes' dependencies from the app context: the log signed by the node's key,
 * the partners' heads held at sync, and retention with legal holds (served beside it).
 */
import type { AppContext } from '../../services/app-context.ts';
import { createAuditLogService } from '../../services/audit-log/audit-log.service.ts';
import { loadNodeSigningKey } from '../../services/audit-log/node-signing-key.ts';
import { exchangeContext } from '../../services/exchange/exchange-context.ts';
import { createPartnerHeadsService } from '../../services/exchange/partner-heads.service.ts';
import { createRetentionService } from '../../services/retention/retention.service.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { AuditServerDeps } from '../routes/audit.routes.ts';

export const DEFAULT_TREE_HEAD_INTERVAL_S = 60;

export function auditDeps(
  context: AppContext,
  actorOf: ActorOf,
  options: {
    readonly dataDir?: string | undefined;
    readonly auditTreeHeadIntervalSeconds?: number | undefined;
  },
): AuditServerDeps | undefined {
  // Without a data directory there is no node key to sign with (tests building a bare server).
  if (options.dataDir === undefined) return undefined;
  const key = loadNodeSigningKey(options.dataDir);
  const service = createAuditLogService({ database: context.database, clock: context.clock, key });
  const seconds = options.auditTreeHeadIntervalSeconds ?? DEFAULT_TREE_HEAD_INTERVAL_S;
  const retention = { service: createRetentionService(context), actorOf };
  const partnerHeads = createPartnerHeadsService(exchangeContext(context));
  return { service, actorOf, treeHeadIntervalMs: seconds * 1000, retention, partnerHeads };
}
