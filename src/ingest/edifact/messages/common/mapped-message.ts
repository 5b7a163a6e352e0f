/**
 * What mapping one EDIFACT message yields: the cargo records that passed validation, the records
 * that did not (so the intake can quarantine them while the rest goes through), and diagnostics.
 */
import type { Diagnostic } from '../../../../core/diagnostic.ts';
import type { CargoRecords, FilingFunction, NamedCall } from '../../../../core/cargo/index.ts';
import type { MeansOfTransport } from './means-of-transport.ts';

/** The message types this layer maps. */
export const EDIFACT_MESSAGE_TYPES = [
  'CUSCAR',
  'BAPLIE',
  'COARRI',
  'CODECO',
  'COPRAR',
  'IFTSTA',
] as const;
export type EdifactMessageType = (typeof EDIFACT_MESSAGE_TYPES)[number];

export const RECORD_KINDS = [
  'consignment',
  'equipment',
  'container-event',
  'transport-event',
  'port-call',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A record left out of `records` because of an error; `segmentRange` is 1-based and inclusive. */
export interface RejectedRecord {
  readonly kind: RecordKind;
  /** Bill number, container number, or container number and status code. */
  readonly key: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly segmentRange: { readonly from: number; readonly to: number };
}

export interface MappedMessage {
  /** Undefined only when the UNH message type is not one this layer maps (with an error). */
  readonly type: EdifactMessageType | undefined;
  readonly function: FilingFunction;
  /** BGM document number (1004). */
  readonly documentNumber: string;
  /** Directory from UNH, e.g. "D95B". */
  readonly directory: string;
  readonly reference: string;
  /** The main means of transport named in the message header, even when its IMO is unknown. */
  readonly transport?: MeansOfTransport;
  /**
   * The vessel call the header names (TDT vessel IMO and voyage, LOC port), each field with its
   * position; absent when it names none (CUSCAR and BAPLIE).
   */
  readonly call?: NamedCall;
  readonly records: CargoRecords;
  readonly rejected: readonly RejectedRecord[];
  /** Every diagnostic, including those of rejected records. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Existence checks, passed in so mapping stays pure; each answers for a normalised code. */
export interface MapLookups {
  readonly locode?: (code: string) => boolean;
  readonly hs6?: (hs6: string) => boolean;
  readonly country?: (alpha2: string) => boolean;
  /** IMO number of a vessel known by its call sign (messages often carry only the call sign). */
  readonly imoByCallSign?: (callSign: string) => string | undefined;
}

export interface MapOptions {
  /** Source name put into every diagnostic position (file name, upload id). */
  readonly source?: string;
  readonly lookups?: MapLookups;
}
