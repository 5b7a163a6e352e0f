/**
 * Cargo-model events → DCSA Track & Trace 3.0 event objects. 3.0 has no place for a transport
 * call's own location or facility, so those two fields of a container event are not written.
 */
import type { Seal } from '../../core/cargo/equipment.ts';
import type { ContainerEvent, TransportCallRef, TransportEvent } from '../../core/cargo/events.ts';
import { callVoyages, type CallVoyages } from './event-common.ts';
import { opt } from './event-context.ts';

type Json = Record<string, unknown>;

function location(code: string | undefined, facility: string | undefined): Json {
  const where = {
    ...opt('UNLocationCode', code),
    ...(facility ? { facility: { facilityCode: facility } } : {}),
  };
  return Object.keys(where).length > 0 ? { eventLocation: where } : {};
}

const voyage = (v: string | undefined) =>
  v === undefined ? undefined : { carrierVoyageNumber: v };

function transportDetails(
  tc: TransportCallRef | undefined,
  voyages: CallVoyages = { importVoyage: tc?.voyageNumber, exportVoyage: tc?.voyageNumber },
): Json {
  if (!tc) return {};
  const call = {
    modeOfTransport: tc.mode,
    ...opt('exportVoyageNumberOrReference', voyage(voyages.exportVoyage)),
    ...opt('importVoyageNumberOrReference', voyage(voyages.importVoyage)),
    ...(tc.vesselImo === undefined ? {} : { vesselTransport: { vesselIMONumber: tc.vesselImo } }),
  };
  return { transportDetails: { transportCall: call } };
}

function shipmentDetails(bills: readonly string[] | undefined): Json {
  const [first, ...rest] = bills ?? [];
  if (first === undefined) return {};
  const ref = (reference: string) => ({ typeCode: 'TRD', reference });
  return {
    shipmentDetails: {
      documentReference: ref(first),
      ...(rest.length > 0 ? { additionalDocumentReferences: rest.map(ref) } : {}),
    },
  };
}

function seal(s: Seal): Json {
  return { number: s.number, ...opt('source', s.source), ...opt('type', s.type) };
}

export function writeContainerEvent30(e: ContainerEvent): Json {
  return {
    ...opt('eventID', e.sourceEventId),
    eventDateTime: e.eventAt,
    eventClassification: {
      eventTypeCode: 'EQUIPMENT',
      eventClassifierCode: e.classifier,
      equipmentEventTypeCode: e.eventType,
    },
    ...location(e.location, e.facility),
    equipmentDetails: {
      equipmentReference: e.containerNumber,
      ...opt('emptyIndicatorCode', e.fullEmpty && (e.fullEmpty === 'empty' ? 'EMPTY' : 'LADEN')),
      ...opt('seals', e.seals?.map(seal)),
    },
    ...transportDetails(e.transportCall),
    ...shipmentDetails(e.billNumbers),
  };
}

export function writeTransportEvent30(e: TransportEvent): Json {
  return {
    ...opt('eventID', e.sourceEventId),
    eventDateTime: e.eventAt,
    eventClassification: {
      eventTypeCode: 'TRANSPORT',
      eventClassifierCode: e.classifier,
      transportEventTypeCode: e.eventType,
    },
    ...location(e.location, e.facility),
    ...transportDetails(
      { mode: 'VESSEL', vesselImo: e.vesselImo, ...opt('voyageNumber', e.voyageNumber) },
      callVoyages(e),
    ),
  };
}
