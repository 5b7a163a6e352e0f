/**
 * CUSCAR (customs cargo report) → consignments, vessel and port call. The header carries the
 * voyage (TDT+20 with its LOC and DTM) and the equipment (EQD groups); each CNI group is one
 * consignment: bill numbers (RFF+BM master, RFF+BH house, RFF+BN booking), route (LOC 88, 9, 13,
 * 11, 7), parties (NAD groups), goods items (GID groups) linked to equipment by SGP.
 * A consignment with an invalid value — or stuffed in invalid equipment — is rejected on its own.
 */
import type { Consignment, GoodsItem, Route } from '../../../../core/cargo/index.ts';
import type { UnLocode } from '../../../../core/identifiers/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readEquipment, type EquipmentRead } from '../common/equipment-reader.ts';
import { readLocode, readNumber, readScac, type Sink } from '../common/field-readers.ts';
import { readGoodsItem } from '../common/goods-item-reader.ts';
import { PLACE } from '../common/location-reader.ts';
import type { MessageBody } from '../common/message-body.ts';
import { segmentDiagnostic, type MessageContext } from '../common/message-context.ts';
import { readParty } from '../common/party-reader.ts';
import { emptyOutcome, settle } from '../common/record-outcome.ts';
import { filterSegments, findSegment, valueAt } from '../common/segment-access.ts';
import { byTag, rangeOf, splitGroups } from '../common/segment-groups.ts';
import { readTransport } from '../common/transport-reader.ts';
import { readVoyageHeader, type VoyageHeader } from '../common/voyage-reader.ts';

interface Shared {
  readonly voyage: VoyageHeader;
  readonly header: readonly Segment[];
  readonly equipment: ReadonlyMap<string, EquipmentRead & { readonly sink: Sink }>;
}

function readRoute(
  ctx: MessageContext,
  s: Shared,
  places: readonly Segment[],
  at: Segment,
  sink: Sink,
): Route | undefined {
  const one = (q: string): UnLocode | undefined => {
    const loc = findSegment(places, 'LOC', q) ?? findSegment(s.header, 'LOC', q);
    return loc && readLocode(ctx, { seg: loc, element: 2 }, sink);
  };
  const pol = one(PLACE.loading);
  const pod = one(PLACE.discharge);
  const receipt = one(PLACE.receipt);
  const delivery = one(PLACE.delivery);
  const transshipmentPorts = filterSegments(places, 'LOC', PLACE.transshipment).flatMap(
    (loc) => readLocode(ctx, { seg: loc, element: 2 }, sink) ?? [],
  );
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
  return {
    portOfLoading: pol,
    transshipmentPorts,
    portOfDischarge: pod,
    ...(receipt ? { placeOfReceipt: receipt } : {}),
    ...(delivery ? { placeOfDelivery: delivery } : {}),
  };
}

function readBills(ctx: MessageContext, segs: readonly Segment[], at: Segment, sink: Sink) {
  const ref = (q: string) => {
    const rff = findSegment(segs, 'RFF', q);
    return rff && valueAt(rff, 1, 2);
  };
  const master = ref('BM');
  const house = ref('BH');
  const booking = ref('BN');
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
  return {
    billNumber: billNumber ?? '',
    billKind: house === undefined ? ('master' as const) : ('house' as const),
    ...(house !== undefined && master !== undefined ? { masterBillNumber: master } : {}),
    ...(booking === undefined ? {} : { bookingReference: booking }),
  };
}

function readCommercial(
  ctx: MessageContext,
  segs: readonly Segment[],
  sink: Sink,
): Partial<Consignment> {
  const moa = findSegment(segs, 'MOA');
  const amount = moa && readNumber(ctx, { seg: moa, element: 1, component: 2 }, sink);
  const currency = moa && valueAt(moa, 1, 3);
  const cpiSeg = findSegment(segs, 'CPI');
  const cpi = cpiSeg && valueAt(cpiSeg, 3);
  return {
    ...(amount !== undefined && currency !== undefined
      ? { declaredValue: { amount, currency } }
      : {}),
    ...(cpi === 'P' || cpi === 'C' ? { freightPrepaid: cpi === 'P' } : {}),
  };
}

function readVoyage(
  ctx: MessageContext,
  s: Shared,
  segs: readonly Segment[],
  sink: Sink,
): Partial<Consignment> {
  const tdt = findSegment(segs, 'TDT');
  const t = tdt ? readTransport(ctx, tdt, sink) : s.voyage.transport;
  return {
    ...(t?.vesselImo ? { vesselImo: t.vesselImo } : {}),
    ...(t?.voyageNumber ? { voyageNumber: t.voyageNumber } : {}),
  };
}

function linkEquipment(
  ctx: MessageContext,
  s: Shared,
  goods: readonly { containerRaws: readonly string[] }[],
  cni: Segment,
  sink: Sink,
) {
  const seen = new Set<string>();
  const out: NonNullable<EquipmentRead['equipment']>[] = [];
  for (const raw of goods.flatMap((g) => g.containerRaws)) {
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
    else if (e.equipment === undefined || e.sink.some((d) => d.severity === 'error'))
      sink.push(...e.sink);
    else out.push(e.equipment);
  }
  return out;
}

function readConsignment(
  ctx: MessageContext,
  s: Shared,
  group: readonly Segment[],
  sink: Sink,
): Consignment | undefined {
  const cni = group[0] as Segment;
  const parts = splitGroups(group, byTag('NAD', 'GID'));
  const parties = parts.groups
    .filter((g) => g[0]?.tag === 'NAD')
    .flatMap((g) => readParty(ctx, g, sink) ?? []);
  const goodsRead = parts.groups
    .filter((g) => g[0]?.tag === 'GID')
    .map((g, i) => readGoodsItem(ctx, g, i + 1, sink));
  const carrierNad = findSegment(group, 'NAD', 'CA');
  const carrier =
    carrierNad && valueAt(carrierNad, 2, 3) === '182'
      ? readScac(ctx, { seg: carrierNad, element: 2 }, sink)
      : undefined;
  const bills = readBills(ctx, parts.head, cni, sink);
  const route = readRoute(ctx, s, parts.head, cni, sink);
  const equipment = linkEquipment(ctx, s, goodsRead, cni, sink);
  if (route === undefined) return undefined;
  const goods: GoodsItem[] = goodsRead.map((g) => g.item);
  return {
    ...bills,
    ...(carrier ? { carrier } : {}),
    ...readVoyage(ctx, s, parts.head, sink),
    route,
    parties,
    goods,
    equipment,
    ...readCommercial(ctx, parts.head, sink),
  };
}

function readSharedEquipment(
  ctx: MessageContext,
  head: readonly Segment[],
): Map<string, EquipmentRead & { sink: Sink }> {
  const map = new Map<string, EquipmentRead & { sink: Sink }>();
  for (const group of splitGroups(head, byTag('EQD'), byTag('CNT')).groups) {
    const sink: Sink = [];
    const read = readEquipment(ctx, group, sink);
    if (read && !map.has(read.raw)) map.set(read.raw, { ...read, sink });
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
