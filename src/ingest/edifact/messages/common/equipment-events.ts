/**
 * Container events from equipment messages (COARRI, CODECO, COPRAR): the header names the voyage
 * and the place (TDT+20, LOC), each EQD group one container with its time (DTM), seals (SEL),
 * bills (RFF+BM) and, for gate moves, the inland transport (TDT). The event type comes from the
 * BGM document code; an EQD group with an invalid value is rejected on its own.
 *
 * Groups are read in place, as ranges of the message's segment table (no copy per group), and
 * their diagnostics go straight into the message's list: a unit that reads cleanly allocates
 * only its event, and a rejected one gets its diagnostics copied out with its key and range.
 */
import type {
  ContainerEvent,
  EquipmentEventType,
  EventClassifier,
  TransportCallRef,
} from '../../../../core/cargo/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import type { SegmentTable } from '../../syntax/segment-table.ts';
import { checkEquipmentCount } from './count-check.ts';
import { readDtmIn } from './dtm-reader.ts';
import type { Sink } from './field-readers.ts';
import {
  checkedContainerNumber,
  checkEquipmentDetails,
  fullEmptyIn,
  sealsIn,
} from './equipment-reader.ts';
import { findPlace, type Place } from './location-reader.ts';
import type { MessageBody } from './message-body.ts';
import { diagnosticIn, type MessageContext } from './message-context.ts';
import { emptyOutcome, type Outcome } from './record-outcome.ts';
import { equipmentKey } from './segment-access.ts';
import { transportModeOf } from './means-of-transport.ts';
import { readVoyageHeader, type VoyageHeader } from './voyage-reader.ts';

export interface EventPlan {
  /** Undefined when the document code says nothing; then `typeOfGroup` decides per container. */
  readonly eventType: EquipmentEventType | undefined;
  /** The event type a group's EQD (segment `eqd` of the table) gives. */
  readonly typeOfGroup?: (t: SegmentTable, eqd: number) => EquipmentEventType | undefined;
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
  readonly t: SegmentTable;
  /** The header's event time, read once. */
  readonly headerTime: string | undefined;
  /** The event place and, for quay moves, the vessel call: the same for every unit, built once. */
  readonly where: Pick<ContainerEvent, 'location' | 'facility'>;
  readonly vesselCall: TransportCallRef | undefined;
}

