/** What the scanner hands to the envelope checks: one segment with its own problems attached. */
import type { EdifactDiagnosticCode } from './edifact-diagnostic-codes.ts';

export interface ScanIssue {
  readonly code: EdifactDiagnosticCode;
  readonly message: string;
  /** 1-based element after the tag (0 = the tag itself) and 1-based component. */
  readonly element: number;
  readonly component: number;
  /** 0-based byte offset of the offending character. */
  readonly offset: number;
  readonly line: number;
}

export interface RawSegment {
  readonly tag: string;
  readonly elements: readonly (readonly string[])[];
  readonly repetitions?: Readonly<Record<number, readonly (readonly string[])[]>>;
  readonly line: number;
  readonly offset: number;
  /** Whether the segment ended with a terminator (false only for a truncated tail). */
  readonly terminated: boolean;
  readonly issues?: readonly ScanIssue[];
}
