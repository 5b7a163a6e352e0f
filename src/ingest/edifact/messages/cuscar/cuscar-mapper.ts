/**
 * CUSCAR (customs cargo report) → consignments, vessel and port call. The header carries the
 * voyage (TDT+20 with its LOC and DTM) and the equipment (EQD groups); each CNI group is one
 * consignment: bill numbers (RFF+BM master, RFF+BH house, RFF+BN booking), route (LOC 88, 9, 13,
 * 11, 7), parties (NAD groups), goods items (GID groups) linked to equipment by SGP.
 * A consignment with an invalid value — or stuffed in invalid equipment — is rejected on its own.
 */
import type { Consignment, Party, Route } from '../../../../core/cargo/index.ts';
import { hasErrors } from '../../../../core/diagnostic.ts';
import type { UnLocode } from '../../../../core/identifiers/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readEquipment, type EquipmentRead } from '../common/equipment-reader.ts';
import { readLocode, readNumber, readScac, type Sink } from '../common/field-readers.ts';
import { readGoodsItem, type GoodsItemRead } from '../common/goods-item-reader.ts';
import { PLACE } from '../common/location-reader.ts';
import type { MessageBody } from '../common/message-body.ts';
import { segmentDiagnostic, type MessageContext } from '../common/message-context.ts';
import { readParty } from '../common/party-reader.ts';
import { emptyOutcome, settle } from '../common/record-outcome.ts';
import { filterSegments, findSegment, valueAt } from '../common/segment-access.ts';
import { byTag, rangeOf, splitGroups } from '../common/segment-groups.ts';
import { readTransport } from '../common/transport-reader.ts';
import { readVoyageHeader, type VoyageHeader } from '../common/voyage-reader.ts';

/** A consignment as it is assembled, its keys in the order they are stored. */
type Draft = { -readonly [K in keyof Consignment]?: Consignment[K] } & {
  billNumber: string;
  billKind: Consignment['billKind'];
};

/** Equipment declared in the header, with its own diagnostics and whether it may be linked. */
interface SharedEquipment {
  readonly equipment: EquipmentRead['equipment'];
  readonly sink: Sink;
  /** It has a valid container number and no error of its own. */
  readonly usable: boolean;
}

interface Shared {
  readonly voyage: VoyageHeader;
  readonly header: readonly Segment[];
  readonly equipment: ReadonlyMap<string, SharedEquipment>;
}

function placeOf(
  ctx: MessageContext,
  s: Shared,
  places: readonly Segment[],
  q: string,
  sink: Sink,
): UnLocode | undefined {
  const loc = findSegment(places, 'LOC', q) ?? findSegment(s.header, 'LOC', q);
  return loc && readLocode(ctx, { seg: loc, element: 2 }, sink);
}

function readRoute(
  ctx: MessageContext,
  s: Shared,
  places: readonly Segment[],
  at: Segment,
  sink: Sink,
): Route | undefined {
  const pol = placeOf(ctx, s, places, PLACE.loading, sink);
  const pod = placeOf(ctx, s, places, PLACE.discharge, sink);
  const receipt = placeOf(ctx, s, places, PLACE.receipt, sink);
  const delivery = placeOf(ctx, s, places, PLACE.delivery, sink);
  const transshipmentPorts: UnLocode[] = [];
  for (const loc of filterSegments(places, 'LOC', PLACE.transshipment)) {
    const port = readLocode(ctx, { seg: loc, element: 2 }, sink);
    if (port !== undefined) transshipmentPorts.push(port);
  }
  if (pol === undefined || pod === undefined) {
    sink.push(
      segmentDiagnostic(
        ctx,
        at,
        {},
        'cuscar.route-incomplete',
        'Consignment has no valid port of loading (LOC+9) or port of discharge (LOC+11).',
      ),
    );
    return undefined;
  }
  const route: { -readonly [K in keyof Route]: Route[K] } = {
    portOfLoading: pol,
    transshipmentPorts,
    portOfDischarge: pod,
  };
  if (receipt) route.placeOfReceipt = receipt;
  if (delivery) route.placeOfDelivery = delivery;
  return route;
}

function billRef(segs: readonly Segment[], q: string): string | undefined {
  const rff = findSegment(segs, 'RFF', q);
  return rff && valueAt(rff, 1, 2);
}

function readBills(ctx: MessageContext, segs: readonly Segment[], at: Segment, sink: Sink) {
  const master = billRef(segs, 'BM');
  const house = billRef(segs, 'BH');
  const booking = billRef(segs, 'BN');
  // Some senders carry the transport document number in CNI C503 instead of RFF+BM.
  const billNumber = house ?? master ?? valueAt(at, 2);
  if (billNumber === undefined)
    sink.push(
      segmentDiagnostic(
        ctx,
        at,
        {},
        'cuscar.bill-missing',
        'Consignment has no bill of lading number (RFF+BM, RFF+BH or CNI C503).',
      ),
    );
  const bills: Draft = {
    billNumber: billNumber ?? '',
    billKind: house === undefined ? 'master' : 'house',
  };
  if (house !== undefined && master !== undefined) bills.masterBillNumber = master;
  if (booking !== undefined) bills.bookingReference = booking;
  return bills;
}

