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
import type { SegmentTable } from '../../syntax/segment-table.ts';
import { readDtmIn } from '../common/dtm-reader.ts';
import { readEquipmentIn } from '../common/equipment-reader.ts';
import type { Sink } from '../common/field-readers.ts';
import { PLACE, readPlace, type Place } from '../common/location-reader.ts';
import { transportModeOf } from '../common/means-of-transport.ts';
import type { MessageBody } from '../common/message-body.ts';
import { diagnosticIn, type MessageContext } from '../common/message-context.ts';
import { emptyOutcome, NO_DIAGNOSTICS, settle } from '../common/record-outcome.ts';
import { parseContainerNumber } from '../../../../core/identifiers/index.ts';
import { parseIn } from '../common/table-field-readers.ts';
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

/** The status group [from, to) of the message's segment table; `from` is its STS. */
interface Group {
  readonly t: SegmentTable;
  readonly from: number;
  readonly to: number;
}

function container(ctx: MessageContext, g: Group, sink: Sink) {
  const { t, from, to } = g;
  const read = readEquipmentIn(ctx, t, from, to, sink);
  if (read)
    return {
      raw: read.raw,
      number: read.containerNumber,
      fullEmpty: read.equipment?.fullEmpty,
      seals: read.equipment?.seals ?? [],
    };
  const rff = t.find(from, to, 'RFF', 'EQ');
  const raw = rff < 0 ? undefined : t.value(rff, 1, 2);
  const number =
    raw === undefined ? undefined : parseIn(ctx, t, rff, 1, 2, raw, sink, parseContainerNumber);
  return { raw: raw ?? '', number, fullEmpty: undefined, seals: [] };
}

function transportCall(g: Group, place: Place): TransportCallRef | undefined {
  const { t } = g;
  const tdt = t.find(g.from, g.to, 'TDT');
  const mode = tdt < 0 ? undefined : transportModeOf(t.value(tdt, 3));
  if (mode === undefined) return undefined;
  const voyageNumber = t.value(tdt, 2);
  const call: { -readonly [K in keyof TransportCallRef]: TransportCallRef[K] } = { mode };
  if (voyageNumber) call.voyageNumber = voyageNumber;
  if (place.locode) call.location = place.locode;
  return call;
}

function statusOf(ctx: MessageContext, g: Group, sink: Sink) {
  const { t, from: sts } = g;
  const code = t.value(sts, 2) ?? '';
  if (isKnownStatus(code)) return IFTSTA_STATUS_EVENTS[code];
  const text = t.value(sts, 2, 4);
  sink.push(
    diagnosticIn(
      ctx,
      t,
      sts,
      { element: 2, component: 1 },
      'iftsta.status-unknown',
      `Status "${code}"${text ? ` (${text})` : ''} has no DCSA equipment event type; the status is kept for review.`,
      'error',
      { status: code },
    ),
  );
  return undefined;
}

/** The bill numbers of the group's RFF+BM segments, in order. */
function billsIn(g: Group): string[] {
  const bills: string[] = [];
  for (let i = g.from; i < g.to; i++) {
    if (!g.t.is(i, 'RFF', 'BM')) continue;
    const bill = g.t.value(i, 1, 2);
    if (bill !== undefined) bills.push(bill);
  }
  return bills;
}

function readStatus(
  ctx: MessageContext,
  g: Group,
  sink: Sink,
): { key: string; value: ContainerEvent | undefined } {
  const { t, from, to } = g;
  const c = container(ctx, g, sink);
  const status = statusOf(ctx, g, sink);
  let dtm = t.find(from, to, 'DTM', '334');
  if (dtm < 0) dtm = t.find(from, to, 'DTM');
  const eventAt = dtm < 0 ? undefined : readDtmIn(ctx, t, dtm, sink);
  if (eventAt === undefined)
    sink.push(
      diagnosticIn(
        ctx,
        t,
        from,
        {},
        'event.time-missing',
        'Status has no time (DTM+334).',
        'error',
        {
          qualifiers: '334',
        },
      ),
    );
  const loc = t.find(from, to, 'LOC', PLACE.status);
  const place = loc < 0 ? {} : readPlace(ctx, t.segment(loc), sink);
  const key = `${c.raw}/${t.value(from, 2) ?? ''}`;
  if (!status || !c.number || eventAt === undefined) return { key, value: undefined };
  const call = transportCall(g, place);
  const bills = billsIn(g);
  // Built by assignment in the stored key order (undefined values left out, not set).
  const event: { -readonly [K in keyof ContainerEvent]: ContainerEvent[K] } = {
    eventType: status,
    classifier: 'ACT',
    containerNumber: c.number,
    eventAt,
  };
  if (place.locode) event.location = place.locode;
  if (place.facility) event.facility = place.facility;
  if (c.fullEmpty) event.fullEmpty = c.fullEmpty;
  if (call) event.transportCall = call;
  if (c.seals.length > 0) event.seals = c.seals;
  if (bills.length > 0) event.billNumbers = bills;
  return { key, value: event };
}

/** The segments of [from, to) as objects, for the readers that take them (vessel statuses). */
function segmentsOf(t: SegmentTable, from: number, to: number): Segment[] {
  const out = new Array<Segment>(to - from);
  for (let i = from; i < to; i++) out[i - from] = t.segment(i);
  return out;
}

/**
 * The STS groups: each STS under a CNI runs to the next STS, the next CNI or UNT; segments of a
 * consignment before its first STS, and the message's before the first CNI, open none.
 */
function statusGroups(t: SegmentTable): number[] {
  const starts: number[] = [];
  let inConsignment = false;
  let close = 0;
  for (; close < t.count; close++) {
    const tag = t.tag(close);
    if (tag === 'UNT') break;
    if (tag === 'CNI') {
      inConsignment = true;
      starts.push(-1 - close);
    } else if (tag === 'STS' && inConsignment) starts.push(close);
  }
  starts.push(-1 - close);
  return starts;
}

export function mapIftsta(ctx: MessageContext): MessageBody {
  const t = ctx.table;
  const containers = emptyOutcome<ContainerEvent>();
  const vessels = emptyOutcome<TransportEvent>();
  // Group starts, with each CNI and the close marked as -1 - their number: a group ends there too.
  const marks = statusGroups(t);
  const scratch: Sink = [];
  for (let k = 0; k < marks.length - 1; k++) {
    const from = marks[k] as number;
    if (from < 0) continue;
    const next = marks[k + 1] as number;
    const g: Group = { t, from, to: next < 0 ? -1 - next : next };
    const range = { from: t.index(g.from), to: t.index(g.to - 1) };
    const code = t.value(from, 2);
    if (isVesselStatus(code)) {
      const value = readVesselStatus(ctx, segmentsOf(t, g.from, g.to), scratch);
      const own = scratch.length === 0 ? NO_DIAGNOSTICS : scratch.splice(0);
      settle(vessels, { kind: 'transport-event', key: code, range, value, diagnostics: own });
      continue;
    }
    const { key, value } = readStatus(ctx, g, scratch);
    const own = scratch.length === 0 ? NO_DIAGNOSTICS : scratch.splice(0);
    settle(containers, { kind: 'container-event', key, range, value, diagnostics: own });
  }
  return {
    records: { containerEvents: containers.records, transportEvents: vessels.records },
    rejected: [...containers.rejected, ...vessels.rejected],
    diagnostics: [...containers.diagnostics, ...vessels.diagnostics],
  };
}
