/** What the scanner hands to the envelope checks: one segment and its own problems. */
import type { DiagnosticParams } from '../../../core/diagnostic.ts';
import type { EdifactDiagnosticCode } from './edifact-diagnostic-codes.ts';
import type { SpanSource } from './span-segment.ts';

export interface ScanIssue {
  readonly code: EdifactDiagnosticCode;
  readonly message: string;
  readonly params?: DiagnosticParams;
  /** 1-based element after the tag (0 = the tag itself) and 1-based component. */
  readonly element: number;
  readonly component: number;
  /** 0-based byte offset of the offending character. */
  readonly offset: number;
  readonly line: number;
}

/**
 * A scanned segment: already the Segment handed to mappers (one allocation per segment), with
 * its index filled in by the envelope checks once its message position is known.
 */
export interface RawSegment {
  readonly tag: string;
  readonly elements: readonly (readonly string[])[];
  index: number;
  readonly line: number;
  readonly offset: number;
  readonly repetitions?: Readonly<Record<number, readonly (readonly string[])[]>>;
}

/** Where the scanner hands its segments. */
export interface SegmentSink {
  /** A segment made into an object (the exact path, UNA) and what went wrong in it, if anything. */
  segment(segment: RawSegment, issues: readonly ScanIssue[] | undefined): void;
  /**
   * A plain segment as its place in the scanned text: `from` is the separator after the tag
   * (`end` when there is none), `end` its terminator; `tagIndex` the tag's index in the tag
   * table (`tag-table.ts`) when it is known to be a valid one, else -1 or absent.
   */
  span(
    source: SpanSource,
    tag: string,
    from: number,
    end: number,
    line: number,
    offset: number,
    tagIndex?: number,
  ): void;
}
