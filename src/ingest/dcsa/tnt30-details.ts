/** Reads the detail objects of a TNT 3.0 event: transport call, equipment, shipment references. */
import type { Seal } from '../../core/cargo/equipment.ts';
import type { TransportMode } from '../../core/cargo/events.ts';
import {
  parseContainerNumber,
  type ContainerNumber,
} from '../../core/identifiers/container-number.ts';
import type { Vessel } from '../../core/cargo/vessel.ts';
import type { ImoNumber } from '../../core/identifiers/imo-number.ts';
import { NO_VESSEL, readVessel } from './dcsa-vessel.ts';
import { billNumbersOf, coreMode, readSeal } from './event-common.ts';
import type { EventContext } from './event-context.ts';
import type { ObjectReader } from './object-reader.ts';

export interface TransportCall30 {
  readonly mode: TransportMode | undefined;
  readonly vesselImo: ImoNumber | undefined;
  readonly vessel: Vessel | undefined;
  readonly exportVoyage: string | undefined;
  readonly importVoyage: string | undefined;
}

function voyageOf(tc: ObjectReader, key: string): string | undefined {
  const v = tc.object(key);
  v?.string('universalVoyageReference', { maxLength: 5 });
  return v?.string('carrierVoyageNumber', { maxLength: 50 });
}

export function readTransportCall30(tc: ObjectReader, ctx: EventContext): TransportCall30 {
  tc.string('transportCallReference', { maxLength: 100 });
  tc.number('transportCallSequenceNumber');
  const mode = coreMode(tc, tc.code('modeOfTransport', ctx.sets.modesOfTransport));
  const exportVoyage = voyageOf(tc, 'exportVoyageNumberOrReference');
  const importVoyage = voyageOf(tc, 'importVoyageNumberOrReference') ?? exportVoyage;
  const v = tc.object('vesselTransport');
  const { imo: vesselImo, vessel } = v
    ? readVessel(v, { callSign: 'vesselCallSign', maxName: 50 })
    : NO_VESSEL;
  return { mode, vesselImo, vessel, exportVoyage: exportVoyage ?? importVoyage, importVoyage };
}

export interface EquipmentDetails30 {
  readonly containerNumber: ContainerNumber | undefined;
  readonly emptyIndicator: string | undefined;
  readonly seals: readonly Seal[];
}

export function readEquipmentDetails30(d: ObjectReader, ctx: EventContext): EquipmentDetails30 {
  const containerNumber = d.identifier('equipmentReference', parseContainerNumber, true);
  d.string('ISOEquipmentCode', { maxLength: 4 });
  const emptyIndicator = d.code('emptyIndicatorCode', ctx.sets.emptyIndicators);
  d.code('movementType', ['IMPORT', 'EXPORT', 'TRANSSHIPMENT']);
  const seals = d.objects('seals').flatMap((s) => {
    s.code('placement', ['DOOR', 'VENT']);
    return readSeal(s, ctx, { number: 'number', source: 'source', type: 'type' }) ?? [];
  });
  return { containerNumber, emptyIndicator, seals };
}

function readReference(d: ObjectReader, ctx: EventContext) {
  return {
    type: d.code('typeCode', ctx.sets.documentTypes, true),
    value: d.string('reference', { required: true, maxLength: 100 }),
  };
}

/** Bills of lading (TRD references) among the shipment details' document references. */
export function readShipmentBills(
  s: ObjectReader | undefined,
  ctx: EventContext,
): string[] | undefined {
  if (!s) return undefined;
  const main = s.object('documentReference');
  const refs = [...(main ? [main] : []), ...s.objects('additionalDocumentReferences')];
  return billNumbersOf(refs.map((d) => readReference(d, ctx)));
}
