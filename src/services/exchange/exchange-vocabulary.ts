/** What the HTTP layer needs from the exchange vocabulary: closed value lists, media types, wire types. */
import { EXTENSIONS, extensionDefinition } from '../../exchange/stix/extension-definitions.ts';
import type { StixObject } from '../../exchange/stix/stix-object.ts';

export { TLP_LEVELS } from '../../exchange/markings/tlp.ts';
export { HANDLING_CODES } from '../../exchange/markings/handling-code.ts';
export { PURPOSES } from '../../exchange/markings/purpose.ts';
export { SOURCE_RELIABILITIES } from '../../exchange/markings/evaluation.ts';
export { TAXII_MEDIA_TYPE } from '../../exchange/taxii/taxii-types.ts';
export type { StixBundle, StixObject } from '../../exchange/stix/stix-object.ts';
export type { PartnerRecord } from '../../storage/index.ts';

/** The extension definitions this node publishes (consignment, container, vessel and properties). */
export function publishedExtensionDefinitions(): StixObject[] {
  return EXTENSIONS.map(extensionDefinition);
}
