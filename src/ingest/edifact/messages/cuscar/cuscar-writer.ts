/**
 * CUSCAR writer: a cargo report of consignments on one voyage, as the mapper reads it back —
 * header voyage (TDT+20, LOC+11 port call, DTM), equipment once per unit (EQD groups), then one
 * CNI group per consignment (bills, value, route, freight terms, own voyage when it differs,
 * parties, goods items with SGP links to their containers).
 */
import type {
  Consignment,
  Equipment,
  FilingFunction,
  GoodsItem,
  PortCall,
  Vessel,
} from '../../../../core/cargo/index.ts';
import { equipmentSegments, locSegment } from '../common/equipment-segments.ts';
import { bgmSegment, writeMessages, type WriterBase } from '../common/interchange-output.ts';
import { PLACE } from '../common/location-reader.ts';
import type { MeansOfTransport } from '../common/means-of-transport.ts';
import { partySegments } from '../common/party-segments.ts';
import { chunks, formatNumber, seg, type SegmentSpec } from '../common/segment-spec.ts';
import { portCallSegments, tdtSegment } from '../common/voyage-segments.ts';

export interface CuscarInput extends WriterBase {
  readonly documentNumber: string;
  readonly function?: FilingFunction;
  readonly vessel?: Vessel;
  readonly portCall?: PortCall;
  /** Voyage when no port call is given. */
  readonly voyageNumber?: string;
  readonly consignments: readonly Consignment[];
  readonly reference?: string;
  /** Consignments per message (a large manifest goes as several messages); all in one by default. */
  readonly consignmentsPerMessage?: number;
}

/** CUSCAR BGM document code: cargo declaration (arrival). */
export const CUSCAR_DOCUMENT_CODE = '85';

function headerTransport(input: CuscarInput): Omit<MeansOfTransport, 'stage'> | undefined {
  const voyageNumber = input.portCall?.voyageNumber ?? input.voyageNumber;
  const imo = input.vessel?.imo ?? input.portCall?.vesselImo;
  if (voyageNumber === undefined && imo === undefined) return undefined;
  const v = input.vessel;
  return {
    mode: 'VESSEL',
    ...(voyageNumber === undefined ? {} : { voyageNumber }),
    ...(imo === undefined ? {} : { vesselImo: imo }),
    ...(v === undefined ? {} : { vesselName: v.name }),
    ...(v?.flag === undefined ? {} : { flag: v.flag }),
  };
}

function uniqueEquipment(consignments: readonly Consignment[]): Equipment[] {
  const seen = new Map<string, Equipment>();
  for (const e of consignments.flatMap((c) => c.equipment))
    if (!seen.has(e.containerNumber)) seen.set(e.containerNumber, e);
  return [...seen.values()];
}

function goodsSegments(g: GoodsItem): SegmentSpec[] {
  return [
    seg('GID', String(g.sequence), [String(g.packages.count), g.packages.kind]),
    ...(g.description === ''
      ? []
      : [seg('FTX', 'AAA', undefined, undefined, chunks(g.description, 512, 5))]),
    ...(g.grossWeightKg === undefined
      ? []
      : [seg('MEA', 'WT', 'G', ['KGM', formatNumber(g.grossWeightKg)])]),
    ...(g.netWeightKg === undefined
      ? []
      : [seg('MEA', 'WT', 'N', ['KGM', formatNumber(g.netWeightKg)])]),
    ...(g.volumeM3 === undefined
      ? []
      : [seg('MEA', 'VOL', 'AAW', ['MTQ', formatNumber(g.volumeM3)])]),
    ...g.containerNumbers.map((n) => seg('SGP', n)),
    ...(g.marks === undefined ? [] : [seg('PCI', '28', chunks(g.marks, 35, 10))]),
    ...(g.hsCode === undefined ? [] : [seg('CST', undefined, [g.hsCode, 'HS'])]),
  ];
}

function referenceSegments(c: Consignment): SegmentSpec[] {
  const master = c.billKind === 'master' ? c.billNumber : c.masterBillNumber;
  return [
    ...(master === undefined ? [] : [seg('RFF', ['BM', master])]),
    ...(c.billKind === 'house' ? [seg('RFF', ['BH', c.billNumber])] : []),
    ...(c.bookingReference === undefined ? [] : [seg('RFF', ['BN', c.bookingReference])]),
    ...(c.declaredValue === undefined
      ? []
      : [seg('MOA', ['44', formatNumber(c.declaredValue.amount), c.declaredValue.currency])]),
  ];
}

function routeSegments(c: Consignment): SegmentSpec[] {
  const r = c.route;
  return [
    ...locSegment(PLACE.receipt, r.placeOfReceipt),
    ...locSegment(PLACE.loading, r.portOfLoading),
    ...r.transshipmentPorts.flatMap((p) => locSegment(PLACE.transshipment, p)),
    ...locSegment(PLACE.discharge, r.portOfDischarge),
    ...locSegment(PLACE.delivery, r.placeOfDelivery),
    ...(c.freightPrepaid === undefined
      ? []
      : [seg('CPI', '4', undefined, c.freightPrepaid ? 'P' : 'C')]),
  ];
}

function ownVoyage(
  c: Consignment,
  header: Omit<MeansOfTransport, 'stage'> | undefined,
): SegmentSpec[] {
  if (c.vesselImo === header?.vesselImo && c.voyageNumber === header?.voyageNumber) return [];
  return [
    tdtSegment({
      ...(c.vesselImo ? { vesselImo: c.vesselImo } : {}),
      ...(c.voyageNumber ? { voyageNumber: c.voyageNumber } : {}),
    }),
  ];
}

function consignmentSegments(
  c: Consignment,
  index: number,
  header: Omit<MeansOfTransport, 'stage'> | undefined,
): SegmentSpec[] {
  const carrierParty = c.parties.find((p) => p.role === 'carrier');
  const others = c.parties.filter((p) => p !== carrierParty);
  return [
    seg('CNI', String(index + 1)),
    ...referenceSegments(c),
    ...routeSegments(c),
    ...ownVoyage(c, header),
    ...(carrierParty || c.carrier ? partySegments(carrierParty, 'carrier', c.carrier) : []),
    ...others.flatMap((p) => partySegments(p, p.role)),
    ...c.goods.flatMap(goodsSegments),
  ];
}

export function buildCuscarBody(input: CuscarInput): SegmentSpec[] {
  const transport = headerTransport(input);
  return [
    bgmSegment(CUSCAR_DOCUMENT_CODE, input.documentNumber, input.function),
    ...(transport === undefined ? [] : [tdtSegment(transport)]),
    ...portCallSegments(input.portCall, PLACE.discharge),
    ...uniqueEquipment(input.consignments).flatMap((e) => equipmentSegments(e)),
    ...input.consignments.flatMap((c, i) => consignmentSegments(c, i, transport)),
  ];
}

/** The manifest as one message, or several when `consignmentsPerMessage` is set. */
export function writeCuscar(input: CuscarInput): string {
  const size = input.consignmentsPerMessage ?? Math.max(1, input.consignments.length);
  const messages = [];
  for (let i = 0; i === 0 || i < input.consignments.length; i += size) {
    const part = { ...input, consignments: input.consignments.slice(i, i + size) };
    const reference = `${input.reference ?? '1'}${i === 0 ? '' : `-${i / size + 1}`}`;
    messages.push({ reference, body: buildCuscarBody(part) });
  }
  return writeMessages('CUSCAR', input, messages);
}
