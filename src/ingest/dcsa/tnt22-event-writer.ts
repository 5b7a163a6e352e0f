/**
 * Cargo-model events → DCSA Track & Trace 2.2 event objects. eventCreatedDateTime (required by
 * 2.2, absent from the model) is the given creation time or else the event time. The voyage is
 * written as both export and import voyage, so reading picks the same value whichever applies
 * (a transport event's other voyage, when it has one, in the other direction).
 * (Reading gives an event without its own location or facility those of its transport call.)
 */
import type { Seal } from '../../core/cargo/equipment.ts';
import type { ContainerEvent, TransportCallRef, TransportEvent } from '../../core/cargo/events.ts';
import { callVoyages, type CallVoyages } from './event-common.ts';
import { opt } from './event-context.ts';

type Json = Record<string, unknown>;

function header(
  e: { sourceEventId?: string; eventAt: string; classifier: string },
  createdAt?: string,
): Json {
  return {
    ...opt('eventID', e.sourceEventId),
    eventCreatedDateTime: createdAt ?? e.eventAt,
    eventClassifierCode: e.classifier,
    eventDateTime: e.eventAt,
  };
}

function transportCall(
  tc: TransportCallRef,
  voyages: CallVoyages = { importVoyage: tc.voyageNumber, exportVoyage: tc.voyageNumber },
): Json {
  const id = [tc.vesselImo ?? tc.mode, tc.voyageNumber ?? '', tc.location ?? ''].join('-');
  return {
    transportCallID: id,
    modeOfTransport: tc.mode,
    ...opt('exportVoyageNumber', voyages.exportVoyage),
    ...opt('importVoyageNumber', voyages.importVoyage),
    ...opt('UNLocationCode', tc.location),
    ...opt('facilityCode', tc.facility),
    ...(tc.vesselImo === undefined ? {} : { vessel: { vesselIMONumber: tc.vesselImo } }),
  };
}

function seal(s: Seal): Json {
  return { sealNumber: s.number, ...opt('sealSource', s.source), ...opt('sealType', s.type) };
}

export function writeContainerEvent22(e: ContainerEvent, createdAt?: string): Json {
  const where = { ...opt('UNLocationCode', e.location), ...opt('facilityCode', e.facility) };
  return {
    ...header(e, createdAt),
    eventType: 'EQUIPMENT',
    equipmentEventTypeCode: e.eventType,
    equipmentReference: e.containerNumber,
    ...opt('emptyIndicatorCode', e.fullEmpty && (e.fullEmpty === 'empty' ? 'EMPTY' : 'LADEN')),
    ...(Object.keys(where).length > 0 ? { eventLocation: where } : {}),
    ...opt('transportCall', e.transportCall && transportCall(e.transportCall)),
    ...opt(
      'documentReferences',
      e.billNumbers?.map((b) => ({ documentReferenceType: 'TRD', documentReferenceValue: b })),
    ),
    ...opt('seals', e.seals?.map(seal)),
  };
}

export function writeTransportEvent22(e: TransportEvent, createdAt?: string): Json {
  const tc: TransportCallRef = {
    mode: 'VESSEL',
    vesselImo: e.vesselImo,
    location: e.location,
    ...opt('voyageNumber', e.voyageNumber),
    ...opt('facility', e.facility),
  };
  return {
    ...header(e, createdAt),
    eventType: 'TRANSPORT',
    transportEventTypeCode: e.eventType,
    transportCall: transportCall(tc, callVoyages(e)),
  };
}
