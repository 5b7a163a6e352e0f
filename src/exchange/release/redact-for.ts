/**
 * What a recipient gets of an object the gate let through: never the internal notes nor where the
 * node received it from; and when the recipient may not pass it on, not the list of who else may
 * see it either.
 */
import type { Markings, Releasability } from '../markings/markings.ts';
import type { Recipient } from './recipient.ts';
import type { Shareable } from './shareable.ts';

export function redactFor<T extends Shareable>(object: T, recipient: Recipient): T {
  const { internal: _internal, ...rest } = object;
  return { ...rest, markings: redactMarkings(object.markings, recipient) } as T;
}

function redactMarkings(m: Markings, recipient: Recipient): Markings {
  const { receivedFrom: _receivedFrom, ...rest } = m;
  if (recipient.agency === m.owner || m.onwardSharing) return rest;
  const releasability: Releasability = { agencies: [recipient.agency], communities: [] };
  return { ...rest, releasability };
}
