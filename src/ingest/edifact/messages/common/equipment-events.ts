/**
 * Container events from equipment messages (COARRI, CODECO, COPRAR): the header names the voyage
 * and the place (TDT+20, LOC), each EQD group one container with its time (DTM), seals (SEL),
 * bills (RFF+BM) and, for gate moves, the inland transport (TDT). The event type comes from the
 * BGM document code; an EQD group with an invalid value is rejected on its own.
 *
 * Groups are read in place, as index ranges of the message's segments (no copy per group), and
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
import { checkEquipmentCount } from './count-check.ts';
import { readDtm, type Sink } from './field-readers.ts';
import { readEquipmentIn } from './equipment-reader.ts';
import { findPlace, type Place } from './location-reader.ts';
import type { MessageBody } from './message-body.ts';
import { segmentDiagnostic, type MessageContext } from './message-context.ts';
import { emptyOutcome, type Outcome } from './record-outcome.ts';
import { equipmentKey, isSegment, valueAt } from './segment-access.ts';
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
  /** The header's event time, read once. */
  readonly headerTime: string | undefined;
  /** The event place and, for quay moves, the vessel call: the same for every unit, built once. */
  readonly where: Pick<ContainerEvent, 'location' | 'facility'>;
  readonly vesselCall: TransportCallRef | undefined;
}

/** One EQD group: the message's segments from `from` up to (not including) `to`. */
interface Group {
  readonly segs: readonly Segment[];
  readonly from: number;
  readonly to: number;
}

/** The time under the first of the plan's qualifiers that segs[from, to) has a DTM for. */
function timeIn(ctx: MessageContext, plan: EventPlan, g: Group, sink: Sink) {
  for (const q of plan.timeQualifiers) {
    for (let i = g.from; i < g.to; i++) {
      const dtm = g.segs[i] as Segment;
      if (isSegment(dtm, 'DTM', q)) return readDtm(ctx, dtm, sink);
    }
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

function transportCall(s: Shared, g: Group): TransportCallRef | undefined {
  if (s.plan.transportFrom === 'vessel') return s.vesselCall;
  let tdt: Segment | undefined;
  for (let i = g.from; i < g.to && tdt === undefined; i++)
    if ((g.segs[i] as Segment).tag === 'TDT') tdt = g.segs[i];
  const mode = tdt && transportModeOf(valueAt(tdt, 3));
  if (!tdt || mode === undefined) return undefined;
  const voyageNumber = valueAt(tdt, 2);
  return { mode, ...(voyageNumber ? { voyageNumber } : {}), ...s.where };
}

/** The bill numbers of the group's RFF+BM segments; undefined when there is none. */
function billsOf(g: Group): string[] | undefined {
  let bills: string[] | undefined;
  for (let i = g.from + 1; i < g.to; i++) {
    const rff = g.segs[i] as Segment;
    if (!isSegment(rff, 'RFF', 'BM')) continue;
    const bill = valueAt(rff, 1, 2);
    if (bill !== undefined) (bills ??= []).push(bill);
  }
  return bills;
}

function checkTypeAndTime(
  ctx: MessageContext,
  s: Shared,
  eqd: Segment,
  found: { readonly type: boolean; readonly time: boolean },
  sink: Sink,
): void {
  if (!found.type)
    sink.push(
      segmentDiagnostic(
        ctx,
        eqd,
        { element: 5 },
        'event.type-unknown',
        'Neither the document code (BGM) nor the equipment status (EQD 8249) tells whether this container was loaded or discharged.',
      ),
    );
  if (!found.time)
    sink.push(
      segmentDiagnostic(
        ctx,
        eqd,
        {},
        'event.time-missing',
        `No event time (DTM ${s.plan.timeQualifiers.join('/')}) for this container.`,
      ),
    );
}

function readEvent(
  ctx: MessageContext,
  s: Shared,
  g: Group,
  sink: Sink,
): ContainerEvent | undefined {
  const eqd = g.segs[g.from] as Segment;
  const e = readEquipmentIn(ctx, g.segs, g.from, g.to, sink)?.equipment;
  const eventType = s.plan.eventType ?? s.plan.typeOfGroup?.(eqd);
  const eventAt = timeIn(ctx, s.plan, g, sink) ?? s.headerTime;
  if (eventType === undefined || eventAt === undefined)
    checkTypeAndTime(
      ctx,
      s,
      eqd,
      { type: eventType !== undefined, time: eventAt !== undefined },
      sink,
    );
  if (!e || eventType === undefined || eventAt === undefined) return undefined;
  const bills = billsOf(g);
  const call = transportCall(s, g);
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

function hasErrorSince(found: Sink, mark: number): boolean {
  for (let i = mark; i < found.length; i++) if (found[i]?.severity === 'error') return true;
  return false;
}

/** Reads one group into the outcome: its event, or a rejection keyed by its container number. */
function settleGroup(ctx: MessageContext, s: Shared, g: Group, outcome: Outcome<ContainerEvent>) {
  const found = outcome.diagnostics;
  const mark = found.length;
  const value = readEvent(ctx, s, g, found);
  if (value !== undefined && !hasErrorSince(found, mark)) {
    outcome.records.push(value);
    return;
  }
  const eqd = g.segs[g.from] as Segment;
  outcome.rejected.push({
    kind: 'container-event',
    key: equipmentKey(valueAt(eqd, 2)),
    diagnostics: found.slice(mark),
    segmentRange: { from: eqd.index, to: (g.segs[g.to - 1] as Segment).index },
  });
}

/**
 * Where the EQD groups are: from the first EQD (`stop` when there is none) up to the first CNT
 * or UNT, which closes them (a CNT before any EQD leaves no group at all).
 */
function groupSpan(segs: readonly Segment[]): { readonly first: number; readonly stop: number } {
  let first = -1;
  let i = 0;
  for (; i < segs.length; i++) {
    const tag = (segs[i] as Segment).tag;
    if (tag === 'CNT' || tag === 'UNT') break;
    if (tag === 'EQD' && first < 0) first = i;
  }
  return { first: first < 0 ? i : first, stop: i };
}

function readShared(ctx: MessageContext, plan: EventPlan, head: readonly Segment[], sink: Sink) {
  const voyage = readVoyageHeader(ctx, head, plan.placeQualifiers, sink);
  const place = findPlace(ctx, head, plan.placeQualifiers, []) ?? {};
  const headerTime = timeIn(ctx, plan, { segs: head, from: 0, to: head.length }, sink);
  const shared: Shared = {
    plan,
    headerTime,
    where: placeFields(place),
    vesselCall: vesselCall(voyage, place),
  };
  return { voyage, shared };
}

export function mapEquipmentEvents(ctx: MessageContext, plan: EventPlan): MessageBody {
  const sink: Sink = [];
  const segs = ctx.message.segments;
  const { first, stop } = groupSpan(segs);
  const { voyage, shared } = readShared(ctx, plan, segs.slice(0, first), sink);
  const outcome = emptyOutcome<ContainerEvent>();
  for (let from = first; from < stop;) {
    let to = from + 1;
    while (to < stop && (segs[to] as Segment).tag !== 'EQD') to++;
    settleGroup(ctx, shared, { segs, from, to }, outcome);
    from = to;
  }
  checkEquipmentCount(ctx, segs, sink);
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
