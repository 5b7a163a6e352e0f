/**
 * Maps one DCSA Track & Trace 3.0 event (classified by `eventClassification.eventTypeCode`) to
 * the cargo model: EQUIPMENT → ContainerEvent, TRANSPORT → TransportEvent; SHIPMENT, IOT and
 * REEFER events are validated and reported as information. A retracted event (`isRetracted`)
 * is the retraction of the sender's events with its eventID: only the id counts, the rest of it
 * is not read (the standard calls it irrelevant).
 */
import type { ContainerEvent, EventClassifier, TransportEvent } from '../../core/cargo/events.ts';
import {
  checkEventTimes,
  coreEquipmentType,
  fullEmptyOf,
  readClassifier,
  readLocode,
  transportVoyages,
} from './event-common.ts';
import { compact, NOTHING, type EventContext, type MappedEvent } from './event-context.ts';
import type { ObjectReader } from './object-reader.ts';
import { toUtc } from './rfc3339.ts';
import {
  readEquipmentDetails30,
  readShipmentBills,
  readTransportCall30,
  type TransportCall30,
} from './tnt30-details.ts';

interface Header30 {
  readonly id: string | undefined;
  readonly eventAt: string | undefined;
  readonly updated: string | undefined;
  readonly classifier: EventClassifier | undefined;
}

function readHeader(r: ObjectReader, c: ObjectReader | undefined, ctx: EventContext): Header30 {
  const id = r.string('eventID', { maxLength: 500 });
  const eventAt = r.dateTime('eventDateTime', true);
  const updated = r.dateTime('eventUpdatedDateTime');
  return { id, eventAt, updated, classifier: c && readClassifier(c, ctx) };
}

/** The retraction of the sender's events with this event's eventID (required). */
function mapRetraction(r: ObjectReader): MappedEvent {
  const id = r.string('eventID', { maxLength: 500, required: true });
  if (id === undefined) return NOTHING;
  r.report(
    'dcsa.event-retracted',
    `Event ${id} is retracted: the sender's events with this eventID, earlier or later, are void.`,
    'isRetracted',
    'warning',
    { id },
  );
  return { kind: 'retraction', eventId: id };
}

function readWhere(r: ObjectReader, ctx: EventContext) {
  const where = r.object('eventLocation');
  where?.code('facilityTypeCode', ctx.sets.facilityTypes);
  const facility = where?.object('facility')?.string('facilityCode', { maxLength: 6 });
  return { location: readLocode(where, 'UNLocationCode', ctx), facility };
}

function transportCallOf(r: ObjectReader, ctx: EventContext): TransportCall30 | undefined {
  const tc = r.object('transportDetails')?.object('transportCall');
  return tc && readTransportCall30(tc, ctx);
}

function mapEquipment(
  r: ObjectReader,
  c: ObjectReader,
  h: Header30,
  ctx: EventContext,
): MappedEvent {
  const type = coreEquipmentType(
    c,
    c.code('equipmentEventTypeCode', ctx.sets.equipmentEventTypes, true),
  );
  const details = r.object('equipmentDetails', true);
  const eq = details && readEquipmentDetails30(details, ctx);
  const { location, facility } = readWhere(r, ctx);
  const tc = transportCallOf(r, ctx);
  const billNumbers = readShipmentBills(r.object('shipmentDetails'), ctx);
  const { classifier } = h;
  if (!type || !eq?.containerNumber || !h.eventAt || !classifier) return NOTHING;
  const voyage = type === 'DISC' ? tc?.importVoyage : tc?.exportVoyage;
  const transportCall =
    tc?.mode &&
    compact({
      mode: tc.mode,
      vesselImo: tc.vesselImo,
      voyageNumber: voyage,
    });
  const event: ContainerEvent = compact({
    eventType: type,
    classifier,
    containerNumber: eq.containerNumber,
    eventAt: toUtc(h.eventAt),
    location: location,
    facility: facility,
    fullEmpty: fullEmptyOf(eq.emptyIndicator),
    transportCall: transportCall,
    seals: eq.seals.length > 0 ? eq.seals : undefined,
    billNumbers: billNumbers,
    sourceEventId: h.id,
  });
  return compact({ kind: 'container', event, vessel: tc?.vessel });
}

function mapTransport(
  r: ObjectReader,
  c: ObjectReader,
  h: Header30,
  ctx: EventContext,
): MappedEvent {
  const type = c.code('transportEventTypeCode', ctx.sets.transportEventTypes, true);
  const { classifier } = h;
  const { location, facility } = readWhere(r, ctx);
  const tc = transportCallOf(r, ctx);
  if (!tc) r.missing('transportDetails');
  readShipmentBills(r.object('shipmentDetails'), ctx);
  if ((type !== 'ARRI' && type !== 'DEPA') || !tc || !h.eventAt || !classifier) return NOTHING;
  if (tc.vesselImo === undefined || location === undefined) {
    if (r.hasErrors()) return NOTHING;
    r.report(
      'dcsa.event-not-mapped',
      'Transport event without a vessel IMO number and location is kept as information only.',
      'transportDetails',
      'info',
      { variant: 'transport' },
    );
    return NOTHING;
  }
  const event: TransportEvent = compact({
    eventType: type,
    classifier,
    vesselImo: tc.vesselImo,
    ...transportVoyages(type, tc),
    location,
    facility: facility,
    eventAt: toUtc(h.eventAt),
    sourceEventId: h.id,
  });
  return compact({ kind: 'transport', event, vessel: tc.vessel });
}

function reportUnmapped(
  r: ObjectReader,
  c: ObjectReader,
  ctx: EventContext,
  type: string,
): MappedEvent {
  const subtype =
    type === 'SHIPMENT'
      ? c.code('shipmentEventTypeCode', ctx.sets.shipmentEventTypes, true)
      : undefined;
  readShipmentBills(r.object('shipmentDetails'), ctx);
  const details = type === 'IOT' || type === 'REEFER' ? r.object('equipmentDetails') : undefined;
  if (details) readEquipmentDetails30(details, ctx);
  r.report(
    'dcsa.event-not-mapped',
    `${type} event${subtype ? ` ${subtype}` : ''} is kept as information only.`,
    undefined,
    'info',
    { variant: 'other', event: subtype ? `${type} ${subtype}` : type },
  );
  return NOTHING;
}

export function mapTnt30Event(r: ObjectReader, ctx: EventContext): MappedEvent {
  if (r.boolean('isRetracted') === true) return mapRetraction(r);
  const c = r.object('eventClassification', true);
  const h = readHeader(r, c, ctx);
  if (!c) return NOTHING;
  const type = c.code('eventTypeCode', ctx.sets.eventTypes, true);
  checkEventTimes(r, ctx, {
    eventAt: h.eventAt,
    classifier: h.classifier,
    stampKey: 'eventUpdatedDateTime',
    stamp: h.updated,
  });
  switch (type) {
    case 'EQUIPMENT':
      return mapEquipment(r, c, h, ctx);
    case 'TRANSPORT':
      return mapTransport(r, c, h, ctx);
    case undefined:
      return NOTHING;
    default:
      return reportUnmapped(r, c, ctx, type);
  }
}
