/**
 * Working records of a simulated day, mutable while the day is built (typologies edit them) and
 * turned into the core cargo model when the day is emitted.
 */
import type { EquipmentEventType, TransportMode } from '../../core/cargo/events.ts';
import type { Commodity } from '../world/commodities.ts';
import type { Company } from '../world/company.ts';
import type { SimCarrier } from '../world/carriers.ts';
import type { SizeType } from '../world/container-factory.ts';
import type { SimService } from '../world/services.ts';
import type { SimVessel } from '../world/vessels.ts';

export const DIRECTIONS = ['import', 'transshipment', 'export'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface EventDraft {
  type: EquipmentEventType;
  at: number;
  location: string;
  facility?: string;
  mode: TransportMode;
  vesselImo?: string;
  voyage?: string;
  seal?: string;
  empty: boolean;
}

export interface ContainerDraft {
  number: string;
  sizeType: SizeType;
  empty: boolean;
  direction: Direction;
  carrier: SimCarrier;
  /** Seal declared in the manifest. */
  seal: string;
  netKg: number;
  grossKg: number;
  /** Verified gross mass as weighed; differs from the declared gross only when something was added. */
  vgmKg: number;
  packages: number;
  reeferC?: number;
  events: EventDraft[];
  consignment?: ConsignmentDraft;
  /** When the container left (import) or reached (export) the terminal gate, for the day queue. */
  originCountry: string;
  stowage: string;
}

export interface RouteDraft {
  placeOfReceipt?: string;
  portOfLoading: string;
  transshipmentPorts: string[];
  portOfDischarge: string;
  placeOfDelivery?: string;
}

export interface ConsignmentDraft {
  billNumber: string;
  bookingReference: string;
  bookedAt: number;
  /** When the carrier filed the entry summary (24-hour rule: before loading at the first port). */
  filedAt: number;
  carrier: SimCarrier;
  route: RouteDraft;
  commodity: Commodity;
  shipper: Company;
  consignee: Company;
  forwarder?: Company;
  containers: ContainerDraft[];
  callId: string;
  /** Earliest loading at the port of loading. */
  loadedAt: number;
}

export interface CallDraft {
  readonly id: string;
  readonly service: SimService;
  readonly carrier: SimCarrier;
  readonly vessel: SimVessel;
  readonly voyage: string;
  readonly terminal: string;
  readonly arrivalMs: number;
  readonly departureMs: number;
  /** Departure from each rotation port, in rotation order. */
  readonly departures: readonly number[];
  readonly discharged: ContainerDraft[];
  readonly loaded: ContainerDraft[];
  readonly consignments: ConsignmentDraft[];
}
