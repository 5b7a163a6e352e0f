/**
 * How the envelope checks word and place their diagnostics: positions from the open
 * interchange and message, counts and references compared with what was received.
 */
import {
  diagnostic,
  type Diagnostic,
  type DiagnosticParams,
  type Position,
  type Severity,
} from '../../../core/diagnostic.ts';
import type { DiagnosticSink } from './diagnostic-sink.ts';
import type { EdifactDiagnosticCode } from './edifact-diagnostic-codes.ts';
import { componentOf } from './component-of.ts';
import type { ScanIssue } from './raw-segment.ts';
import type { Segment } from './segment.ts';

export interface EnvelopeContext {
  /** Interchange of the open message, else the open interchange. */
  readonly interchange: string | undefined;
  readonly openInterchange: string | undefined;
  readonly message: string | undefined;
}

export class EnvelopeReporter {
  constructor(
    private readonly sink: DiagnosticSink,
    private readonly source: string | undefined,
    private readonly context: () => EnvelopeContext,
  ) {}

  add(d: Diagnostic): void {
    this.sink.add(d);
  }

  /** Element 1 of UNT/UNE/UNZ is a count; true when it matches what was received. */
  checkCount(
    code: EdifactDiagnosticCode,
    tag: string,
    seg: Segment,
    found: number,
    what: string,
    severity: Severity = 'error',
  ): boolean {
    const declared = componentOf(seg, 1);
    if (
      declared === String(found) ||
      (declared !== '' && /^\d+$/.test(declared) && Number(declared) === found)
    )
      return true;
    this.report(
      code,
      `${tag} count is ${declared === '' ? 'missing' : declared} but ${found} ${what} were received (expected ${declared || '?'}, found ${found})`,
      seg,
      severity,
      1,
      declared === '' ? { variant: 'missing', found } : { variant: 'differs', declared, found },
    );
    return false;
  }

  /** Element 2 of UNT/UNE/UNZ repeats the header's reference; true when it does. */
  checkRef(
    code: EdifactDiagnosticCode,
    tag: string,
    seg: Segment,
    expected: string,
    header: string,
  ): boolean {
    const found = componentOf(seg, 2);
    if (found === expected) return true;
    this.report(
      code,
      `${tag} reference "${found}" does not match ${header} reference "${expected}"`,
      seg,
      'error',
      2,
      { found, expected },
    );
    return false;
  }

  reportIssues(issues: readonly ScanIssue[], seg: Segment): void {
    for (const issue of issues) {
      const severity: Severity =
        issue.code === 'edifact.segment.unterminated' ||
        issue.code === 'edifact.segment.release-at-end'
          ? 'error'
          : 'warning';
      const at: Position = {
        ...this.at(seg),
        element: issue.element,
        component: issue.component,
        line: issue.line,
        offset: issue.offset,
      };
      this.sink.add(diagnostic(issue.code, issue.message, at, severity, issue.params));
    }
  }

  report(
    code: EdifactDiagnosticCode,
    message: string,
    seg: Segment,
    severity: Severity,
    element?: number,
    params?: DiagnosticParams,
  ): void {
    const at = this.at(seg);
    this.sink.add(
      diagnostic(code, message, element === undefined ? at : { ...at, element }, severity, params),
    );
  }

  /** An error about a segment's tag itself (invalid, out of place), naming the tag. */
  tagError(code: EdifactDiagnosticCode, message: string, seg: Segment): void {
    this.report(code, message, seg, 'error', undefined, { tag: clip(seg.tag) });
  }

  base(): Position {
    return this.source === undefined ? {} : { source: this.source };
  }

  interchangeAt(): Position {
    const ref = this.context().openInterchange;
    return ref ? { ...this.base(), interchange: ref } : this.base();
  }

  at(seg: Segment): Position {
    const { interchange: ic, message: msg } = this.context();
    return {
      ...this.base(),
      ...(ic ? { interchange: ic } : {}),
      ...(msg !== undefined ? { message: msg } : {}),
      segment: seg.index,
      tag: seg.tag,
      line: seg.line,
      offset: seg.offset,
    };
  }
}

/** What a missing trailer's diagnostic names: the open reference, and what came before the trailer. */
export function closing(ref: string, before: string): DiagnosticParams {
  return before === 'end of input' ? { variant: 'end', ref } : { variant: 'segment', ref, before };
}

export function clip(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}
