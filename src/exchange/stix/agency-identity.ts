/**
 * The STIX identity object of an agency. Its id is derived from the agency id, so every node names
 * the same agency with the same `identity--…` and `created_by_ref` needs no lookup.
 */
import type { AgencyId } from '../markings/agency-id.ts';
import type { StixObject } from './stix-object.ts';
import { uuidV5 } from './uuid-v5.ts';

const IDENTITY_CREATED = '2025-01-01T00:00:00.000Z';

export function agencyIdentityId(agency: AgencyId): string {
  return `identity--${uuidV5(`agency:${agency}`)}`;
}

export function agencyIdentity(agency: AgencyId, name: string = agency): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: agencyIdentityId(agency),
    created: IDENTITY_CREATED,
    modified: IDENTITY_CREATED,
    name,
    identity_class: 'organization',
    sectors: ['government-national'],
  };
}
