/**
 * IFTSTA writer: container events as one status report, one CNI group per event with its status
 * code (STS), bills (RFF+BM), time (DTM+334), place (LOC+175), transport (TDT) and container
 * (EQD, SEL). The status code is chosen from the event type and the mode of transport.
 */
import type {
  FilingFunction,
  TransportEvent,
  TransportMode,
} from '../../../../core/cargo/index.ts';
import { eqdSegment, locSegment, sealSegments } from '../common/equipment-segments.ts';
import type { TypedEvent } from '../common/event-writer.ts';
import { bgmSegment, writeMessages, type WriterBase } from '../common/interchange-output.ts';
import { PLACE } from '../common/location-reader.ts';
import { transportModeCode } from '../common/means-of-transport.ts';
import { seg, type SegmentSpec } from '../common/segment-spec.ts';
import { dtmSegment, tdtSegment } from '../common/voyage-segments.ts';
import type { IFTSTA_STATUS_EVENTS } from './iftsta-mapper.ts';

export type IftstaEventType = (typeof IFTSTA_STATUS_EVENTS)[keyof typeof IFTSTA_STATUS_EVENTS];

export interface IftstaInput extends WriterBase {
  /** BGM document number; the envelope's control reference when absent. */
  readonly documentNumber?: string;
  readonly function?: FilingFunction;
  readonly events: readonly TypedEvent<IftstaEventType>[];
  /** Vessel arrivals and departures, written after the container statuses. */
  readonly transportEvents?: readonly TransportEvent[];
  readonly reference?: string;
}

export function statusCodeFor(type: IftstaEventType, mode: TransportMode | undefined): string {
  switch (type) {
    case 'LOAD':
      return mode === 'RAIL' ? 'AL' : mode === 'TRUCK' ? 'AM' : 'AE';
    case 'DISC':
      return mode === 'RAIL' ? 'UR' : 'UV';
    case 'GTIN':
      return 'I';
    case 'GTOT':
      return 'OA';
    case 'DROP':
      return 'RD';
    case 'PICK':
      return 'EE';
  }
}

function eventSegments(e: TypedEvent<IftstaEventType>, i: number): SegmentSpec[] {
  const t = e.transportCall;
  return [
    seg('CNI', String(i + 1)),
    seg('STS', '1', statusCodeFor(e.eventType, t?.mode)),
    ...(e.billNumbers ?? []).map((b) => seg('RFF', ['BM', b])),
    ...dtmSegment('334', e.eventAt),
    ...locSegment(PLACE.status, e.location, e.facility),
    ...(t === undefined ? [] : [seg('TDT', '1', t.voyageNumber, transportModeCode(t.mode))]),
    eqdSegment(e.containerNumber, undefined, e.fullEmpty),
    ...sealSegments(e.seals ?? []),
  ];
}

const VESSEL_STATUS_CODES = { ARRI: 'VA', DEPA: 'VD' } as const;

function vesselSegments(e: TransportEvent, cni: number): SegmentSpec[] {
  const voyage = e.voyageNumber === undefined ? {} : { voyageNumber: e.voyageNumber };
  return [
    seg('CNI', String(cni)),
    seg('STS', '1', VESSEL_STATUS_CODES[e.eventType]),
    ...dtmSegment('334', e.eventAt),
    ...locSegment(PLACE.status, e.location, e.facility),
    tdtSegment({ mode: 'VESSEL', vesselImo: e.vesselImo, ...voyage }),
  ];
}

export function buildIftstaBody(input: IftstaInput): SegmentSpec[] {
  return [
    bgmSegment('23', input.documentNumber ?? input.envelope.controlReference, input.function),
    ...input.events.flatMap(eventSegments),
    ...(input.transportEvents ?? []).flatMap((e, i) =>
      vesselSegments(e, input.events.length + i + 1),
    ),
  ];
}

export function writeIftsta(input: IftstaInput): string {
  return writeMessages('IFTSTA', input, [
    { reference: input.reference ?? '1', body: buildIftstaBody(input) },
  ]);
}
