/**
 * BAPLIE writer: a stowage plan of the equipment aboard, in the group order the message
 * prescribes — LOC+147 cell, MEA weights, TMP, LOC+9/11 ports, EQD, then DGS — after the voyage
 * header (TDT+20, LOC+5 port call with its times). Seals have no place in BAPLIE and are not written.
 */
import type { Equipment, FilingFunction, PortCall, Vessel } from '../../../../core/cargo/index.ts';
import { eqdSegment, locSegment, weightSegment } from '../common/equipment-segments.ts';
import { bgmSegment, writeMessages, type WriterBase } from '../common/interchange-output.ts';
import { PLACE } from '../common/location-reader.ts';
import { formatNumber, seg, type SegmentSpec } from '../common/segment-spec.ts';
import { portCallSegments, tdtSegment } from '../common/voyage-segments.ts';

export interface BaplieInput extends WriterBase {
  readonly documentNumber?: string;
  readonly function?: FilingFunction;
  readonly vessel: Vessel;
  readonly portCall: PortCall;
  readonly equipment: readonly Equipment[];
  readonly reference?: string;
}

function unitSegments(e: Equipment): SegmentSpec[] {
  const t = e.reefer?.temperatureC;
  return [
    seg('LOC', PLACE.stowageCell, e.stowagePosition),
    ...weightSegment('G', e.grossWeightKg),
    ...weightSegment('T', e.tareWeightKg),
    ...weightSegment('VGM', e.vgmKg),
    ...(e.reefer ? [seg('TMP', '2', t === undefined ? undefined : [formatNumber(t), 'CEL'])] : []),
    ...locSegment(PLACE.loading, e.portOfLoading),
    ...locSegment(PLACE.discharge, e.portOfDischarge),
    eqdSegment(e.containerNumber, e.isoSizeType, e.fullEmpty),
    ...(e.dangerousGoods ?? []).map((d) => seg('DGS', 'IMD', d.imdgClass, d.unNumber)),
  ];
}

export function buildBaplieBody(input: BaplieInput): SegmentSpec[] {
  const v = input.vessel;
  return [
    bgmSegment('', input.documentNumber ?? input.portCall.voyageNumber, input.function),
    tdtSegment({
      mode: 'VESSEL',
      voyageNumber: input.portCall.voyageNumber,
      vesselImo: v.imo,
      vesselName: v.name,
      ...(v.flag ? { flag: v.flag } : {}),
    }),
    ...portCallSegments(input.portCall, PLACE.departure),
    ...input.equipment.flatMap(unitSegments),
  ];
}

export function writeBaplie(input: BaplieInput): string {
  return writeMessages('BAPLIE', input, [
    { reference: input.reference ?? '1', body: buildBaplieBody(input) },
  ]);
}
