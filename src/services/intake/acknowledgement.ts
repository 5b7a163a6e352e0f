/**
 * The acknowledgement of an upload: its status, the raw message kept (id, SHA-256, size), per
 * message (unit) the filing version written, how many records were accepted, how many of its
 * events the sender had already reported and how many it retracted, what a cancellation naming no
 * bill cancelled, each quarantined record with its diagnostics, and the diagnostics of the upload
 * itself. Stored with the submission so a resubmission gets it again unchanged.
 */
import type { FilingFormat, FilingFunction, MessageType } from '../../core/cargo/filing.ts';
import type { Diagnostic } from '../../core/diagnostic.ts';
import type { CancelledVersion } from './whole-cancellation.ts';

export const ACK_STATUSES = [
  'accepted',
  'accepted-with-warnings',
  'partially-accepted',
  'rejected',
] as const;
export type AckStatus = (typeof ACK_STATUSES)[number];

export interface AcceptedCounts {
  readonly consignments: number;
  readonly equipment: number;
  readonly containerEvents: number;
  readonly transportEvents: number;
}

/**
 * Of the events accepted from a message, those its sender had already reported (in an earlier
 * message, or earlier in this one): kept in the raw message but not stored again. The others were
 * stored as new. Another sender's identical report does not count: each sender's is stored.
 */
export interface AlreadyStoredCounts {
  readonly containerEvents: number;
  readonly transportEvents: number;
}

export interface QuarantinedRef {
  readonly id: string;
  readonly kind: string;
  readonly key: string;
  readonly reason: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface FilingRef {
  readonly id: string;
  readonly filingKey: string;
  readonly version: number;
  readonly function: FilingFunction;
}

export interface UnitAck {
  readonly messageType: MessageType;
  readonly documentNumber: string;
  readonly reference?: string;
  readonly function: FilingFunction;
  readonly status: AckStatus;
  /** Absent when the message was rejected as a whole. */
  readonly filing?: FilingRef;
  readonly accepted: AcceptedCounts;
  /** Absent in acknowledgements stored before it was counted. */
  readonly alreadyStored?: AlreadyStoredCounts;
  /**
   * The events the message retracts (DCSA `isRetracted`, by event id) whose retraction is now on
   * record, a retraction resent included; 0 for a message that retracts none. Absent in
   * acknowledgements stored before it was counted.
   */
  readonly retracted?: number;
  /**
   * A cancellation naming no bill: the version whose bills it cancelled, how many, and their
   * calls. Absent otherwise, and in acknowledgements stored before it was said.
   */
  readonly cancelled?: CancelledVersion;
  readonly quarantined: readonly QuarantinedRef[];
  readonly diagnostics: readonly Diagnostic[];
  /** The scoring job queued for the filing. */
  readonly scoringJobId?: string;
}

export interface Acknowledgement {
  readonly id: string;
  readonly status: AckStatus;
  readonly senderId: string;
  readonly format?: FilingFormat;
  readonly receivedAt: string;
  readonly rawMessage: { readonly id: string; readonly sha256: string; readonly size: number };
  readonly interchangeRef?: string;
  readonly units: readonly UnitAck[];
  readonly diagnostics: readonly Diagnostic[];
  /** EDIFACT acknowledgements, written when the upload was EDIFACT. */
  readonly edifact?: { readonly contrl: string; readonly aperak: string };
}

/** The overall status: the worst of the units (an upload with no unit is rejected). */
export function overallStatus(
  units: readonly UnitAck[],
  diagnostics: readonly Diagnostic[],
): AckStatus {
  if (units.length === 0) return 'rejected';
  const statuses = new Set(units.map((u) => u.status));
  if (statuses.size === 1 && statuses.has('rejected')) return 'rejected';
  if (statuses.has('rejected') || statuses.has('partially-accepted')) return 'partially-accepted';
  const warned =
    statuses.has('accepted-with-warnings') || diagnostics.some((d) => d.severity !== 'info');
  return warned ? 'accepted-with-warnings' : 'accepted';
}
