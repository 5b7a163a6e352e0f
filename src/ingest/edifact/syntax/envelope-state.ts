/** The open interchange, group and message while segments stream past the envelope checks. */
import type { SegmentTable } from './segment-table.ts';

export interface OpenInterchange {
  readonly ref: string;
  readonly sender: string;
  /** Messages directly in the interchange, and groups. */
  messages: number;
  groups: number;
  /** Segments seen in this interchange (service segments are numbered with it). */
  segments: number;
}

export interface OpenGroup {
  readonly ref: string;
  messages: number;
}

export interface OpenMessage {
  readonly interchangeRef: string;
  readonly reference: string;
  readonly type: string;
  readonly version: string;
  readonly release: string;
  readonly agency: string;
  readonly associationCode: string | undefined;
  /** UNH to the last segment received. */
  readonly table: SegmentTable;
  /** Set when a problem means the message must not be delivered. */
  rejected: boolean;
}
