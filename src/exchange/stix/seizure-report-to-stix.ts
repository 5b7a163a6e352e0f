/** A seizure report as a STIX incident with the seizure extension. */
import type { SeizureReport } from '../objects/seizure-report.ts';
import { propertyExtension } from './extension-definitions.ts';
import { dropEmpty } from './markings-to-stix.ts';
import { stixCommon } from './stix-common.ts';
import { stixTimestamp, type StixObject } from './stix-object.ts';

export function seizureReportToStix(report: SeizureReport): StixObject[] {
  const c = report.content;
  const incident: StixObject = {
    ...stixCommon(report, 'incident'),
    ...dropEmpty({ name: c.title, description: c.description }),
    extensions: propertyExtension(
      'seizure',
      dropEmpty({
        seized_at: stixTimestamp(c.seizedAt),
        port_locode: c.portLocode,
        container_number: c.containerNumber,
        substance: c.substance,
        kilograms: c.kilograms,
        concealment: c.concealment,
      }),
    ),
  };
  return [incident];
}
