/** Builds the exchange routes' dependencies from the app context. */
import type { AppContext } from '../../services/app-context.ts';
import { createActor } from '../../services/access/actor.ts';
import type { AuditLogService } from '../../services/audit-log/audit-log.service.ts';
import { exchangeContext, type ExchangeContext } from '../../services/exchange/exchange-context.ts';
import { createIntelService } from '../../services/exchange/intel.service.ts';
import {
  authenticatePartner,
  createPartnerRegistry,
} from '../../services/exchange/partner-registry.service.ts';
import { createPartnerHeadsService } from '../../services/exchange/partner-heads.service.ts';
import { partnerRequestChecker } from '../../services/exchange/partner-request.ts';
import { createSyncService } from '../../services/exchange/sync.service.ts';
import { createTaxiiService } from '../../services/exchange/taxii.service.ts';
import { startWorkLoop } from '../../services/work-loop.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { ExchangeServerDeps } from '../routes/exchange.routes.ts';

/** Seconds between scheduled syncs with partners; 0 turns the schedule off. */
export const SYNC_INTERVAL_S = 60;

export function exchangeDeps(
  context: AppContext,
  actorOf: ActorOf,
  options: {
    readonly dataDir?: string | undefined;
    /** The node's audit log, whose heads and proofs partners read; absent without a node key. */
    readonly auditLog?: AuditLogService | undefined;
  },
  overrides: { fetch?: typeof fetch; syncIntervalS?: number } = {},
): ExchangeServerDeps | undefined {
  const ctx = exchangeContext({
    ...context,
    ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
  });
  const interval = overrides.syncIntervalS ?? SYNC_INTERVAL_S;
  return {
    intel: createIntelService(ctx),
    partners: createPartnerRegistry(ctx),
    taxii: createTaxiiService(ctx),
    authenticatePartner: (token) => authenticatePartner(ctx, token),
    checkPartnerRequest: partnerRequestChecker(ctx),
    ...(options.auditLog ? { auditLog: options.auditLog } : {}),
    heldHeads: createPartnerHeadsService(ctx),
    actorOf,
    ...(interval > 0 ? { schedule: () => scheduleSync(ctx, interval) } : {}),
  };
}

/** Runs sync every `seconds`, one run at a time; failures wait for the next run. */
export function scheduleSync(ctx: ExchangeContext, seconds: number): () => void {
  const sync = createSyncService(ctx);
  const actor = createActor({
    kind: 'machine',
    id: 'exchange-sync',
    agencyId: 'local',
    roles: ['partner-node'],
  });
  const loop = startWorkLoop(() => sync.syncOnce(actor), {
    intervalMs: seconds * 1000,
    unref: true,
  });
  return () => void loop.stop();
}
