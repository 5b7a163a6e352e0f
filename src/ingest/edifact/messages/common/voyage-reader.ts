/**
 * The voyage part of a message header: the main means of transport (TDT, stage 20 preferred), the
 * vessel when its IMO number and name are known, and the port call at the given place with its
 * estimated and actual times (DTM 132 ETA, 133 ETD, 178 ATA, 186 ATD).
 */
import type { PortCall, Vessel } from '../../../../core/cargo/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readDtm, type Sink } from './field-readers.ts';
import { findPlace } from './location-reader.ts';
import type { MeansOfTransport } from './means-of-transport.ts';
import type { MessageContext } from './message-context.ts';
import { filterSegments, findSegment, valueAt } from './segment-access.ts';
import { readTransport } from './transport-reader.ts';

export interface VoyageHeader {
  readonly transport?: MeansOfTransport;
  readonly vessel?: Vessel;
  readonly portCall?: PortCall;
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
  const { vesselImo, voyageNumber } = transport;
  if (vesselImo === undefined || voyageNumber === undefined || place?.locode === undefined)
    return { transport, ...(vessel === undefined ? {} : { vessel }) };
  const portCall: PortCall = {
    vesselImo,
    voyageNumber,
    port: place.locode,
    ...(place.facility === undefined ? {} : { terminal: place.facility }),
    ...readTimes(ctx, segs, sink),
  };
  return { transport, portCall, ...(vessel === undefined ? {} : { vessel }) };
}
