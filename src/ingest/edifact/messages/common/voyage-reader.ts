/**
 * The voyage part of a message header: the main means of transport (TDT, stage 20 preferred), the
 * vessel when its IMO number and name are known, the port call at the given place with its
 * estimated and actual times (DTM 132 ETA, 133 ETD, 178 ATA, 186 ATD), and the call as far as the
 * header names it, each field with its segment and element (for a cancellation's checks).
 */
import type { NamedCall, PortCall, Vessel } from '../../../../core/cargo/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readDtm, type Sink } from './field-readers.ts';
import { findPlace } from './location-reader.ts';
import type { MeansOfTransport } from './means-of-transport.ts';
import { positionOf, type MessageContext } from './message-context.ts';
import { filterSegments, findSegment, valueAt } from './segment-access.ts';
import { readTransport } from './transport-reader.ts';

export interface VoyageHeader {
  readonly transport?: MeansOfTransport;
  readonly vessel?: Vessel;
  readonly portCall?: PortCall;
  /** Absent when the header names no vessel IMO, voyage or port. */
  readonly named?: NamedCall;
}

const TIME_FIELDS: Readonly<Record<string, 'eta' | 'etd' | 'ata' | 'atd'>> = {
  '132': 'eta',
  '133': 'etd',
  '178': 'ata',
  '186': 'atd',
};

function readTimes(ctx: MessageContext, segs: readonly Segment[], sink: Sink): Partial<PortCall> {
  const times: Partial<Record<'eta' | 'etd' | 'ata' | 'atd', string>> = {};
  for (const dtm of filterSegments(segs, 'DTM')) {
    const field = TIME_FIELDS[valueAt(dtm, 1) ?? ''];
    const at = field === undefined ? undefined : readDtm(ctx, dtm, sink);
    if (field !== undefined && at !== undefined) times[field] = at;
  }
  return times;
}

function vesselOf(t: MeansOfTransport): Vessel | undefined {
  if (t.vesselImo === undefined || t.vesselName === undefined) return undefined;
  return {
    imo: t.vesselImo,
    name: t.vesselName,
    ...(t.callSign === undefined ? {} : { callSign: t.callSign }),
    ...(t.flag === undefined ? {} : { flag: t.flag }),
  };
}

export function readVoyageHeader(
  ctx: MessageContext,
  segs: readonly Segment[],
  portQualifiers: readonly string[],
  sink: Sink,
): VoyageHeader {
  const tdt = findSegment(segs, 'TDT', '20') ?? findSegment(segs, 'TDT');
  if (!tdt) return {};
  const transport = readTransport(ctx, tdt, sink);
  const vessel = vesselOf(transport);
  const place = findPlace(ctx, segs, portQualifiers, sink);
  const named = namedCall(ctx, tdt, transport, place);
  const { vesselImo, voyageNumber } = transport;
  const known = { ...(vessel === undefined ? {} : { vessel }), ...(named ? { named } : {}) };
  if (vesselImo === undefined || voyageNumber === undefined || place?.locode === undefined)
    return { transport, ...known };
  const portCall: PortCall = {
    vesselImo,
    voyageNumber,
    port: place.locode,
    ...(place.facility === undefined ? {} : { terminal: place.facility }),
    ...readTimes(ctx, segs, sink),
  };
  return { transport, portCall, ...known };
}

/** The IMO in TDT C222, the voyage in TDT 8028, the port in LOC C517: those the header gives. */
function namedCall(
  ctx: MessageContext,
  tdt: Segment,
  t: MeansOfTransport,
  place: ReturnType<typeof findPlace>,
): NamedCall | undefined {
  const port = place?.locode;
  if (t.vesselImo === undefined && t.voyageNumber === undefined && port === undefined) return;
  const sources: { -readonly [K in keyof NamedCall['sources']]: NamedCall['sources'][K] } = {};
  if (t.vesselImo !== undefined)
    sources.vesselImo = { at: positionOf(ctx, tdt, 8, 1), label: 'TDT C222' };
  if (t.voyageNumber !== undefined)
    sources.voyageNumber = { at: positionOf(ctx, tdt, 2), label: 'TDT 8028' };
  if (place && port !== undefined)
    sources.port = { at: positionOf(ctx, place.loc, 2, 1), label: 'LOC C517' };
  return {
    ...(t.vesselImo === undefined ? {} : { vesselImo: t.vesselImo }),
    ...(t.voyageNumber === undefined ? {} : { voyageNumber: t.voyageNumber }),
    ...(port === undefined ? {} : { port }),
    sources,
  };
}
