/**
 * The members every converted object shares: id, version, creator (the owner agency's identity),
 * revocation flag and marking references. Converters add their own type-specific members.
 */
import type { Shareable } from '../release/shareable.ts';
import { agencyIdentityId } from './agency-identity.ts';
import { markingsToStix } from './markings-to-stix.ts';
import { stixTimestamp, type StixObject } from './stix-object.ts';

export function stixCommon(object: Shareable, type: string): StixObject {
  const { objectMarkingRefs } = markingsToStix(object.markings);
  return {
    type,
    spec_version: '2.1',
    id: object.id,
    created_by_ref: agencyIdentityId(object.markings.owner),
    created: stixTimestamp(object.created),
    modified: stixTimestamp(object.modified),
    ...(object.revoked ? { revoked: true } : {}),
    object_marking_refs: objectMarkingRefs,
  };
}
