/**
 * Filings: what a sender submitted, as versions. An amendment is a new version, never an
 * overwrite; a cancellation is a version too. Raw inbound messages are kept byte for byte.
 */
import type { Consignment } from './consignment.ts';
import type { Equipment } from './equipment.ts';
import type { ContainerEvent, TransportEvent } from './events.ts';
import type { PortCall, Vessel } from './vessel.ts';

export const FILING_FORMATS = ['edifact', 'dcsa-json', 'csv'] as const;
export type FilingFormat = (typeof FILING_FORMATS)[number];

/** The message type a filing came from. */
export const MESSAGE_TYPES = [
  'CUSCAR',
  'BAPLIE',
  'COARRI',
  'CODECO',
  'COPRAR',
  'IFTSTA',
  'DCSA-TNT',
  'CSV-MANIFEST',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** BGM message function: 9 original, 5 replace, 1 cancel (UN/EDIFACT 1225). */
export const FILING_FUNCTIONS = ['original', 'replace', 'cancel'] as const;
export type FilingFunction = (typeof FILING_FUNCTIONS)[number];

export const FILING_STATUSES = [
  'accepted',
  'accepted-with-warnings',
  'partially-accepted',
  'rejected',
] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

/** What one mapped message yields: records of the cargo model. */
export interface CargoRecords {
  readonly vessels: readonly Vessel[];
  readonly portCalls: readonly PortCall[];
  readonly consignments: readonly Consignment[];
  /** Equipment reported aboard or at a terminal outside a consignment (e.g. BAPLIE). */
  readonly equipment: readonly Equipment[];
  readonly containerEvents: readonly ContainerEvent[];
  readonly transportEvents: readonly TransportEvent[];
  /**
   * The sender's event ids this message retracts (DCSA Track & Trace 3.0 `isRetracted`): every
   * report of them is void.
   */
  readonly eventRetractions: readonly string[];
}

export function emptyCargoRecords(): CargoRecords {
  return {
    vessels: [],
    portCalls: [],
    consignments: [],
    equipment: [],
    containerEvents: [],
    transportEvents: [],
    eventRetractions: [],
  };
}
