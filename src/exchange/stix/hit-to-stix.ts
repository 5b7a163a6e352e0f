/** A lookout hit as a STIX sighting of the lookout's indicator, seen by the sighting agency. */
import type { Hit } from '../objects/hit.ts';
import { agencyIdentityId } from './agency-identity.ts';
import { propertyExtension } from './extension-definitions.ts';
import { dropEmpty } from './markings-to-stix.ts';
import { stixCommon } from './stix-common.ts';
import { stixTimestamp, type StixObject } from './stix-object.ts';

export function hitToStix(hit: Hit): StixObject[] {
  const c = hit.content;
  const sighting: StixObject = {
    ...stixCommon(hit, 'sighting'),
    sighting_of_ref: c.lookoutId,
    where_sighted_refs: [agencyIdentityId(c.sightedBy)],
    first_seen: stixTimestamp(c.firstSeen),
    last_seen: stixTimestamp(c.lastSeen),
    count: c.count,
    extensions: propertyExtension(
      'hit',
      dropEmpty({
        container_numbers: [...c.containerNumbers],
        consignment_reference: c.consignmentReference,
        matched_on: [...new Set(c.matchedOn)],
      }),
    ),
  };
  return [sighting];
}