function addCommercial(ctx: MessageContext, segs: readonly Segment[], sink: Sink, c: Draft) {
  const moa = findSegment(segs, 'MOA');
  const amount = moa && readNumber(ctx, { seg: moa, element: 1, component: 2 }, sink);
  const currency = moa && valueAt(moa, 1, 3);
  const cpiSeg = findSegment(segs, 'CPI');
  const cpi = cpiSeg && valueAt(cpiSeg, 3);
  if (amount !== undefined && currency !== undefined) c.declaredValue = { amount, currency };
  if (cpi === 'P' || cpi === 'C') c.freightPrepaid = cpi === 'P';
}

function addVoyage(
  ctx: MessageContext,
  s: Shared,
  segs: readonly Segment[],
  sink: Sink,
  c: Draft,
): void {
  const tdt = findSegment(segs, 'TDT');
  const t = tdt ? readTransport(ctx, tdt, sink) : s.voyage.transport;
  if (t?.vesselImo) c.vesselImo = t.vesselImo;
  if (t?.voyageNumber) c.voyageNumber = t.voyageNumber;
}

function linkEquipment(
  ctx: MessageContext,
  s: Shared,
  goods: readonly GoodsItemRead[],
  cni: Segment,
  sink: Sink,
) {
  const out: NonNullable<EquipmentRead['equipment']>[] = [];
  const seen = new Set<string>();
  for (const g of goods) {
    for (const raw of g.containerRaws) {
      if (seen.has(raw)) continue;
      seen.add(raw);
      const e = s.equipment.get(raw);
      if (e === undefined)
        sink.push(
          segmentDiagnostic(
            ctx,
            cni,
            {},
            'cuscar.equipment-undeclared',
            `Container ${raw} is named in a goods item (SGP) but has no EQD segment.`,
            'warning',
          ),
        );
      else if (e.usable && e.equipment !== undefined) out.push(e.equipment);
      else sink.push(...e.sink);
    }
  }
  return out;
}

/** A consignment's segments: its own (CNI to the first NAD or GID), party and goods groups. */
function consignmentParts(group: readonly Segment[]) {
  const parties: Segment[][] = [];
  const goods: Segment[][] = [];
  let headEnd = group.length;
  let open = -1;
  let openList: Segment[][] = parties;
  for (let i = 0; i < group.length; i++) {
    const tag = (group[i] as Segment).tag;
    if (tag !== 'NAD' && tag !== 'GID') continue;
    if (open >= 0) openList.push(group.slice(open, i));
    else headEnd = i;
    open = i;
    openList = tag === 'NAD' ? parties : goods;
  }
  if (open >= 0) openList.push(group.slice(open));
  return { head: group.slice(0, headEnd), parties, goods };
}

function readConsignment(
  ctx: MessageContext,
  s: Shared,
  group: readonly Segment[],
  sink: Sink,
): Consignment | undefined {
  const cni = group[0] as Segment;
  const parts = consignmentParts(group);
  const parties: Party[] = [];
  for (const g of parts.parties) {
    const party = readParty(ctx, g, sink);
    if (party) parties.push(party);
  }
  const goodsRead = parts.goods.map((g, i) => readGoodsItem(ctx, g, i + 1, sink));
  const carrierNad = findSegment(group, 'NAD', 'CA');
  const carrier =
    carrierNad && valueAt(carrierNad, 2, 3) === '182'
      ? readScac(ctx, { seg: carrierNad, element: 2 }, sink)
      : undefined;
  const c = readBills(ctx, parts.head, cni, sink);
  const route = readRoute(ctx, s, parts.head, cni, sink);
  const equipment = linkEquipment(ctx, s, goodsRead, cni, sink);
  if (route === undefined) return undefined;
  if (carrier) c.carrier = carrier;
  addVoyage(ctx, s, parts.head, sink, c);
  c.route = route;
  c.parties = parties;
  c.goods = goodsRead.map((g) => g.item);
  c.equipment = equipment;
  addCommercial(ctx, parts.head, sink, c);
  return c as Consignment;
}

function readSharedEquipment(ctx: MessageContext, head: readonly Segment[]) {
  const map = new Map<string, SharedEquipment>();
  for (const group of splitGroups(head, byTag('EQD'), byTag('CNT')).groups) {
    const sink: Sink = [];
    const read = readEquipment(ctx, group, sink);
    if (read === undefined || map.has(read.raw)) continue;
    const usable = read.equipment !== undefined && (sink.length === 0 || !hasErrors(sink));
    map.set(read.raw, { equipment: read.equipment, sink, usable });
  }
  return map;
}

export function mapCuscar(ctx: MessageContext): MessageBody {
  const sink: Sink = [];
  const split = splitGroups(ctx.message.segments, byTag('CNI'), byTag('UNT', 'AUT'));
  const header = splitGroups(split.head, byTag('EQD')).head;
  const voyage = readVoyageHeader(ctx, header, [PLACE.discharge, '60'], sink);
  const shared: Shared = { voyage, header, equipment: readSharedEquipment(ctx, split.head) };
  const outcome = emptyOutcome<Consignment>();
  for (const group of split.groups) {
    const own: Sink = [];
    const value = readConsignment(ctx, shared, group, own);
    const key = value?.billNumber || `CNI ${valueAt(group[0] as Segment, 1) ?? '?'}`;
    settle(outcome, { kind: 'consignment', key, range: rangeOf(group), value, diagnostics: own });
  }
  return {
    ...(voyage.transport ? { transport: voyage.transport } : {}),
    records: {
      consignments: outcome.records,
      vessels: voyage.vessel ? [voyage.vessel] : [],
      portCalls: voyage.portCall ? [voyage.portCall] : [],
    },
    rejected: outcome.rejected,
    diagnostics: [...sink, ...outcome.diagnostics],
  };
}
