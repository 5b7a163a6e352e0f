/**
 * Checks a partner's TAXII request signature (RFC 9421, `pcx`) against the partner's registered
 * keys valid now. A request without a signature passes only when the partner is not registered
 * with `requireSignedRequests`; a signature that is present must verify. Refusals are
 * `unauthenticated` errors naming why (unknown key, expired, bad signature, digest mismatch, a
 * replay of a request already served within the signature's validity, recorded in the database so
 * that every process of the node refuses it, across restarts too).
 */
import { AppError } from '../../core/app-error.ts';
import {
  hasRequestSignature,
  verifyRequest,
  type SignableRequest,
} from '../../exchange/signing/request-signature.ts';
import { firstUseOfRequest, type PartnerRecord } from '../../storage/index.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { partnerKeys } from './receive-bundle.ts';

/** The key id the request was signed with, or undefined for an unsigned request allowed as such. */
export async function checkPartnerRequest(
  ctx: ExchangeContext,
  partner: PartnerRecord,
  request: SignableRequest,
): Promise<string | undefined> {
  if (!hasRequestSignature(request)) {
    if (partner.requireSignedRequests)
      throw new AppError(
        'unauthenticated',
        `Partner "${partner.id}" must sign its requests (Signature-Input and Signature, RFC 9421).`,
      );
    return undefined;
  }
  const keys = await partnerKeys(ctx, partner);
  const verified = await verifyRequest(request, (kid) => keys.get(kid), ctx.clock.now());
  if (!verified.ok)
    throw new AppError(
      'unauthenticated',
      `The request signature is refused: ${verified.diagnostics.map((d) => d.message).join(' ')}`,
      { diagnostics: verified.diagnostics },
    );
  const { kid, expires, replayToken } = verified.value;
  const key = `${partner.id}/${kid} ${replayToken}`;
  if (!(await firstUseOfRequest(ctx.database.db, key, new Date(expires * 1000), ctx.clock.now())))
    throw new AppError(
      'unauthenticated',
      'The request signature is refused: this signed request was already received (replay).',
    );
  return kid;
}

/** The checker the TAXII routes call (the replay record is the node's database). */
export function partnerRequestChecker(ctx: ExchangeContext) {
  return (partner: PartnerRecord, request: SignableRequest) =>
    checkPartnerRequest(ctx, partner, request);
}

export { hasRequestSignature, type SignableRequest };
