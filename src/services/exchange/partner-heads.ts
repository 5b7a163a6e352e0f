/**
 * At each sync, a partner's audit tree head: fetched over the signed partner channel, checked with
 * the partner's registered audit key against the head held for it (signature, log, never smaller,
 * a consistency proof from the held size to the new one), and stored when accepted. A refusal is
 * an alarm: stored beside the accepted heads, audited, and reported by the sync — the held head is
 * kept, so every later sync against a partner that cut back or rewrote its log raises it again.
 */
import {
  auditLogIdOf,
  checkHeadConsistency,
  checkPartnerHead,
  parseSignedTreeHead,
  type HeadCheck,
  type HeadFailure,
} from '../../audit/partner-head-check.ts';
import { fromHex } from '../../audit/merkle-hash.ts';
import type { SignedTreeHead } from '../../audit/tree-head.ts';
import { AppError } from '../../core/app-error.ts';
import {
  heldPartnerHead,
  insertPartnerHeadCheck,
  type PartnerHeadFields,
  type PartnerRecord,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { auditedTransaction } from '../audit/audited-transaction.ts';
import type { ExchangeContext } from './exchange-context.ts';

/** What the check of a partner's head came to, as the sync reports it. */
export interface PartnerHeadReport {
  /** `accepted` and `unchanged` verify; `none`: the partner has signed no head yet. */
  readonly outcome: 'accepted' | 'unchanged' | 'none' | HeadFailure;
  readonly treeSize?: number;
  readonly rootHash?: string;
  readonly message?: string;
}

/** A refused head: why, in a closed set and in words. */
export type Refusal = Extract<HeadCheck, { kind: 'failure' }>;

/** A GET on the partner's TAXII API root, signed like every sync request; never throws on a status. */
export type PartnerGet = (
  path: string,
) => Promise<{ readonly status: number; readonly body: unknown }>;

/** Checks the partner's latest head; undefined when no audit key is registered for it. */
export async function checkPartnerAuditHead(
  ctx: ExchangeContext,
  actor: Actor,
  partner: PartnerRecord,
  get: PartnerGet,
): Promise<PartnerHeadReport | undefined> {
  if (partner.auditPublicKey === undefined) return undefined;
  const key = fromHex(partner.auditPublicKey);
  const held = await heldPartnerHead(ctx.database.db, partner.id, auditLogIdOf(key));
  const answer = await get('audit/tree-head/');
  if (answer.status === 404) {
    if (!held) return { outcome: 'none' };
    const message = `The partner serves no tree head, though it signed one of ${held.treeSize} entries at ${held.timestamp}: its heads were deleted.`;
    return recordHeadCheck(ctx, actor, partner, { kind: 'failure', failure: 'withdrawn', message });
  }
  requireAnswer(partner, answer, 'audit/tree-head/');
  const check = checkPartnerHead(answer.body, held, key);
  const fresh = parseSignedTreeHead(answer.body);
  switch (check.kind) {
    case 'failure':
      return recordHeadCheck(ctx, actor, partner, check, fresh);
    case 'first':
      return recordHeadCheck(ctx, actor, partner, undefined, fresh);
    case 'unchanged':
      return { outcome: 'unchanged', ...(fresh ? sizeAndRoot(fresh) : {}) };
    case 'needs-proof': {
      if (!held || !fresh) throw new Error('a head needing a proof has a held and a fresh head');
      return recordHeadCheck(
        ctx,
        actor,
        partner,
        await proven(partner, get, held, fresh, check),
        fresh,
      );
    }
  }
}

/** The consistency proof from the held head to the fresh one, checked. */
async function proven(
  partner: PartnerRecord,
  get: PartnerGet,
  held: PartnerHeadFields,
  fresh: SignedTreeHead,
  need: { first: number; second: number },
): Promise<Refusal | undefined> {
  const path = `audit/consistency/?first=${need.first}&second=${need.second}`;
  const answer = await get(path);
  if (answer.status >= 400 && answer.status < 500 && answer.status !== 429)
    return {
      kind: 'failure',
      failure: 'no-proof',
      message: `The partner answered ${answer.status} when asked to prove its head of ${need.second} entries extends the held one of ${need.first}.`,
    };
  requireAnswer(partner, answer, path);
  const proof = (answer.body as { proof?: unknown } | null)?.proof;
  return checkHeadConsistency(held, fresh, proof);
}

/** A partner that cannot answer now (unreachable, overloaded) is retried at the next sync. */
function requireAnswer(partner: PartnerRecord, answer: { status: number }, path: string) {
  if (answer.status < 200 || answer.status >= 300)
    throw new AppError('unavailable', `${partner.id} answered ${answer.status} to GET ${path}.`);
}

/**
 * Stores the head accepted, or the alarm, with its audit event, in one transaction. A `witness`
 * is the other partner whose head of this partner's log showed the alarm (`head` is that one).
 */
export async function recordHeadCheck(
  ctx: ExchangeContext,
  actor: Actor,
  partner: PartnerRecord,
  failure: Refusal | undefined,
  head?: SignedTreeHead,
  witness?: string,
): Promise<PartnerHeadReport> {
  const outcome = failure?.failure ?? 'accepted';
  const fields = head ? headFields(head) : undefined;
  const report: PartnerHeadReport = {
    outcome,
    ...(fields ? sizeAndRoot(fields) : {}),
    ...(failure ? { message: failure.message } : {}),
  };
  const action = failure ? 'partner.audit-head.alarm' : 'partner.audit-head.accept';
  const details = {
    ...report,
    ...(fields ? { logId: fields.logId } : {}),
    ...(witness === undefined ? {} : { witness }),
  };
  await auditedTransaction(
    ctx,
    actor,
    { action, resourceType: 'partner', resourceId: partner.id, details },
    async (tx) => {
      requireAccess(actor, 'exchange.sync');
      await insertPartnerHeadCheck(tx, {
        partnerId: partner.id,
        outcome,
        ...(failure ? { message: failure.message } : {}),
        ...(fields ? { head: fields } : {}),
        ...(witness === undefined ? {} : { witness }),
        checkedAt: ctx.clock.now(),
      });
    },
  );
  return report;
}

const sizeAndRoot = (h: PartnerHeadFields) => ({ treeSize: h.treeSize, rootHash: h.rootHash });

const headFields = (h: SignedTreeHead): PartnerHeadFields => ({
  logId: h.logId,
  treeSize: h.treeSize,
  rootHash: h.rootHash,
  timestamp: h.timestamp,
  keyId: h.keyId,
  signature: h.signature,
});
