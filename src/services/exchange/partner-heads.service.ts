/**
 * What this node holds of each partner's audit log: per partner, the last tree head accepted at
 * sync (size, root, when, verified), the newest alarm (a head refused: inconsistent, bad
 * signature, smaller than held, a split view, …) and how many alarms there were. Read by auditors
 * (`audit.read`) and partner administrators (`admin.partners`) of the node's agency. Partner
 * nodes are told, over TAXII, the newest head held of one log they name (an audited read), so
 * they can compare it with their own: never the list of logs held, which would name every partner.
 */
import {
  listPartners,
  newestHeldHeadOfLog,
  partnerHeadSummary,
  type PartnerHeadCheckRecord,
  type PartnerHeadFields,
  type PartnerRecord,
} from '../../storage/index.ts';
import type { PartnerHeadState } from '../../audit/partner-head-outcomes.ts';

export { PARTNER_HEAD_STATES } from '../../audit/partner-head-outcomes.ts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { auditedTransaction } from '../audit/audited-transaction.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { loadNodeIdentity } from './node-identity.ts';
import { partnerActor, signatureDetails, type SignedPartner } from './taxii.service.ts';

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
  /** The newest head held of the log, signed by its owner, told to a partner node; audited. */
  heldForPartner(partner: SignedPartner, logId: string): Promise<PartnerHeadFields | undefined>;
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
    heldForPartner(partner, logId) {
      const actor = partnerActor(partner);
      const told = (head: PartnerHeadFields | undefined) => ({
        details: { held: head !== undefined, ...(head ? { treeSize: head.treeSize } : {}) },
      });
      return auditedTransaction(
        ctx,
        actor,
        {
          action: 'taxii.audit-held-head',
          resourceType: 'audit-log',
          resourceId: logId,
          ...signatureDetails(partner),
          describe: told,
        },
        (tx) => {
          requireAccess(actor, 'exchange.sync');
          return newestHeldHeadOfLog(tx, logId);
        },
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
