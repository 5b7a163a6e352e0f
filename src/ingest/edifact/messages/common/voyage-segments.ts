/**
 * Writing the voyage header: TDT (stage 20 main carriage, voyage, maritime mode, carrier, vessel
 * IMO under code list 146 with name and flag, or the call sign under 103), the port LOC with its
 * terminal and the DTM times of the call.
 */
import type { IsoDateTime, PortCall } from '../../../../core/cargo/index.ts';
import type { MeansOfTransport } from './means-of-transport.ts';
import { transportModeCode } from './means-of-transport.ts';
import { formatEdifactDate } from './edifact-date.ts';
import { locSegment } from './equipment-segments.ts';
import { seg, type SegmentSpec } from './segment-spec.ts';

export function dtmSegment(qualifier: string, at: IsoDateTime | undefined): SegmentSpec[] {
  if (at === undefined) return [];
  const d = formatEdifactDate(at);
  return [seg('DTM', [qualifier, d.value, d.format])];
}

export function tdtSegment(t: Omit<MeansOfTransport, 'stage'>, stage = '20'): SegmentSpec {
  const id = t.vesselImo ?? t.callSign;
  const list = t.vesselImo !== undefined ? '146' : t.callSign !== undefined ? '103' : undefined;
  const vessel =
    id === undefined && t.vesselName === undefined
      ? undefined
      : [id, list, t.vesselImo ? '11' : undefined, t.vesselName, t.flag];
  const carrier = t.carrier === undefined ? undefined : [t.carrier, '172', '182'];
  const mode = t.mode === undefined ? undefined : transportModeCode(t.mode);
  return seg('TDT', stage, t.voyageNumber, mode, undefined, carrier, undefined, undefined, vessel);
}

export function portCallSegments(pc: PortCall | undefined, qualifier: string): SegmentSpec[] {
  if (pc === undefined) return [];
  return [
    ...locSegment(qualifier, pc.port, pc.terminal),
    ...dtmSegment('132', pc.eta),
    ...dtmSegment('133', pc.etd),
    ...dtmSegment('178', pc.ata),
    ...dtmSegment('186', pc.atd),
  ];
}
