/**
 * A simulated file as its author sends it: where it goes in the output folder, its text, when
 * it was prepared (nothing in it happens later) and who sends it — a carrier (by SCAC) or a
 * terminal (by its code), the id it signs its EDIFACT interchanges with.
 */
import type { InterchangeEnvelope } from '../../ingest/edifact/index.ts';

export const SIM_SENDER_KINDS = ['carrier', 'terminal'] as const;
export type SimSenderKind = (typeof SIM_SENDER_KINDS)[number];

export interface SimSender {
  readonly kind: SimSenderKind;
  /** The carrier's SCAC or the terminal's code: its UNB sender id. */
  readonly code: string;
}

export interface SimFile {
  /** Relative to the output folder, unique within a run. */
  readonly path: string;
  readonly text: string;
  /** When the sender prepared it (the UNB date): an ingesting demo submits it then. */
  readonly preparedAt: string;
  /** Who sends it; none for the CSV manifest, an export of the entry summaries in another format. */
  readonly sender?: SimSender;
  /** The vessel call the file is about, when it is about one call only. */
  readonly callId?: string;
}

export function envelope(
  sender: string,
  reference: string,
  preparedAt: string,
): InterchangeEnvelope {
  return {
    sender,
    recipient: 'PORTCULLIS',
    controlReference: reference,
    preparedAt,
    lineBreaks: true,
  };
}

/** A time as the compact stamp used in file names and document numbers, e.g. "20261123T06". */
export function hourStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 13).replaceAll('-', '');
}
