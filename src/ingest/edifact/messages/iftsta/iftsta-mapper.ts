/**
 * IFTSTA (international multimodal status report) → container events. Each STS group under a
 * CNI consignment is one status of one container (EQD in the group, else RFF+EQ): the status code
 * (STS C555/4405) is mapped to a DCSA equipment event type, the time is DTM+334 (status event),
 * the place LOC+175, the transport the group's TDT. A status we cannot map is not dropped: it is
 * returned as a rejected record with a diagnostic naming the code and its description. Vessel
 * arrival (VA) and departure (VD) statuses become transport events.
 */
import type {
  ContainerEvent,
  TransportEvent,
  EquipmentEventType,
  TransportCallRef,
} from '../../../../core/cargo/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readEquipment } from '../common/equipment-reader.ts';
import { readContainerNumber, readDtm, type Sink } from '../common/field-readers.ts';
import { PLACE, readPlace, type Place } from '../common/location-reader.ts';
import { transportModeOf } from '../common/means-of-transport.ts';
import type { MessageBody } from '../common/message-body.ts';
import { segmentDiagnostic, type MessageContext } from '../common/message-context.ts';
import { emptyOutcome, settle } from '../common/record-outcome.ts';
import { filterSegments, findSegment, valueAt } from '../common/segment-access.ts';
import { byTag, rangeOf, splitGroups } from '../common/segment-groups.ts';
import { isVesselStatus, readVesselStatus } from '../common/vessel-status-reader.ts';

/**
 * Status codes carriers send for containers (the ocean status vocabulary shared with ANSI X12
 * 315) and the DCSA equipment event type of each. Vessel arrival and departure are transport
 * events, not container events, and are deliberately absent.
 */
export const IFTSTA_STATUS_EVENTS = {
  AE: 'LOAD',
  AL: 'LOAD',
  AM: 'LOAD',
  UV: 'DISC',
  UR: 'DISC',
  I: 'GTIN',
  OA: 'GTOT',
  RD: 'DROP',
  EE: 'PICK',
} as const satisfies Readonly<Record<string, EquipmentEventType>>;

export type IftstaStatusCode = keyof typeof IFTSTA_STATUS_EVENTS;

function isKnownStatus(code: string): code is IftstaStatusCode {
  return Object.hasOwn(IFTSTA_STATUS_EVENTS, code);
}

function container(ctx: MessageContext, group: readonly Segment[], sink: Sink) {
  const read = readEquipment(ctx, group, sink);
  if (read)
    return {
      raw: read.raw,
      number: read.containerNumber,
      fullEmpty: read.equipment?.fullEmpty,
      seals: read.equipment?.seals ?? [],
    };
  const rff = findSegment(group, 'RFF', 'EQ');
  const raw = rff && valueAt(rff, 1, 2);
  const number = rff && readContainerNumber(ctx, { seg: rff, element: 1, component: 2 }, sink);
  return { raw: raw ?? '', number, fullEmpty: undefined, seals: [] };
}

function transportCall(group: readonly Segment[], place: Place): TransportCallRef | undefined {
  const tdt = findSegment(group, 'TDT');
  const mode = tdt && transportModeOf(valueAt(tdt, 3));
  if (!tdt || !mode) return undefined;
  const voyageNumber = valueAt(tdt, 2);
  return {
    mode,
    ...(voyageNumber ? { voyageNumber } : {}),
    ...(place.locode ? { location: place.locode } : {}),
  };
}

function statusOf(ctx: MessageContext, sts: Segment, sink: Sink) {
  const code = valueAt(sts, 2) ?? '';
  if (isKnownStatus(code)) return IFTSTA_STATUS_EVENTS[code];
  const text = valueAt(sts, 2, 4);
  sink.push(
    segmentDiagnostic(
      ctx,
      sts,
      { element: 2, component: 1 },
      'iftsta.status-unknown',
      `Status "${code}"${text ? ` (${text})` : ''} has no DCSA equipment event type; the status is kept for review.`,
    ),
  );
  return undefined;
}

function readStatus(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): { key: string; value: ContainerEvent | undefined } {
  const sts = group[0] as Segment;
  const c = container(ctx, group, sink);
  const status = statusOf(ctx, sts, sink);
  const dtm = findSegment(group, 'DTM', '334') ?? findSegment(group, 'DTM');
  const eventAt = dtm && readDtm(ctx, dtm, sink);
  if (eventAt === undefined)
    sink.push(
      segmentDiagnostic(ctx, sts, {}, 'event.time-missing', 'Status has no time (DTM+334).'),
    );
  const loc = findSegment(group, 'LOC', PLACE.status);
  const place = loc ? readPlace(ctx, loc, sink) : {};
  const key = `${c.raw}/${valueAt(sts, 2) ?? ''}`;
  if (!status || !c.number || eventAt === undefined) return { key, value: undefined };
  const call = transportCall(group, place);
  const bills = filterSegments(group, 'RFF', 'BM').flatMap((r) => valueAt(r, 1, 2) ?? []);
  return {
    key,
    value: {
      eventType: status,
      classifier: 'ACT',
      containerNumber: c.number,
      eventAt,
      ...(place.locode ? { location: place.locode } : {}),
      ...(place.facility ? { facility: place.facility } : {}),
      ...(c.fullEmpty ? { fullEmpty: c.fullEmpty } : {}),
      ...(call ? { transportCall: call } : {}),
      ...(c.seals.length > 0 ? { seals: c.seals } : {}),
      ...(bills.length > 0 ? { billNumbers: bills } : {}),
    },
  };
}

export function mapIftsta(ctx: MessageContext): MessageBody {
  const containers = emptyOutcome<ContainerEvent>();
  const vessels = emptyOutcome<TransportEvent>();
  const consignments = splitGroups(ctx.message.segments, byTag('CNI'), byTag('UNT')).groups;
  for (const group of consignments.flatMap((c) => splitGroups(c, byTag('STS')).groups)) {
    const own: Sink = [];
    const range = rangeOf(group);
    const code = valueAt(group[0] as Segment, 2);
    if (isVesselStatus(code)) {
      const value = readVesselStatus(ctx, group, own);
      settle(vessels, { kind: 'transport-event', key: code, range, value, diagnostics: own });
      continue;
    }
    const { key, value } = readStatus(ctx, group, own);
    settle(containers, { kind: 'container-event', key, range, value, diagnostics: own });
  }
  return {
    records: { containerEvents: containers.records, transportEvents: vessels.records },
    rejected: [...containers.rejected, ...vessels.rejected],
    diagnostics: [...containers.diagnostics, ...vessels.diagnostics],
  };
}
