/**
 * The STIX extension definitions this node publishes: our markings, the extra properties of
 * lookouts, seizure reports, container alerts and hits, and new object types for consignments,
 * containers and vessels. Ids are fixed so that every Portcullis node and any partner tool agree.
 */
import type { StixObject } from './stix-object.ts';
import { uuidV5 } from './uuid-v5.ts';

export const EXTENSIONS = [
  'markings',
  'lookout',
  'seizure',
  'container-alert',
  'hit',
  'consignment',
  'container',
  'vessel',
] as const;
export type ExtensionName = (typeof EXTENSIONS)[number];

/** New object types; the names are also the object paths in lookout patterns. */
export const CONSIGNMENT_TYPE = 'portcullis-consignment';
export const CONTAINER_TYPE = 'portcullis-container';
export const VESSEL_TYPE = 'portcullis-vessel';
export const PARTY_TYPE = 'portcullis-party';

export const PROJECT_IDENTITY_ID = `identity--${uuidV5('portcullis-project')}`;
const CREATED = '2025-01-01T00:00:00.000Z';

export function extensionId(name: ExtensionName): string {
  switch (name) {
    case 'markings':
      return 'extension-definition--af477480-0e92-450f-b315-2f58cf50dd47';
    case 'lookout':
      return 'extension-definition--82b7dc2d-39e3-4835-8e46-cfcdc30a41fe';
    case 'seizure':
      return 'extension-definition--a56ef2f3-9c23-46bb-9a2a-fdf80762f47e';
    case 'container-alert':
      return 'extension-definition--64456d17-9ceb-4ad2-aaef-560045dea46e';
    case 'hit':
      return 'extension-definition--5db43e5d-a6ab-4ca6-b09e-53d01aa96eec';
    case 'consignment':
      return 'extension-definition--4b9eef61-25b3-4013-ae4d-24e3740b10af';
    case 'container':
      return 'extension-definition--25bd8806-1173-408d-bf75-0ffb2641294c';
    case 'vessel':
      return 'extension-definition--6c6b8335-cc8a-439c-a67a-b7629631eeb4';
  }
}

function describe(name: ExtensionName): { kind: string; text: string } {
  switch (name) {
    case 'markings':
      return {
        kind: 'property-extension',
        text: 'Handling code H0-H3 (handling_code, handling_restriction), evaluation (source_reliability A/B/C/X, information_accuracy 1-4), releasable_to_agencies, releasable_to_communities, purpose, legal_basis, expires, owner, onward_sharing.',
      };
    case 'lookout':
      return {
        kind: 'property-extension',
        text: 'On indicator: criteria (structured form of the pattern), hold_required, hits_requested.',
      };
    case 'seizure':
      return {
        kind: 'property-extension',
        text: 'On incident: seized_at, port_locode, container_number, substance, kilograms, concealment.',
      };
    case 'container-alert':
      return {
        kind: 'property-extension',
        text: 'On report: container_number, destination_locode, expected_arrival, reason, hold_requested.',
      };
    case 'hit':
      return {
        kind: 'property-extension',
        text: 'On sighting: container_numbers, consignment_reference, matched_on.',
      };
    case 'consignment':
      return {
        kind: 'new-sdo',
        text: `Object type ${CONSIGNMENT_TYPE}: transport_document, port_of_loading, port_of_discharge, hs_codes, goods_description.`,
      };
    case 'container':
      return {
        kind: 'new-sdo',
        text: `Object type ${CONTAINER_TYPE}: container_number (ISO 6346), iso_size_type, seal_numbers.`,
      };
    case 'vessel':
      return {
        kind: 'new-sdo',
        text: `Object type ${VESSEL_TYPE}: imo_number, mmsi, vessel_name, flag.`,
      };
  }
}

export function extensionDefinition(name: ExtensionName): StixObject {
  const { kind, text } = describe(name);
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: extensionId(name),
    created_by_ref: PROJECT_IDENTITY_ID,
    created: CREATED,
    modified: CREATED,
    name: `portcullis-${name}`,
    description: `Portcullis ${name} extension.`,
    schema: text,
    version: '1.0.0',
    extension_types: [kind],
  };
}

/** The identity that signs off the extension definitions: the Portcullis project itself. */
export function projectIdentity(): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: PROJECT_IDENTITY_ID,
    created: CREATED,
    modified: CREATED,
    name: 'Portcullis',
    identity_class: 'organization',
  };
}

/** The `extensions` member for a property extension carrying `properties`. */
export function propertyExtension(
  name: ExtensionName,
  properties: Record<string, unknown>,
): Record<string, unknown> {
  return { [extensionId(name)]: { extension_type: 'property-extension', ...properties } };
}
