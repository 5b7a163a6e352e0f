/** Container (equipment) and transport events in the DCSA Track & Trace vocabulary. */
import type { ContainerNumber } from '../identifiers/container-number.ts';
import type { ImoNumber } from '../identifiers/imo-number.ts';
import type { UnLocode } from '../identifiers/un-locode.ts';
import type { FullEmpty, Seal } from './equipment.ts';
import type { IsoDateTime } from './vessel.ts';

/** DCSA equipmentEventTypeCode. */
export const EQUIPMENT_EVENT_TYPES = [
  'LOAD',
  'DISC',
  'GTIN',
  'GTOT',
  'STUF',
  'STRP',
  'PICK',
  'DROP',
  'INSP',
  'RSEA',
  'RMVD',
] as const;
export type EquipmentEventType = (typeof EQUIPMENT_EVENT_TYPES)[number];

/** DCSA transportEventTypeCode. */
export const TRANSPORT_EVENT_TYPES = ['ARRI', 'DEPA'] as const;
export type TransportEventType = (typeof TRANSPORT_EVENT_TYPES)[number];

/** DCSA eventClassifierCode: planned, actual, requested, estimated. */
export const EVENT_CLASSIFIERS = ['PLN', 'ACT', 'REQ', 'EST'] as const;
export type EventClassifier = (typeof EVENT_CLASSIFIERS)[number];

/** DCSA modeOfTransport. */
export const TRANSPORT_MODES = ['VESSEL', 'RAIL', 'TRUCK', 'BARGE'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export interface TransportCallRef {
  readonly mode: TransportMode;
  readonly vesselImo?: ImoNumber;
  readonly voyageNumber?: string;
  readonly location?: UnLocode;
  readonly facility?: string;
}

export interface ContainerEvent {
  readonly eventType: EquipmentEventType;
  readonly classifier: EventClassifier;
  readonly containerNumber: ContainerNumber;
  readonly eventAt: IsoDateTime;
  readonly location?: UnLocode;
  /** Terminal or facility where it happened. */
  readonly facility?: string;
  readonly fullEmpty?: FullEmpty;
  readonly transportCall?: TransportCallRef;
  /** Seals observed at the event (a change between events is a risk signal). */
  readonly seals?: readonly Seal[];
  /** Bills of lading the event refers to. */
  readonly billNumbers?: readonly string[];
  /** The sender's own event id, for idempotency. */
  readonly sourceEventId?: string;
}

export interface TransportEvent {
  readonly eventType: TransportEventType;
  readonly classifier: EventClassifier;
  readonly vesselImo: ImoNumber;
  /** The voyage of this movement: the import voyage of an arrival, the export voyage of a departure. */
  readonly voyageNumber?: string;
  /**
   * The transport call's voyage in the other direction (export on an arrival, import on a
   * departure) when it differs: a vessel call filed under either voyage is the one reported.
   */
  readonly otherVoyageNumber?: string;
  readonly location: UnLocode;
  readonly facility?: string;
  readonly eventAt: IsoDateTime;
  readonly sourceEventId?: string;
}
