/**
 * The intake as the Intake page reads it: the agency's submissions (`GET /api/v1/intake`, newest
 * first) and their acknowledgements, the senders, the quarantine and its reprocessing, and a
 * filing's versions. Shapes as the server's intake schemas give them (src/server/routes/intake-schemas.ts).
 */
import type { Diagnostic, Position } from '../../../src/core/diagnostic.ts';
import { ACK_STATUSES, type AckStatus } from '../../../src/services/intake/acknowledgement.ts';
import { get, post, query } from './client.ts';

export { ACK_STATUSES, type AckStatus, type Diagnostic, type Position };

/** What opens the Intake page; reprocessing needs `quarantine.reprocess` too. */
export const INTAKE_PERMISSION = 'quarantine.read';
export const REPROCESS_PERMISSION = 'quarantine.reprocess';
/** The submission list and a filing's history need `filing.read`. */
export const FILING_READ = 'filing.read';

export const isAckStatus = (s: string): s is AckStatus =>
  (ACK_STATUSES as readonly string[]).includes(s);

export interface AcceptedCounts {
  readonly consignments: number;
  readonly equipment: number;
  readonly containerEvents: number;
  readonly transportEvents: number;
}

/** Of the events accepted, those the sender had already reported: not stored again. */
export interface AlreadyStoredCounts {
  readonly containerEvents: number;
  readonly transportEvents: number;
}

export interface CancelledVersion {
  readonly version: number;
  readonly bills: number;
  readonly calls: readonly {
    readonly vesselImo?: string;
    readonly voyageNumber?: string;
    readonly port?: string;
  }[];
}

export interface SenderRef {
  readonly id: string;
  readonly name?: string;
  readonly kind?: string;
}

export interface SubmissionSummary {
  readonly id: string;
  readonly receivedAt: string;
  readonly sender: SenderRef;
  readonly format?: string;
  readonly messageTypes: readonly string[];
  readonly status: string;
  readonly accepted: AcceptedCounts;
  /** Events its messages retracted (DCSA; 0 for acknowledgements stored before it was counted). */
  readonly retracted: number;
  /** Of the events accepted, those the sender had already reported (not stored again). */
  readonly alreadyStored: AlreadyStoredCounts;
  /** Bills cancelled by its cancellations naming no bill. */
  readonly cancelledBills: number;
  readonly quarantined: number;
  readonly diagnostics: number;
}

export interface SubmissionPage {
  readonly items: readonly SubmissionSummary[];
  readonly next?: string;
}

export interface QuarantinedRef {
  readonly id: string;
  readonly kind: string;
  readonly key: string;
  readonly reason: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface UnitAck {
  readonly messageType: string;
  readonly documentNumber: string;
  readonly function: string;
  readonly status: string;
  readonly filing?: { readonly filingKey: string; readonly version: number };
  readonly accepted: AcceptedCounts;
  /** Absent in acknowledgements stored before the server counted it. */
  readonly alreadyStored?: AlreadyStoredCounts;
  /** Events the message retracted (DCSA); absent in acknowledgements stored before it was counted. */
  readonly retracted?: number;
  /** A cancellation naming no bill: the version whose bills it cancelled, and their calls. */
  readonly cancelled?: CancelledVersion;
  readonly quarantined: readonly QuarantinedRef[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface Acknowledgement {
  readonly id: string;
  readonly status: string;
  readonly senderId: string;
  readonly format?: string;
  readonly receivedAt: string;
  readonly rawMessage: { readonly id: string; readonly sha256: string; readonly size: number };
  readonly units: readonly UnitAck[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface QuarantinedRecord {
  readonly id: string;
  readonly recordKind: string;
  readonly reason: string;
  readonly status: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly position?: Position;
  readonly payload: { readonly key?: string };
  readonly createdAt: string;
  readonly sender?: { readonly id: string; readonly name: string; readonly kind: string };
  readonly filing?: { readonly filingKey: string; readonly version: number };
}

export interface FilingVersion {
  readonly id: string;
  readonly filingKey: string;
  readonly version: number;
  readonly function: string;
  readonly messageType: string;
  readonly format: string;
  readonly documentNumber: string;
  readonly status: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly receivedAt: string;
}

/** Each filter, or '' for none. */
export interface SubmissionFilter {
  readonly sender: string;
  readonly status: string;
  /** A calendar day (YYYY-MM-DD): received that day or later, in the reader's time zone. */
  readonly since: string;
}

export const NO_FILTER: SubmissionFilter = { sender: '', status: '', since: '' };

export const loadSubmissions = (filter: SubmissionFilter, before?: string) =>
  get<SubmissionPage>(
    `/api/v1/intake${query({
      sender: filter.sender,
      status: filter.status,
      since: filter.since ? new Date(`${filter.since}T00:00:00`).toISOString() : undefined,
      before,
      limit: 50,
    })}`,
  );

export const loadAcknowledgement = (id: string) =>
  get<Acknowledgement>(`/api/v1/intake/${encodeURIComponent(id)}`);

export const loadSenders = () =>
  get<{ items: { id: string; name: string; kind: string }[] }>('/api/v1/senders').then(
    (r) => r.items,
  );

export const loadQuarantine = () =>
  get<{ records: QuarantinedRecord[] }>('/api/v1/quarantine').then((r) => r.records);

export const reprocess = (id: string, contentType: string, content: string, filename?: string) =>
  post<Acknowledgement>(`/api/v1/quarantine/${encodeURIComponent(id)}/reprocess`, {
    contentType,
    content,
    ...(filename ? { filename } : {}),
  });

/** A filing's key: `<sender id>|<message type>|<document number>`. */
export const filingKeyOf = (senderId: string, messageType: string, documentNumber: string) =>
  `${senderId}|${messageType}|${documentNumber}`;

export const loadFilingHistory = (key: string) =>
  get<{ filingKey: string; versions: FilingVersion[] }>(
    `/api/v1/filings/${encodeURIComponent(key)}/history`,
  ).then((r) => r.versions);
