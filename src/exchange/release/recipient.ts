/**
 * Who an object would be released to. Built by the node from its own partner registry (never from
 * what the partner claims): the agency, the communities it belongs to, and the purposes its
 * partner agreement covers.
 */
import type { AgencyId, CommunityId } from '../markings/agency-id.ts';
import type { Purpose } from '../markings/purpose.ts';

export interface Recipient {
  readonly agency: AgencyId;
  readonly communities: readonly CommunityId[];
  readonly purposes: readonly Purpose[];
}
