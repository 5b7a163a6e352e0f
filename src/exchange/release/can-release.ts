/**
 * The release rule (DESIGN.md): every marking must allow the release. Nothing leaves the node —
 * API, export, TAXII, sync — without this check and then `redactFor`. Pure; the clock is passed in.
 */
import type { AgencyId } from '../markings/agency-id.ts';
import type { Markings } from '../markings/markings.ts';
import { H0_PURPOSES } from '../markings/purpose.ts';
import type { Recipient } from './recipient.ts';
import { denied, RELEASED, type ReleaseDecision } from './release-decision.ts';
import type { Shareable } from './shareable.ts';

export interface ReleaseContext {
  /** The agency running this node. An object it does not own was received from a partner. */
  readonly localAgency: AgencyId;
  /** Current instant, epoch milliseconds. */
  readonly now: number;
}

export function canRelease(
  object: Pick<Shareable, 'markings'>,
  recipient: Recipient,
  context: ReleaseContext,
): ReleaseDecision {
  const m = object.markings;
  if (recipient.agency === m.owner) return RELEASED;
  if (m.expiresAt !== undefined && !(Date.parse(m.expiresAt) > context.now))
    return denied('expired');
  if (m.tlp === 'red') return denied('tlp-red');
  const onward = onwardDecision(m, context.localAgency);
  if (onward !== RELEASED) return onward;
  const audience = audienceDecision(m, recipient);
  if (audience !== RELEASED) return audience;
  if (m.handling.code === 'H0' && !H0_PURPOSES.includes(m.purpose)) return denied('h0-purpose');
  if (!recipient.purposes.includes(m.purpose)) return denied('purpose-not-covered');
  return RELEASED;
}

/** A received object goes further only if its owner allowed it, and never under H2. */
function onwardDecision(m: Markings, localAgency: AgencyId): ReleaseDecision {
  if (m.owner === localAgency) return RELEASED;
  if (m.handling.code === 'H2') return denied('onward-h2');
  if (!m.onwardSharing) return denied('onward-not-allowed');
  return RELEASED;
}

/** AMBER+STRICT and H3 reach named agencies only; otherwise a shared community is enough. */
function audienceDecision(m: Markings, recipient: Recipient): ReleaseDecision {
  const named = m.releasability.agencies.includes(recipient.agency);
  if (named) return RELEASED;
  if (m.tlp === 'amber+strict' || m.handling.code === 'H3') return denied('not-named-agency');
  const shared = m.releasability.communities.some((c) => recipient.communities.includes(c));
  return shared ? RELEASED : denied('not-in-audience');
}
