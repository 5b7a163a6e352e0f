/**
 * The one way out to a partner: stored versions, filtered by collection membership, passed through
 * `releaseFor` for the partner's registry entry, converted to a STIX bundle and signed. Used by the
 * TAXII server (pull) and by sync (push); nothing else converts objects for the wire.
 */
import type { ExchangeObject } from '../../exchange/objects/exchange-object.ts';
import { releaseFor, type Released } from '../../exchange/release/release-for.ts';
import { signBundle } from '../../exchange/signing/sign-bundle.ts';
import type { StixBundle } from '../../exchange/stix/stix-object.ts';
import { toStixBundle } from '../../exchange/stix/to-stix-bundle.ts';
import type { IntelVersion, PartnerRecord } from '../../storage/index.ts';
import type { ExchangeContext } from './exchange-context.ts';
import type { NodeIdentity } from './node-identity.ts';
import { recipientOf } from './partner-registry.service.ts';

export interface SignedObjects {
  readonly bundle: StixBundle;
  /** Detached compact JWS over the canonical bundle (`header..signature`). */
  readonly signature: string;
}

/** The version as the partner may see it, or undefined when the gate withholds it. */
export function releaseVersion(
  v: IntelVersion,
  partner: PartnerRecord,
  node: NodeIdentity,
  now: Date,
): Released<ExchangeObject> | undefined {
  const r = releaseFor(v.document as ExchangeObject, recipientOf(partner), {
    localAgency: node.agencyId,
    now: now.getTime(),
  });
  return r.released ? r.object : undefined;
}

export async function signedBundleOf(
  ctx: ExchangeContext,
  node: NodeIdentity,
  objects: readonly Released<ExchangeObject>[],
): Promise<SignedObjects> {
  const bundle = toStixBundle(objects, ctx.randomUuid());
  const jws = await signBundle(bundle, node.signing);
  const [header, , signature] = jws.split('.');
  return { bundle, signature: `${header ?? ''}..${signature ?? ''}` };
}
