/**
 * One CUSCAR consignment from its CNI group, read in place from the message's segment table:
 * bill numbers (RFF+BM master, RFF+BH house, RFF+BN booking), route (LOC 88, 9, 13, 11, 7, the
 * header's LOC+9/11 as fallback), parties (NAD groups), goods items (GID groups) linked to the
 * header's equipment by SGP, its own TDT when it travels on another voyage, MOA+44 and CPI.
 */
import type {
  Consignment,
  Equipment,
  GoodsItem,
  Party,
  Route,
} from '../../../../core/cargo/index.ts';
import type { UnLocode } from '../../../../core/identifiers/index.ts';
import type { SegmentTable } from '../../syntax/segment-table.ts';
import type { Sink } from '../common/field-readers.ts';
import { readGoodsItem, type NamedContainers } from '../common/goods-item-reader.ts';
import { PLACE } from '../common/location-reader.ts';
import { diagnosticIn, type MessageContext } from '../common/message-context.ts';
import { readParty, SCAC_AGENCY } from '../common/party-reader.ts';
import { readLocodeIn, readNumberIn, readScacIn } from '../common/table-field-readers.ts';
import { readTransport } from '../common/transport-reader.ts';
import type { CuscarShared } from './cuscar-shared.ts';

/** A consignment as it is assembled, its keys in the order they are stored. */
type Draft = { -readonly [K in keyof Consignment]?: Consignment[K] } & {
  billNumber: string;
  billKind: Consignment['billKind'];
};

/**
 * The first segment of each kind the consignment's own head [from, headEnd) is read for (-1 when
 * absent), found in one pass: bills (RFF+BM, BH, BN), route places (LOC 9, 11, 88, 7), TDT, MOA
 * and CPI, and how many transshipment places (LOC+13) it names.
 */
interface Head {
  master: number;
  house: number;
  booking: number;
  pol: number;
  pod: number;
  receipt: number;
  delivery: number;
  transshipments: number;
  tdt: number;
  moa: number;
  cpi: number;
}

/** The consignment group [from, to), where its own segments end (the first NAD or GID), its head. */
interface Group {
  readonly t: SegmentTable;
  readonly from: number;
  readonly to: number;
  readonly headEnd: number;
  readonly head: Head;
}

const BILL_QUALIFIERS = ['BM', 'BH', 'BN'];
/** Route places in `Head` order, transshipment last. */
const ROUTE_PLACES = [
  PLACE.loading,
  PLACE.discharge,
  PLACE.receipt,
  PLACE.delivery,
  PLACE.transshipment,
];

function readHead(t: SegmentTable, from: number, headEnd: number): Head {
  const h: Head = {
    master: -1,
    house: -1,
    booking: -1,
    pol: -1,
    pod: -1,
    receipt: -1,
    delivery: -1,
    transshipments: 0,
    tdt: -1,
    moa: -1,
    cpi: -1,
  };
  for (let i = from; i < headEnd; i++) {
    const tag = t.tag(i);
    if (tag === 'LOC') addPlace(h, t.oneOf(i, 1, 1, ROUTE_PLACES), i);
    else if (tag === 'RFF') addBill(h, t.oneOf(i, 1, 1, BILL_QUALIFIERS), i);
    else if (tag === 'TDT' && h.tdt < 0) h.tdt = i;
    else if (tag === 'MOA' && h.moa < 0) h.moa = i;
    else if (tag === 'CPI' && h.cpi < 0) h.cpi = i;
  }
  return h;
}

function addPlace(h: Head, k: number, i: number): void {
  if (k === 0 && h.pol < 0) h.pol = i;
  else if (k === 1 && h.pod < 0) h.pod = i;
  else if (k === 2 && h.receipt < 0) h.receipt = i;
  else if (k === 3 && h.delivery < 0) h.delivery = i;
  else if (k === 4) h.transshipments++;
}

