/**
 * Who reads this node's intelligence through the API. A caller of the node's own agency sees every
 * object the node holds. A caller of any other agency (a guest account at this node) is a
 * recipient like a partner node: it sees only versions the node has shared, that pass the release
 * gate (`releaseFor`) for that agency's entry in the partner registry — none when it has no entry —
 * redacted as a partner gets them, and it may change nothing.
 */
import type { ExchangeObject } from '../../exchange/objects/exchange-object.ts';
import type { Recipient } from '../../exchange/release/recipient.ts';
import type { ReleaseContext } from '../../exchange/release/can-release.ts';
import { releaseFor } from '../../exchange/release/release-for.ts';
import { listPartners, type Db, type IntelVersion } from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import type { NodeIdentity } from './node-identity.ts';
import { recipientOf } from './partner-registry.service.ts';

export type IntelReader =
  | { readonly own: true }
  | {
      readonly own: false;
      /** Undefined when the caller's agency is not a registered partner: it sees nothing. */
      readonly recipient: Recipient | undefined;
      readonly context: ReleaseContext;
    };

export async function readerOf(
  tx: Db,
  actor: Actor,
  node: NodeIdentity,
  now: Date,
): Promise<IntelReader> {
  if (actor.agencyId === node.agencyId) return { own: true };
  const partner = (await listPartners(tx)).find((p) => p.agencyId === actor.agencyId);
  return {
    own: false,
    recipient: partner === undefined ? undefined : recipientOf(partner),
    context: { localAgency: node.agencyId, now: now.getTime() },
  };
}

/** The version as this reader may see it, or undefined when it is withheld. */
export function readableVersion(
  reader: IntelReader,
  version: IntelVersion,
): IntelVersion | undefined {
  if (reader.own) return version;
  if (reader.recipient === undefined || version.dateAddedUs === undefined) return undefined;
  const r = releaseFor(version.document as ExchangeObject, reader.recipient, reader.context);
  if (!r.released) return undefined;
  // A guest learns the owning agency, not which officer wrote, approved or received the object.
  const { receivedFrom: _from, approvedBy: _by, ...rest } = version;
  return { ...rest, document: r.object, createdBy: r.object.markings.owner };
}
