/**
 * Writing container events as equipment messages (COARRI, CODECO, COPRAR): events are grouped
 * into one message per event type, place and transport call; each message gets BGM, the voyage
 * (TDT+20), the place (LOC with terminal), one EQD group per container (bills, time, gate
 * transport, seals) and the CNT+16 control total.
 */
import type {
  ContainerEvent,
  EquipmentEventType,
  FilingFunction,
} from '../../../../core/cargo/index.ts';
import { eqdSegment, locSegment, sealSegments } from './equipment-segments.ts';
import { bgmSegment, type OutgoingMessage } from './interchange-output.ts';
import { transportModeCode } from './means-of-transport.ts';
import { seg, type SegmentSpec } from './segment-spec.ts';
import { dtmSegment, tdtSegment } from './voyage-segments.ts';

export interface EventMessageSpec<T extends EquipmentEventType> {
  readonly documentCode: (t: T) => string;
  readonly placeQualifier: (t: T) => string;
  readonly timeQualifier: (t: T) => string;
  /** Equipment status (8249): import, export… */
  readonly status: (t: T) => string | undefined;
  readonly transportFrom: 'vessel' | 'group';
  /** TDT stage (8051) of the gate transport: pre-carriage or on-carriage. */
  readonly groupStage?: (t: T) => string;
}

export interface EventDocument {
  /** BGM document number; the envelope's control reference when absent. */
  readonly documentNumber?: string;
  readonly function?: FilingFunction;
}

export type TypedEvent<T extends EquipmentEventType> = ContainerEvent & { readonly eventType: T };

/** Events sharing this key go into one message. */
export function eventGroupKey(e: ContainerEvent, byVessel: boolean): string {
  const t = byVessel ? e.transportCall : undefined;
  return [e.eventType, e.location, e.facility, t?.mode, t?.vesselImo, t?.voyageNumber].join('|');
}

/** Equipment units per message at most, as terminals split large reports. */
export const MAX_EVENTS_PER_MESSAGE = 1000;

function groupEvents<E extends ContainerEvent>(events: readonly E[], byVessel: boolean): E[][] {
  const groups = new Map<string, E[]>();
  for (const e of events) {
    const key = eventGroupKey(e, byVessel);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.values()].flatMap((g) => {
    const chunks: E[][] = [];
    for (let i = 0; i < g.length; i += MAX_EVENTS_PER_MESSAGE)
      chunks.push(g.slice(i, i + MAX_EVENTS_PER_MESSAGE));
    return chunks;
  });
}

function eventSegments<T extends EquipmentEventType>(
  e: TypedEvent<T>,
  spec: EventMessageSpec<T>,
): SegmentSpec[] {
  const t = e.transportCall;
  const gate = spec.transportFrom === 'group' && t !== undefined && spec.groupStage;
  return [
    eqdSegment(e.containerNumber, undefined, e.fullEmpty, spec.status(e.eventType)),
    ...(e.billNumbers ?? []).map((b) => seg('RFF', ['BM', b])),
    ...dtmSegment(spec.timeQualifier(e.eventType), e.eventAt),
    ...(gate ? [seg('TDT', gate(e.eventType), t.voyageNumber, transportModeCode(t.mode))] : []),
    ...sealSegments(e.seals ?? []),
  ];
}

function headerSegments<T extends EquipmentEventType>(
  first: TypedEvent<T>,
  spec: EventMessageSpec<T>,
  doc: EventDocument,
  n: string,
): SegmentSpec[] {
  const t = first.transportCall;
  const vessel = spec.transportFrom === 'vessel' && t !== undefined;
  return [
    bgmSegment(spec.documentCode(first.eventType), n, doc.function),
    ...(vessel
      ? [
          tdtSegment({
            mode: t.mode,
            ...(t.voyageNumber ? { voyageNumber: t.voyageNumber } : {}),
            ...(t.vesselImo ? { vesselImo: t.vesselImo } : {}),
          }),
        ]
      : []),
    ...locSegment(spec.placeQualifier(first.eventType), first.location, first.facility),
  ];
}

export function buildEventMessages<T extends EquipmentEventType>(
  events: readonly TypedEvent<T>[],
  spec: EventMessageSpec<T>,
  doc: EventDocument & { readonly envelope: { readonly controlReference: string } },
): OutgoingMessage[] {
  const base = doc.documentNumber ?? doc.envelope.controlReference;
  const groups = groupEvents(events, spec.transportFrom === 'vessel');
  return groups.map((group, i) => {
    const first = group[0] as TypedEvent<T>;
    const number = groups.length === 1 ? base : `${base}-${i + 1}`;
    const body = [
      ...headerSegments(first, spec, doc, number),
      ...group.flatMap((e) => eventSegments(e, spec)),
      seg('CNT', ['16', String(group.length)]),
    ];
    return { reference: String(i + 1), body };
  });
}
