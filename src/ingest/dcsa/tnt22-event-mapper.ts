/**
 * Maps one DCSA Track & Trace 2.2 event (discriminated by `eventType`) to the cargo model:
 * EQUIPMENT → ContainerEvent, TRANSPORT → TransportEvent; SHIPMENT events are validated and
 * reported as information. Every problem lands in the reader's diagnostics with its pointer.
 */
import type { ContainerEvent, TransportCallRef, TransportEvent } from '../../core/cargo/events.ts';
import { parseContainerNumber } from '../../core/identifiers/container-number.ts';
import {
  billNumbersOf,
  checkEventTimes,
  coreEquipmentType,
  fullEmptyOf,
  readClassifier,
  readLocode,
  readSeal,
  transportVoyages,
} from './event-common.ts';
import { compact, NOTHING, type EventContext, type MappedEvent } from './event-context.ts';
import type { ObjectReader } from './object-reader.ts';
import { toUtc } from './rfc3339.ts';
import { readTransportCall22, type TransportCall22 } from './tnt22-transport-call.ts';
import { isUuid } from '../../core/uuid.ts';

function readHeader(r: ObjectReader, ctx: EventContext) {
  const id = r.string('eventID');
  if (id !== undefined && !isUuid(id))
    r.report('dcsa.uuid', `eventID "${id}" is not a UUID.`, 'eventID', 'warning', { id });
  const created = r.dateTime('eventCreatedDateTime', true);
  const eventAt = r.dateTime('eventDateTime', true);
  const classifier = readClassifier(r, ctx);
  checkEventTimes(r, ctx, {
    eventAt,
    classifier,
    stampKey: 'eventCreatedDateTime',
    stamp: created,
  });
  return { id, eventAt, classifier };
}

function readDocumentBills(r: ObjectReader): string[] | undefined {
  const refs = r.objects('documentReferences').map((d) => ({
    type: d.string('documentReferenceType', { required: true }),
    value: d.string('documentReferenceValue', { required: true, maxLength: 100 }),
  }));
  for (const ref of r.objects('references')) {
    ref.code('referenceType', ['FF', 'SI', 'PO', 'CR', 'AAO', 'EQ'], true);
    ref.string('referenceValue', { required: true, maxLength: 100 });
  }
  return billNumbersOf(refs);
}

function callRef(
  tc: TransportCall22 | undefined,
  voyage: string | undefined,
): TransportCallRef | undefined {
  if (tc?.mode === undefined) return undefined;
  return compact({
    mode: tc.mode,
    vesselImo: tc.vesselImo,
    voyageNumber: voyage,
    location: tc.location,
    facility: tc.facility,
  });
}

function mapEquipment(r: ObjectReader, ctx: EventContext): MappedEvent {
  const h = readHeader(r, ctx);
  const type = coreEquipmentType(
    r,
    r.code('equipmentEventTypeCode', ctx.sets.equipmentEventTypes, true),
  );
  const containerNumber = r.identifier('equipmentReference', parseContainerNumber);
  if (!r.has('equipmentReference'))
    r.report(
      'dcsa.equipment-reference-missing',
      'Equipment event without equipmentReference cannot be tied to a container.',
      'equipmentReference',
    );
  const empty = r.code('emptyIndicatorCode', ctx.sets.emptyIndicators, true);
  r.string('ISOEquipmentCode', { maxLength: 4 });
  const where = r.object('eventLocation');
  const tcReader = r.object('transportCall');
  const tc = tcReader && readTransportCall22(tcReader, ctx);
  const seals = r
    .objects('seals')
    .map((s) => readSeal(s, ctx, { number: 'sealNumber', source: 'sealSource', type: 'sealType' }));
  const location = readLocode(where, 'UNLocationCode', ctx) ?? tc?.location;
  const facility = where?.string('facilityCode', { maxLength: 6 }) ?? tc?.facility;
  const billNumbers = readDocumentBills(r);
  if (
    type === undefined ||
    containerNumber === undefined ||
    h.eventAt === undefined ||
    h.classifier === undefined
  )
    return NOTHING;
  const voyage = type === 'DISC' ? tc?.importVoyage : tc?.exportVoyage;
  const event: ContainerEvent = compact({
    eventType: type,
    classifier: h.classifier,
    containerNumber,
    eventAt: toUtc(h.eventAt),
    location: location,
    facility: facility,
    fullEmpty: fullEmptyOf(empty),
    transportCall: callRef(tc, voyage),
    seals: seals.length > 0 ? seals.filter((s) => s !== undefined) : undefined,
    billNumbers: billNumbers,
    sourceEventId: h.id,
  });
  return compact({ kind: 'container', event, vessel: tc?.vessel });
}

function mapTransport(r: ObjectReader, ctx: EventContext): MappedEvent {
  const h = readHeader(r, ctx);
  const type = r.code('transportEventTypeCode', ctx.sets.transportEventTypes, true);
  const tcReader = r.object('transportCall', true);
  const tc = tcReader && readTransportCall22(tcReader, ctx);
  r.string('delayReasonCode', { maxLength: 3 });
  r.string('changeRemark', { maxLength: 250 });
  readDocumentBills(r);
  if (type !== 'ARRI' && type !== 'DEPA') return NOTHING;
  if (!tc || h.eventAt === undefined || h.classifier === undefined) return NOTHING;
  if (tc.vesselImo === undefined || tc.location === undefined) {
    if (r.hasErrors()) return NOTHING;
    r.report(
      'dcsa.event-not-mapped',
      'Transport event without a vessel IMO number and location is kept as information only.',
      'transportCall',
      'info',
      { variant: 'transport' },
    );
    return NOTHING;
  }
  const event: TransportEvent = compact({
    eventType: type,
    classifier: h.classifier,
    vesselImo: tc.vesselImo,
    ...transportVoyages(type, tc),
    location: tc.location,
    facility: tc.facility,
    eventAt: toUtc(h.eventAt),
    sourceEventId: h.id,
  });
  return compact({ kind: 'transport', event, vessel: tc.vessel });
}

function mapShipment(r: ObjectReader, ctx: EventContext): MappedEvent {
  readHeader(r, ctx);
  const type = r.code('shipmentEventTypeCode', ctx.sets.shipmentEventTypes, true);
  const docType = r.code('documentTypeCode', ctx.sets.documentTypes, true);
  const docId = r.string('documentID', { required: true });
  readDocumentBills(r);
  if (type && docType && docId) {
    r.report(
      'dcsa.shipment-event',
      `Shipment event ${type} for ${docType} ${docId} is kept as information only.`,
      undefined,
      'info',
      { type, documentType: docType, document: docId },
    );
  }
  return NOTHING;
}

export function mapTnt22Event(r: ObjectReader, ctx: EventContext): MappedEvent {
  const eventType = r.code('eventType', ctx.sets.eventTypes, true);
  switch (eventType) {
    case 'EQUIPMENT':
      return mapEquipment(r, ctx);
    case 'TRANSPORT':
      return mapTransport(r, ctx);
    case 'SHIPMENT':
      return mapShipment(r, ctx);
    case undefined:
    default:
      readHeader(r, ctx);
      return NOTHING;
  }
}