/** The time under the first of the plan's qualifiers that [from, to) has a DTM for. */
function timeIn(
  ctx: MessageContext,
  s: Pick<Shared, 'plan' | 't'>,
  from: number,
  to: number,
  sink: Sink,
) {
  const t = s.t;
  for (const q of s.plan.timeQualifiers) {
    for (let i = from; i < to; i++) if (t.is(i, 'DTM', q)) return readDtmIn(ctx, t, i, sink);
  }
  return undefined;
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

function transportCall(s: Shared, from: number, to: number): TransportCallRef | undefined {
  if (s.plan.transportFrom === 'vessel') return s.vesselCall;
  const t = s.t;
  const tdt = t.find(from, to, 'TDT');
  const mode = tdt < 0 ? undefined : transportModeOf(t.value(tdt, 3));
  if (mode === undefined) return undefined;
  const voyageNumber = t.value(tdt, 2);
  return { mode, ...(voyageNumber ? { voyageNumber } : {}), ...s.where };
}

/** The bill numbers of the group's RFF+BM segments; undefined when there is none. */
function billsIn(t: SegmentTable, from: number, to: number): string[] | undefined {
  let bills: string[] | undefined;
  for (let i = from + 1; i < to; i++) {
    if (!t.is(i, 'RFF', 'BM')) continue;
    const bill = t.value(i, 1, 2);
    if (bill !== undefined) (bills ??= []).push(bill);
  }
  return bills;
}

function checkTypeAndTime(
  ctx: MessageContext,
  s: Shared,
  eqd: number,
  found: { readonly type: boolean; readonly time: boolean },
  sink: Sink,
): void {
  if (!found.type)
    sink.push(
      diagnosticIn(
        ctx,
        s.t,
        eqd,
        { element: 5 },
        'event.type-unknown',
        'Neither the document code (BGM) nor the equipment status (EQD 8249) tells whether this container was loaded or discharged.',
      ),
    );
  if (!found.time)
    sink.push(
      diagnosticIn(
        ctx,
        s.t,
        eqd,
        {},
        'event.time-missing',
        `No event time (DTM ${s.plan.timeQualifiers.join('/')}) for this container.`,
        'error',
        { qualifiers: s.plan.timeQualifiers.join('/') },
      ),
    );
}

function readEvent(
  ctx: MessageContext,
  s: Shared,
  from: number,
  to: number,
  sink: Sink,
): ContainerEvent | undefined {
  const t = s.t;
  const containerNumber = checkedContainerNumber(ctx, t, from, t.value(from, 2), sink);
  // Read while the table's cursor is still in the EQD (element 2): no walk from its start.
  const fullEmpty = fullEmptyIn(t, from);
  checkEquipmentDetails(ctx, t, from, to, sink);
  const eventType = s.plan.eventType ?? s.plan.typeOfGroup?.(s.t, from);
  const eventAt = timeIn(ctx, s, from, to, sink) ?? s.headerTime;
  if (eventType === undefined || eventAt === undefined) {
    const found = { type: eventType !== undefined, time: eventAt !== undefined };
    checkTypeAndTime(ctx, s, from, found, sink);
  }
  if (!containerNumber || eventType === undefined || eventAt === undefined) return undefined;
  const seals = sealsIn(t, from, to);
  const bills = billsIn(t, from, to);
  const call = transportCall(s, from, to);
  // Built by assignment (no spreads): one object per container, keys in their stored order.
  // With the usual place and status the object is made with them: the at most three keys added
  // after it fit the engine's first out-of-object store, which is then never regrown.
  const { location, facility } = s.where;
  const event: { -readonly [K in keyof ContainerEvent]: ContainerEvent[K] } =
    location && facility && fullEmpty
      ? {
          eventType,
          classifier: s.plan.classifier,
          containerNumber,
          eventAt,
          location,
          facility,
          fullEmpty,
        }
      : { eventType, classifier: s.plan.classifier, containerNumber, eventAt };
  if (!(location && facility && fullEmpty)) {
    if (location) event.location = location;
    if (facility) event.facility = facility;
    if (fullEmpty) event.fullEmpty = fullEmpty;
  }
  if (call) event.transportCall = call;
  if (seals.length > 0) event.seals = seals;
  if (bills !== undefined) event.billNumbers = bills;
  return event;
}

function hasErrorSince(found: Sink, mark: number): boolean {
  for (let i = mark; i < found.length; i++) if (found[i]?.severity === 'error') return true;
  return false;
}

/** Reads the group [from, to) into the outcome: its event, or a rejection keyed by its number. */
function settleGroup(
  ctx: MessageContext,
  s: Shared,
  from: number,
  to: number,
  outcome: Outcome<ContainerEvent>,
) {
  const found = outcome.diagnostics;
  const mark = found.length;
  const value = readEvent(ctx, s, from, to, found);
  if (value !== undefined && !hasErrorSince(found, mark)) {
    outcome.records.push(value);
    return;
  }
  outcome.rejected.push({
    kind: 'container-event',
    key: equipmentKey(s.t.value(from, 2)),
    diagnostics: found.slice(mark),
    segmentRange: { from: s.t.index(from), to: s.t.index(to - 1) },
  });
}

/**
 * Where the EQD groups are: from the first EQD (`stop` when there is none) up to the first CNT
 * or UNT, which closes them (a CNT before any EQD leaves no group at all).
 */
function groupSpan(t: SegmentTable): { readonly first: number; readonly stop: number } {
  let first = -1;
  let i = 0;
  for (; i < t.count; i++) {
    const tag = t.tag(i);
    if (tag === 'CNT' || tag === 'UNT') break;
    if (tag === 'EQD' && first < 0) first = i;
  }
  return { first: first < 0 ? i : first, stop: i };
}

function readShared(ctx: MessageContext, plan: EventPlan, headEnd: number, sink: Sink) {
  const t = ctx.table;
  const head: Segment[] = [];
  for (let i = 0; i < headEnd; i++) head.push(t.segment(i));
  const voyage = readVoyageHeader(ctx, head, plan.placeQualifiers, sink);
  const place = findPlace(ctx, head, plan.placeQualifiers, []) ?? {};
  const headerTime = timeIn(ctx, { plan, t }, 0, headEnd, sink);
  const shared: Shared = {
    plan,
    t,
    headerTime,
    where: placeFields(place),
    vesselCall: vesselCall(voyage, place),
  };
  return { voyage, shared };
}

export function mapEquipmentEvents(ctx: MessageContext, plan: EventPlan): MessageBody {
  const sink: Sink = [];
  const t = ctx.table;
  const { first, stop } = groupSpan(t);
  const { voyage, shared } = readShared(ctx, plan, first, sink);
  const outcome = emptyOutcome<ContainerEvent>();
  for (let from = first; from < stop;) {
    let to = from + 1;
    while (to < stop && t.tag(to) !== 'EQD') to++;
    settleGroup(ctx, shared, from, to, outcome);
    from = to;
  }
  checkEquipmentCount(ctx, sink);
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
