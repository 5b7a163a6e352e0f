/**
 * Applying what a partner sent (pulled by sync or pushed to the TAXII server): the bundle's
 * signature must verify with one of the partner's registered keys valid now; a bundle id the
 * partner already sent is a replay and is refused whole; each object must be a version made by its
 * owner (the sender, or a relay the owner allowed — never a version of this node's own objects, and
 * never a new owner for a known id); a version already stored is a duplicate and changes nothing.
 */
import { importJWK, type JWK } from 'jose';
import { AppError } from '../../core/app-error.ts';
import type { ExchangeObject } from '../../exchange/objects/exchange-object.ts';
import { verifyBundle } from '../../exchange/signing/verify-bundle.ts';
import type { SigningKey } from '../../exchange/signing/signed-bundle.ts';
import { exchangeObjectsFromBundle } from '../../exchange/stix/from-stix.ts';
import type { StixBundle } from '../../exchange/stix/stix-object.ts';
import {
  intelVersions,
  listPartnerKeys,
  recordReceivedBundle,
  type Db,
  type PartnerRecord,
  type StatusDetail,
} from '../../storage/index.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { storeAndPublish, storeVersion } from './intel-store.ts';
import { lookoutsChanged } from './lookout-source.ts';
import { backMatchLookout } from './match-cargo.ts';
import { loadNodeIdentity } from './node-identity.ts';
import { attachPayload } from './partner-release.ts';

export interface ReceiveResult {
  readonly applied: readonly StatusDetail[];
  readonly duplicates: readonly StatusDetail[];
  readonly rejected: readonly StatusDetail[];
}

async function partnerKeys(ctx: ExchangeContext, partner: PartnerRecord) {
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
  const verified = await verifyBundle(attachPayload(detachedSignature, bundle), (kid) =>
    keys.get(kid),
  );
  if (!verified.ok)
    throw new AppError('bad_request', `Bundle ${bundle.id} from ${partner.id} is refused.`, {
      diagnostics: verified.diagnostics,
    });
  const node = await loadNodeIdentity(ctx.database.db, ctx.clock.now());
  const { objects, problems } = exchangeObjectsFromBundle(verified.value.bundle);
  let lookoutChanged = false;
  const result = await ctx.database.transaction(async (tx) => {
    const applied: StatusDetail[] = [];
    const duplicates: StatusDetail[] = [];
    const rejected: StatusDetail[] = problems.map((p) => ({
      id: p.at?.pointer?.slice(1) ?? 'unknown',
      version: '',
      message: p.message,
    }));
    for (const object of objects) {
      const detail = { id: object.id, version: object.modified };
      const refusal = await refusalOf(tx, object, partner, node.agencyId);
      if (refusal === 'duplicate') duplicates.push(detail);
      else if (refusal !== undefined) rejected.push({ ...detail, message: refusal });
      else {
        const newest = !(await intelVersions(tx, object.id, false)).some(
          (v) => Date.parse(v.modified) > Date.parse(object.modified),
        );
        await apply(tx, ctx, object, partner, newest);
        applied.push(detail);
        lookoutChanged ||= object.kind === 'lookout';
      }
    }
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
    return { applied, duplicates, rejected };
  });
  if (lookoutChanged) await lookoutsChanged(ctx.database);
  return result;
}

async function refusalOf(tx: Db, object: ExchangeObject, partner: PartnerRecord, local: string) {
  const m = object.markings;
  const known = await intelVersions(tx, object.id, false);
  if (known.some((v) => v.modified === object.modified)) return 'duplicate';
  if (m.owner === local)
    return `${object.id} belongs to this node; a partner cannot make versions of it.`;
  if (known.some((v) => v.owner !== m.owner))
    return `${object.id} belongs to ${known[0]?.owner ?? '?'}, not ${m.owner}.`;
  if (m.owner !== partner.agencyId && (!m.onwardSharing || m.handling.code === 'H2'))
    return `${partner.agencyId} may not pass on ${object.id}, a version owned by ${m.owner}.`;
  return undefined;
}

/** Stores the version; an older version arriving late is kept but not shared on, nor matched. */
async function apply(
  tx: Db,
  ctx: ExchangeContext,
  object: ExchangeObject,
  partner: PartnerRecord,
  newest: boolean,
) {
  const received = {
    ...object,
    markings: { ...object.markings, receivedFrom: partner.agencyId },
  } as ExchangeObject;
  const now = ctx.clock.now();
  const by = `partner:${partner.id}`;
  if (!newest) return storeVersion(tx, received, 'received', by, now);
  await storeAndPublish(tx, received, 'received', by, now);
  if (received.kind === 'lookout') await backMatchLookout(tx, ctx, received);
}
