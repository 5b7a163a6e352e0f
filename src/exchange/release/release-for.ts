/**
 * The one way out: `canRelease`, then `redactFor`. Returns the copy to send — typed `Released`, the
 * only input the bundle builder accepts — or the denial reason for the audit log (which the caller
 * presents as "not found").
 */
import { canRelease, type ReleaseContext } from './can-release.ts';
import type { Recipient } from './recipient.ts';
import type { DenialReason } from './release-decision.ts';
import { redactFor } from './redact-for.ts';
import type { Shareable } from './shareable.ts';

declare const released: unique symbol;
/** An object that has passed the gate for one recipient. Only `releaseFor` makes one. */
export type Released<T extends Shareable> = T & { readonly [released]: Recipient['agency'] };

export type Release<T extends Shareable> =
  | { readonly released: true; readonly object: Released<T> }
  | { readonly released: false; readonly id: string; readonly reason: DenialReason };

export function releaseFor<T extends Shareable>(
  object: T,
  recipient: Recipient,
  context: ReleaseContext,
): Release<T> {
  const decision = canRelease(object, recipient, context);
  if (!decision.released) return { released: false, id: object.id, reason: decision.reason };
  return { released: true, object: redactFor(object, recipient) as Released<T> };
}
