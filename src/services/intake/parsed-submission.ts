/**
 * What parsing an upload yields, whatever its format: units (one per EDIFACT message, or the
 * whole DCSA or CSV payload), each becoming one filing version, with the records that passed,
 * the records to quarantine, and diagnostics.
 */
import type {
  CargoRecords,
  FilingFormat,
  FilingFunction,
  MessageType,
} from '../../core/cargo/filing.ts';
import type { NamedCall } from '../../core/cargo/named-call.ts';
import type { Diagnostic, Position } from '../../core/diagnostic.ts';
import type { ReceivedLog } from '../../ingest/edifact/index.ts';

/** A record that failed validation, with what is needed to show and fix it. */
export interface QuarantineCandidate {
  readonly kind: string;
  /** Bill number, container number, JSON pointer or CSV record: what the sender calls it. */
  readonly key: string;
  readonly reason: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly position?: Position;
  /** The record as sent (segment text, JSON value, CSV rows). */
  readonly payload: unknown;
}

export interface ParsedUnit {
  readonly messageType: MessageType;
  readonly function: FilingFunction;
  readonly documentNumber: string;
  /** EDIFACT message reference (UNH 0062). */
  readonly reference?: string;
  readonly records: CargoRecords;
  /** The vessel call the message's transport details name (EDIFACT TDT and LOC), if any. */
  readonly call?: NamedCall;
  readonly rejected: readonly QuarantineCandidate[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface EdifactReceipt {
  readonly received: ReceivedLog;
  /** Diagnostics of the syntax layer (for CONTRL). */
  readonly syntaxDiagnostics: readonly Diagnostic[];
}

export interface ParsedSubmission {
  /** Undefined when the upload is in no format the intake reads. */
  readonly format: FilingFormat | undefined;
  /**
   * The units in input order. EDIFACT units are parsed and mapped one message at a time as
   * they are iterated (once); `diagnostics` and `edifact` are complete after that.
   */
  readonly units: readonly ParsedUnit[] | AsyncIterable<ParsedUnit>;
  /** Diagnostics about the upload as a whole (syntax, envelope, unknown format). */
  readonly diagnostics: readonly Diagnostic[];
  /** UNB control reference, for idempotency when no key is given. */
  readonly interchangeRef?: string;
  readonly edifact?: EdifactReceipt;
}

export function recordCount(r: CargoRecords): number {
  return (
    r.consignments.length +
    r.equipment.length +
    r.containerEvents.length +
    r.transportEvents.length +
    r.eventRetractions.length
  );
}
