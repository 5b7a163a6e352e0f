/**
 * The codes each Track & Trace version accepts. The DCSA reference lists (generated from
 * data/dcsa/) are the base; each OpenAPI specification narrows or extends them, as noted.
 */
import {
  DOCUMENT_TYPE_CODES,
  EMPTY_INDICATOR_CODES,
  EQUIPMENT_EVENT_TYPE_CODES,
  MODE_OF_TRANSPORT_CODES,
  SEAL_SOURCE_CODES,
  SEAL_TYPE_CODES,
  SHIPMENT_EVENT_TYPE_CODES,
  TRANSPORT_EVENT_TYPE_CODES,
} from './dcsa-code-lists.generated.ts';
import type { TntVersion } from './tnt-version.ts';

export interface TntCodeSets {
  readonly eventTypes: readonly string[];
  readonly classifiers: readonly string[];
  readonly equipmentEventTypes: readonly string[];
  readonly transportEventTypes: readonly string[];
  readonly shipmentEventTypes: readonly string[];
  readonly documentTypes: readonly string[];
  readonly emptyIndicators: readonly string[];
  readonly sealSources: readonly string[];
  readonly sealTypes: readonly string[];
  readonly facilityTypes: readonly string[];
  readonly modesOfTransport: readonly string[];
}

/** TNT_v2.2.0: the equipment and shipment enums predate the newer reference-list codes. */
const V22: TntCodeSets = {
  eventTypes: ['EQUIPMENT', 'TRANSPORT', 'SHIPMENT'],
  classifiers: ['ACT', 'PLN', 'EST'],
  equipmentEventTypes: EQUIPMENT_EVENT_TYPE_CODES.slice(0, 11),
  transportEventTypes: TRANSPORT_EVENT_TYPE_CODES,
  shipmentEventTypes: SHIPMENT_EVENT_TYPE_CODES.filter((c) => c !== 'PENC' && c !== 'CANC'),
  documentTypes: ['CBR', 'BKG', 'SHI', 'SRM', 'TRD', 'ARN', 'VGM', 'CAS', 'CUS', 'DGD', 'OOG'],
  emptyIndicators: EMPTY_INDICATOR_CODES,
  sealSources: SEAL_SOURCE_CODES,
  sealTypes: SEAL_TYPE_CODES,
  facilityTypes: ['BOCR', 'CLOC', 'COFS', 'COYA', 'OFFD', 'DEPO', 'INTE', 'POTE', 'RAMP'],
  modesOfTransport: MODE_OF_TRANSPORT_CODES,
};

/** TNT_v3.0.0: codes listed in the specification's descriptions (it declares no enums). */
const V30: TntCodeSets = {
  eventTypes: ['EQUIPMENT', 'TRANSPORT', 'SHIPMENT', 'IOT', 'REEFER'],
  classifiers: ['ACT', 'PLN', 'EST'],
  equipmentEventTypes: [...EQUIPMENT_EVENT_TYPE_CODES.filter((c) => c !== 'WAYP'), 'CROS'],
  transportEventTypes: TRANSPORT_EVENT_TYPE_CODES,
  shipmentEventTypes: [
    ...SHIPMENT_EVENT_TYPE_CODES.filter((c) => c !== 'PENC'),
    ...['AMCF', 'AMCN', 'AMDC', 'AMPR', 'AMRE', 'CACF', 'CADC', 'CARE', 'DECL', 'PENM'],
    ...['PSAM', 'PSDL', 'SUAM', 'SUDL', 'UPCF', 'UPCN', 'UPDC', 'UPDT', 'UPRE'],
  ],
  documentTypes: [
    ...DOCUMENT_TYPE_CODES,
    ...['AMF', 'CEA', 'CEO', 'FCE', 'HCE', 'ICE', 'PCE', 'PFD', 'VCE'],
  ],
  emptyIndicators: EMPTY_INDICATOR_CODES,
  sealSources: [...SEAL_SOURCE_CODES, 'CNS', 'CST', 'TER'],
  sealTypes: SEAL_TYPE_CODES,
  facilityTypes: ['BORD', 'CLOC', 'COFS', 'OFFD', 'DEPO', 'INTE', 'POTE', 'RAMP', 'WAYP'],
  modesOfTransport: [...MODE_OF_TRANSPORT_CODES, 'MULTIMODAL'],
};

export function tntCodeSets(version: TntVersion): TntCodeSets {
  switch (version) {
    case '2.2':
      return V22;
    case '3.0':
      return V30;
  }
}
