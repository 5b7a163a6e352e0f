/**
 * What this node holds of each partner's audit log: per partner, the last tree head accepted at
 * sync (size, root, when, verified), the newest alarm (a head refused: inconsistent, bad
 * signature, smaller than held, …) and how many alarms there were. Read by auditors
 * (`audit.read`) and partner administrators (`admin.partners`) of the node's agency.
 */
import {
  listPartners,
  partnerHeadSummary,
  type PartnerHeadCheckRecord,
  type PartnerRecord,
} from '../../storage/index.ts';
import type { PartnerHeadState } from '../../audit/partner-head-outcomes.ts';

export { PARTNER_HEAD_STATES } from '../../audit/partner-head-outcomes.ts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { loadNodeIdentity } from './node-identity.ts';

/** `verified`: the newest check accepted a head; `alarm`: the newest check refused one. */

export interface PartnerHeadStatus {
  readonly partnerId: string;
  readonly agencyId: string;
  readonly state: PartnerHeadState;
  readonly auditPublicKey?: string;
  /** The head held: the newest accepted. */
  readonly held?: PartnerHeadCheckRecord;
  readonly lastAlarm?: PartnerHeadCheckRecord;
  readonly alarms: number;
}

export interface PartnerHeadsService {
  list(actor: Actor): Promise<PartnerHeadStatus[]>;
}

export function createPartnerHeadsService(ctx: ExchangeContext): PartnerHeadsService {
  const db = ctx.database.db;
  return {
    async list(actor) {
      const { agencyId } = await loadNodeIdentity(db, ctx.clock.now());
      const permission = actor.permissions.has('audit.read') ? 'audit.read' : 'admin.partners';
      requireAccess(actor, permission, { agencyId });
      const partners = await listPartners(db);
      return Promise.all(
        partners.map(async (p) => statusOf(p, await partnerHeadSummary(db, p.id))),
      );
    },
  };
}

function statusOf(
  p: PartnerRecord,
  s: Awaited<ReturnType<typeof partnerHeadSummary>>,
): PartnerHeadStatus {
  const alarmIsNewest = s.lastAlarm !== undefined && s.lastAlarm.id > (s.held?.id ?? 0);
  const state: PartnerHeadState = alarmIsNewest
    ? 'alarm'
    : s.held
      ? 'verified'
      : p.auditPublicKey === undefined
        ? 'no-audit-key'
        : 'no-head';
  return {
    partnerId: p.id,
    agencyId: p.agencyId,
    state,
    ...(p.auditPublicKey === undefined ? {} : { auditPublicKey: p.auditPublicKey }),
    ...(s.held ? { held: s.held } : {}),
    ...(s.lastAlarm ? { lastAlarm: s.lastAlarm } : {}),
    alarms: s.alarms,
  };
}