function addBill(h: Head, k: number, i: number): void {
  if (k === 0 && h.master < 0) h.master = i;
  else if (k === 1 && h.house < 0) h.house = i;
  else if (k === 2 && h.booking < 0) h.booking = i;
}

/** The place at LOC segment `own` of the group, else at the header's `header`. */
function placeOf(ctx: MessageContext, g: Group, own: number, header: number, sink: Sink) {
  const loc = own >= 0 ? own : header;
  return loc < 0 ? undefined : readLocodeIn(ctx, g.t, loc, 2, sink);
}

function readRoute(ctx: MessageContext, s: CuscarShared, g: Group, sink: Sink): Route | undefined {
  const { head, t } = g;
  const places = s.headerPlaces;
  const pol = placeOf(ctx, g, head.pol, places.pol, sink);
  const pod = placeOf(ctx, g, head.pod, places.pod, sink);
  const receipt = placeOf(ctx, g, head.receipt, places.receipt, sink);
  const delivery = placeOf(ctx, g, head.delivery, places.delivery, sink);
  const count = head.transshipments;
  const transshipmentPorts = new Array<UnLocode>(count);
  let n = 0;
  for (let i = g.from; n < count && i < g.headEnd; i++) {
    if (t.tag(i) !== 'LOC' || !t.valueIs(i, 1, 1, PLACE.transshipment)) continue;
    const port = readLocodeIn(ctx, t, i, 2, sink);
    if (port !== undefined) transshipmentPorts[n++] = port;
  }
  if (n < count) transshipmentPorts.length = n;
  if (pol === undefined || pod === undefined) {
    sink.push(
      diagnosticIn(
        ctx,
        t,
        g.from,
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

function billRef(g: Group, rff: number): string | undefined {
  return rff < 0 ? undefined : g.t.value(rff, 1, 2);
}

function readBills(ctx: MessageContext, g: Group, sink: Sink): Draft {
  const master = billRef(g, g.head.master);
  const house = billRef(g, g.head.house);
  const booking = billRef(g, g.head.booking);
  // Some senders carry the transport document number in CNI C503 instead of RFF+BM.
  const billNumber = house ?? master ?? g.t.value(g.from, 2);
  if (billNumber === undefined)
    sink.push(
      diagnosticIn(
        ctx,
        g.t,
        g.from,
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

function addCommercial(ctx: MessageContext, g: Group, sink: Sink, c: Draft): void {
  const { t } = g;
  const { moa, cpi } = g.head;
  const amount = moa < 0 ? undefined : readNumberIn(ctx, t, moa, 1, 2, sink);
  const currency = moa < 0 ? undefined : ctx.recent.text.read(t, moa, 1, 3);
  if (amount !== undefined && currency !== undefined) c.declaredValue = { amount, currency };
  if (cpi >= 0 && (t.valueIs(cpi, 3, 1, 'P') || t.valueIs(cpi, 3, 1, 'C')))
    c.freightPrepaid = t.valueIs(cpi, 3, 1, 'P');
}

function addVoyage(ctx: MessageContext, s: CuscarShared, g: Group, sink: Sink, c: Draft): void {
  const tdt = g.head.tdt;
  const t = tdt >= 0 ? readTransport(ctx, g.t.segment(tdt), sink) : s.voyage.transport;
  if (t?.vesselImo) c.vesselImo = t.vesselImo;
  if (t?.voyageNumber) c.voyageNumber = t.voyageNumber;
}

/** Whether the k-th container named in the goods items was named before. */
function namedBefore(named: NamedContainers, k: number): boolean {
  const raw = named.list[k];
  for (let j = 0; j < k; j++) if (named.list[j] === raw) return true;
  return false;
}

function linkEquipment(ctx: MessageContext, s: CuscarShared, g: Group, sink: Sink): Equipment[] {
  const named = s.named;
  const out = new Array<Equipment>(named.count);
  let n = 0;
  for (let k = 0; k < named.count; k++) {
    if (namedBefore(named, k)) continue;
    const raw = named.list[k] as string;
    const e = s.equipment.get(raw);
    if (e === undefined)
      sink.push(
        diagnosticIn(
          ctx,
          g.t,
          g.from,
          {},
          'cuscar.equipment-undeclared',
          `Container ${raw} is named in a goods item (SGP) but has no EQD segment.`,
          'warning',
          { container: raw },
        ),
      );
    else if (e.usable && e.equipment !== undefined) out[n++] = e.equipment;
    else sink.push(...e.sink);
  }
  if (n < named.count) out.length = n;
  return out;
}

/** Where each part of the group starts: each NAD or GID opens one that runs to the next. */
function partStarts(g: Group): number[] {
  const { t } = g;
  let n = 0;
  for (let i = g.headEnd; i < g.to; i++) if (t.tag(i) === 'NAD' || t.tag(i) === 'GID') n++;
  const starts = new Array<number>(n);
  for (let i = g.headEnd, k = 0; i < g.to; i++)
    if (t.tag(i) === 'NAD' || t.tag(i) === 'GID') starts[k++] = i;
  return starts;
}

/**
 * Parties first, then goods items (the order their diagnostics come in); the containers the
 * goods items name go into the message's `named` list, emptied first.
 */
function readParts(ctx: MessageContext, s: CuscarShared, g: Group, sink: Sink) {
  const { t } = g;
  const starts = partStarts(g);
  let nads = 0;
  for (const from of starts) if (t.tag(from) === 'NAD') nads++;
  // Arrays made at their size (a pushed-to `[]` reserves room for 17).
  const parties = new Array<Party>(nads);
  const goods = new Array<GoodsItem>(starts.length - nads);
  let p = 0;
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] as number;
    if (t.tag(from) !== 'NAD') continue;
    const party = readParty(ctx, t, from, starts[k + 1] ?? g.to, sink);
    if (party) parties[p++] = party;
  }
  if (p < nads) parties.length = p;
  for (let k = 0, n = 0; k < starts.length; k++) {
    const from = starts[k] as number;
    if (t.tag(from) !== 'GID') continue;
    const range = { from, to: starts[k + 1] ?? g.to, position: n + 1 };
    goods[n] = readGoodsItem(ctx, t, range, s.named, sink);
    n++;
  }
  return { parties, goods };
}

/** The carrier's SCAC: the first NAD+CA of the group, when its C082 is under agency 182. */
function readCarrier(ctx: MessageContext, g: Group, sink: Sink) {
  const { t } = g;
  let nad = g.from;
  while (nad < g.to && (t.tag(nad) !== 'NAD' || !t.valueIs(nad, 1, 1, 'CA'))) nad++;
  if (nad >= g.to || !t.valueIs(nad, 2, 3, SCAC_AGENCY)) return undefined;
  return readScacIn(ctx, t, nad, 2, sink);
}

/** The consignment of the CNI group [from, to) of the message's table. */
export function readConsignment(
  ctx: MessageContext,
  s: CuscarShared,
  from: number,
  to: number,
  sink: Sink,
): Consignment | undefined {
  const t = ctx.table;
  let headEnd = from + 1;
  while (headEnd < to && t.tag(headEnd) !== 'NAD' && t.tag(headEnd) !== 'GID') headEnd++;
  const g: Group = { t, from, to, headEnd, head: readHead(t, from, headEnd) };
  s.named.count = 0;
  const { parties, goods } = readParts(ctx, s, g, sink);
  const carrier = readCarrier(ctx, g, sink);
  const c = readBills(ctx, g, sink);
  const route = readRoute(ctx, s, g, sink);
  const equipment = linkEquipment(ctx, s, g, sink);
  if (route === undefined) return undefined;
  if (carrier) c.carrier = carrier;
  addVoyage(ctx, s, g, sink, c);
  c.route = route;
  c.parties = parties;
  c.goods = goods;
  c.equipment = equipment;
  addCommercial(ctx, g, sink, c);
  return c as Consignment;
}
