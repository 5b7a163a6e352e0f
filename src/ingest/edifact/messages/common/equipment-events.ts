/**
 * Container events from equipment messages (COARRI, CODECO, COPRAR): the header names the voyage
 * and the place (TDT+20, LOC), each EQD group one container with its time (DTM), seals (SEL),
 * bills (RFF+BM) and, for gate moves, the inland transport (TDT). The event type comes from the
 * BGM document code; an EQD group with an invalid value is rejected on its own.
 */
import type {
  ContainerEvent,
  EquipmentEventType,
  EventClassifier,
  TransportCallRef,
} from '../../../../core/cargo/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { checkEquipmentCount } from './count-check.ts';
import { readDtm, type Sink } from './field-readers.ts';
import { readEquipment } from './equipment-reader.ts';
import { findPlace, type Place } from './location-reader.ts';
import type { MessageBody } from './message-body.ts';
import { segmentDiagnostic, type MessageContext } from './message-context.ts';
import { emptyOutcome, settle } from './record-outcome.ts';
import { equipmentKey, findSegment, isSegment, valueAt } from './segment-access.ts';
import { byTag, rangeOf, splitGroups } from './segment-groups.ts';
import { transportModeOf } from './means-of-transport.ts';
import { readVoyageHeader, type VoyageHeader } from './voyage-reader.ts';

export interface EventPlan {
  /** Undefined when the document code says nothing; then `typeOfGroup` decides per container. */
  readonly eventType: EquipmentEventType | undefined;
  readonly typeOfGroup?: (eqd: Segment) => EquipmentEventType | undefined;
  readonly classifier: EventClassifier;
  /** DTM qualifiers giving the event time, looked up in the EQD group, then in the header. */
  readonly timeQualifiers: readonly string[];
  /** Header LOC qualifiers giving the event place. */
  readonly placeQualifiers: readonly string[];
  /** Whether the transport call is the header vessel (quay moves) or the group's TDT (gate moves). */
  readonly transportFrom: 'vessel' | 'group';
}

interface Shared {
  readonly plan: EventPlan;
  readonly header: readonly Segment[];
  readonly voyage: VoyageHeader;
  readonly place: Place;
  /** The header's event time, read once. */
  readonly headerTime: string | undefined;
  /** The event place and, for quay moves, the vessel call: the same for every unit, built once. */
  readonly where: Pick<ContainerEvent, 'location' | 'facility'>;
  readonly vesselCall: TransportCallRef | undefined;
}

function timeIn(ctx: MessageContext, plan: EventPlan, segs: readonly Segment[], sink: Sink) {
  for (const q of plan.timeQualifiers) {
    const dtm = findSegment(segs, 'DTM', q);
    if (dtm) return readDtm(ctx, dtm, sink);
  }
  return undefined;
}

function eventTime(ctx: MessageContext, s: Shared, group: readonly Segment[], sink: Sink) {
  return timeIn(ctx, s.plan, group, sink) ?? s.headerTime;
}

function placeFields(p: Place) {
  return {
    ...(p.locode ? { location: p.locode } : {}),
    ...(p.facility ? { facility: p.facility } : {}),
  };
}

function vesselCall(voyage: VoyageHeader, place: Place): TransportCallRef | undefined {
  const t = voyage.transport;
  if (t === undefined) return undefined;
  const ids = {
    ...(t.vesselImo ? { vesselImo: t.vesselImo } : {}),
    ...(t.voyageNumber ? { voyageNumber: t.voyageNumber } : {}),
  };
  return { mode: t.mode ?? 'VESSEL', ...ids, ...placeFields(place) };
}

function transportCall(s: Shared, group: readonly Segment[]): TransportCallRef | undefined {
  if (s.plan.transportFrom === 'vessel') return s.vesselCall;
  const tdt = findSegment(group, 'TDT');
  const mode = tdt && transportModeOf(valueAt(tdt, 3));
  if (!tdt || mode === undefined) return undefined;
  const voyageNumber = valueAt(tdt, 2);
  return { mode, ...(voyageNumber ? { voyageNumber } : {}), ...s.where };
}

function readEvent(
  ctx: MessageContext,
  s: Shared,
  group: readonly Segment[],
  sink: Sink,
): ContainerEvent | undefined {
  const eqd = group[0] as Segment;
  const read = readEquipment(ctx, group, sink);
  const eventType = s.plan.eventType ?? s.plan.typeOfGroup?.(eqd);
  const eventAt = eventTime(ctx, s, group, sink);
  if (eventType === undefined)
    sink.push(
      segmentDiagnostic(
        ctx,
        eqd,
        { element: 5 },
        'event.type-unknown',
        'Neither the document code (BGM) nor the equipment status (EQD 8249) tells whether this container was loaded or discharged.',
      ),
    );
  if (eventAt === undefined)
    sink.push(
      segmentDiagnostic(
        ctx,
        eqd,
        {},
        'event.time-missing',
        `No event time (DTM ${s.plan.timeQualifiers.join('/')}) for this container.`,
      ),
    );
  const e = read?.equipment;
  if (!e || eventType === undefined || eventAt === undefined) return undefined;
  let bills: string[] | undefined;
  for (let i = 1; i < group.length; i++) {
    const rff = group[i] as Segment;
    if (!isSegment(rff, 'RFF', 'BM')) continue;
    const bill = valueAt(rff, 1, 2);
    if (bill !== undefined) (bills ??= []).push(bill);
  }
  const call = transportCall(s, group);
  // Built by assignment (no spreads): one object per container, keys in their stored order.
  const event: { -readonly [K in keyof ContainerEvent]: ContainerEvent[K] } = {
    eventType,
    classifier: s.plan.classifier,
    containerNumber: e.containerNumber,
    eventAt,
  };
  if (s.where.location) event.location = s.where.location;
  if (s.where.facility) event.facility = s.where.facility;
  if (e.fullEmpty) event.fullEmpty = e.fullEmpty;
  if (call) event.transportCall = call;
  if (e.seals.length > 0) event.seals = e.seals;
  if (bills !== undefined) event.billNumbers = bills;
  return event;
}

export function mapEquipmentEvents(ctx: MessageContext, plan: EventPlan): MessageBody {
  const sink: Sink = [];
  const split = splitGroups(ctx.message.segments, byTag('EQD'), byTag('CNT', 'UNT'));
  const voyage = readVoyageHeader(ctx, split.head, plan.placeQualifiers, sink);
  const place = findPlace(ctx, split.head, plan.placeQualifiers, []) ?? {};
  const headerTime = timeIn(ctx, plan, split.head, sink);
  const shared: Shared = {
    plan,
    header: split.head,
    voyage,
    place,
    headerTime,
    where: placeFields(place),
    vesselCall: vesselCall(voyage, place),
  };
  const outcome = emptyOutcome<ContainerEvent>();
  for (const group of split.groups) {
    const own: Sink = [];
    const value = readEvent(ctx, shared, group, own);
    const key = equipmentKey(valueAt(group[0] as Segment, 2));
    settle(outcome, {
      kind: 'container-event',
      key,
      range: rangeOf(group),
      value,
      diagnostics: own,
    });
  }
  checkEquipmentCount(ctx, ctx.message.segments, sink);
  return {
    ...(voyage.transport ? { transport: voyage.transport } : {}),
    records: {
      containerEvents: outcome.records,
      vessels: voyage.vessel ? [voyage.vessel] : [],
      portCalls: voyage.portCall ? [voyage.portCall] : [],
    },
    rejected: outcome.rejected,
    diagnostics: [...sink, ...outcome.diagnostics],
  };
}
