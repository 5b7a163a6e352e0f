/**
 * A container alert as three STIX objects: the container (a Portcullis object type), the
 * destination port (a location with its UN/LOCODE) and a report that points at both. All three
 * carry the alert's markings, so the gate treats them as one.
 */
import type { ContainerAlert } from '../objects/container-alert.ts';
import { CONTAINER_TYPE, extensionId, propertyExtension } from './extension-definitions.ts';
import { dropEmpty } from './markings-to-stix.ts';
import { stixCommon } from './stix-common.ts';
import { stixTimestamp, type StixObject } from './stix-object.ts';

export function containerAlertToStix(alert: ContainerAlert): StixObject[] {
  const c = alert.content;
  const base = stixCommon(alert, 'report');
  const container: StixObject = {
    ...base,
    type: CONTAINER_TYPE,
    id: c.containerObjectId,
    container_number: c.containerNumber,
    extensions: { [extensionId('container')]: { extension_type: 'new-sdo' } },
  };
  const location: StixObject = {
    ...base,
    type: 'location',
    id: c.locationObjectId,
    name: c.destinationLocode,
    country: c.destinationLocode.slice(0, 2),
    external_references: [{ source_name: 'UN/LOCODE', external_id: c.destinationLocode }],
  };
  const report: StixObject = {
    ...base,
    name: `Container alert ${c.containerNumber} bound for ${c.destinationLocode}`,
    description: c.reason,
    report_types: ['threat-report'],
    published: stixTimestamp(alert.modified),
    object_refs: [c.containerObjectId, c.locationObjectId],
    extensions: propertyExtension(
      'container-alert',
      dropEmpty({
        container_number: c.containerNumber,
        destination_locode: c.destinationLocode,
        expected_arrival:
          c.expectedArrival === undefined ? undefined : stixTimestamp(c.expectedArrival),
        reason: c.reason,
        hold_requested: c.holdRequested,
      }),
    ),
  };
  return [container, location, report];
}
