/**
 * Applying what a partner sent (pulled by sync or pushed to the TAXII server): the bundle's
 * signature must verify with one of the partner's registered keys valid now; a bundle id the
 * partner already sent is a replay and is refused whole; each object must be a version made by its
 * owner (the sender, or a relay the owner allowed — never a version of this node's own objects, and
 * never a new owner for a known id); a version already stored is a duplicate and changes nothing.
 * One signature check per page (the partner signs the page's bundle, not each object), and the
 * page's versions are decided and stored together (`received-versions.ts`).
 */
import { importJWK, type JWK } from 'jose';
import { AppError } from '../../core/app-error.ts';
import { verifyDetachedBundle } from '../../exchange/signing/verify-bundle.ts';
import type { SigningKey } from '../../exchange/signing/signed-bundle.ts';
import { exchangeObjectsFromBundle } from '../../exchange/stix/from-stix.ts';
import type { StixBundle } from '../../exchange/stix/stix-object.ts';
import {
  listPartnerKeys,
  recordReceivedBundle,
  type PartnerRecord,
  type StatusDetail,
} from '../../storage/index.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { lookoutsChanged } from './lookout-source.ts';
import { loadNodeIdentity } from './node-identity.ts';
import { applyReceived, planReceivedPage } from './received-versions.ts';

export interface ReceiveResult {
  readonly applied: readonly StatusDetail[];
  readonly duplicates: readonly StatusDetail[];
  readonly rejected: readonly StatusDetail[];
}

/** The partner's registered public keys valid now, by key id. */
export async function partnerKeys(ctx: ExchangeContext, partner: PartnerRecord) {
  const now = ctx.clock.now().getTime();
  const keys = new Map<string, SigningKey>();
  for (const k of await listPartnerKeys(ctx.database.db, partner.id)) {
    const valid =
      Date.parse(k.validFrom) <= now &&
      (k.validUntil === undefined || Date.parse(k.validUntil) > now);
    if (!valid) continue;
    const key = await importJWK(k.publicJwk as JWK, 'EdDSA');
    if (key instanceof CryptoKey) keys.set(k.kid, key);
  }
  return keys;
}

/** Verifies and applies a bundle; throws `bad_request` for a bad signature or a replay. */
export async function receiveBundle(
  ctx: ExchangeContext,
  partner: PartnerRecord,
  bundle: StixBundle,
  detachedSignature: string | undefined,
): Promise<ReceiveResult> {
  if (detachedSignature === undefined)
    throw new AppError('bad_request', 'The objects are not signed (X-Portcullis-Signature).');
  const keys = await partnerKeys(ctx, partner);
  const verified = await verifyDetachedBundle(detachedSignature, bundle, (kid) => keys.get(kid));
  if (!verified.ok)
    throw new AppError('bad_request', `Bundle ${bundle.id} from ${partner.id} is refused.`, {
      diagnostics: verified.diagnostics,
    });
  const node = await loadNodeIdentity(ctx.database.db, ctx.clock.now());
  const { objects, problems } = exchangeObjectsFromBundle(verified.value.bundle);
  const result = await ctx.database.transaction(async (tx) => {
    const plan = await planReceivedPage(tx, objects, partner, node.agencyId);
    await applyReceived(tx, ctx, partner, plan);
    const rejected: StatusDetail[] = [
      ...problems.map((p) => ({
        id: p.at?.pointer?.slice(1) ?? 'unknown',
        version: '',
        message: p.message,
      })),
      ...plan.rejected,
    ];
    const applied = plan.accepted.map(({ object }) => ({
      id: object.id,
      version: object.modified,
    }));
    const fresh = await recordReceivedBundle(tx, {
      partnerId: partner.id,
      bundleId: bundle.id,
      kid: verified.value.kid,
      objectCount: objects.length,
      applied: applied.length,
      rejected,
      receivedAt: ctx.clock.now(),
    });
    if (!fresh)
      throw new AppError(
        'bad_request',
        `Bundle ${bundle.id} was already received from ${partner.id}: replay refused.`,
      );
    return { applied, duplicates: plan.duplicates, rejected };
  });
  const lookouts = new Set(objects.filter((o) => o.kind === 'lookout').map((o) => o.id));
  if (result.applied.some((d) => lookouts.has(d.id))) await lookoutsChanged(ctx.database);
  return result;
}
