/**
 * Envelope checks over the segment stream: UNB/UNZ, UNG/UNE, UNH/UNT pairing, references,
 * counts, missing trailers and trailing data. Assembles messages and hands each one on as soon
 * as its UNT arrives, so memory holds one message at a time.
 */
import { diagnostic, type Position, type Severity } from '../../../core/diagnostic.ts';
import type { DiagnosticSink } from './diagnostic-sink.ts';
import type { OpenGroup, OpenInterchange, OpenMessage } from './envelope-state.ts';
import { openMessage } from './open-message.ts';
import { clip, closing, EnvelopeReporter } from './envelope-reporter.ts';
import type { RawSegment, ScanIssue, SegmentSink } from './raw-segment.ts';
import { untPolicyFor, type ReaderOptions } from './reader-options.ts';
import { ReceivedRecorder } from './received-recorder.ts';
import { isValidTag } from './segment-tag.ts';
import type { EdifactMessage, Segment } from './segment.ts';
import { SegmentTable } from './segment-table.ts';
import { SpanSegment, type SpanSource } from './span-segment.ts';
import { tagIndex } from './tag-table.ts';
import { toMessage } from './to-message.ts';

export interface EnvelopeHooks {
  /** A complete message that passed the envelope checks. */
  readonly deliver: (m: EdifactMessage) => void;
  /** UNA: new delimiters from the next segment on; UNB: syntax identifier and version. */
  readonly onUna: (chars: string, at: Position) => void;
  readonly onUnb: (syntax: string, version: string, at: Position) => void;
}

export class EnvelopeTracker implements SegmentSink {
  private interchange: OpenInterchange | undefined;
  private group: OpenGroup | undefined;
  private message: OpenMessage | undefined;
  private seenAny = false;
  private closedInterchanges = 0;
  private warnedNoUnb = false;
  private inTrailingData = false;
  /** A UNA opened the coming interchange: its UNB is segment 2. */
  private unaPending = false;
  /** Segments of the last message closed by its UNT: the room the next one's table starts with. */
  private lastMessageSegments = 0;
  /** Headers of everything received, for acknowledgements. */
  readonly recorder: ReceivedRecorder;

  private readonly reporter: EnvelopeReporter;

  constructor(
    private readonly options: ReaderOptions,
    sink: DiagnosticSink,
    private readonly hooks: EnvelopeHooks,
  ) {
    this.recorder = new ReceivedRecorder(options.maxReceived ?? 100_000);
    this.reporter = new EnvelopeReporter(sink, options.source, () => ({
      interchange: this.message?.interchangeRef ?? this.interchange?.ref,
      openInterchange: this.interchange?.ref,
      message: this.message?.reference,
    }));
  }

  /**
   * A plain body segment inside an open message goes into its table as numbers; anything else
   * (service segments, segments outside a message, odd tags) is made into an object first.
   */
  span(
    source: SpanSource,
    tag: string,
    from: number,
    end: number,
    line: number,
    offset: number,
    known = -1,
  ) {
    const m = this.message;
    const k = known >= 0 ? known : tagIndex(tag);
    if (m === undefined || tag.charCodeAt(0) === 85 || k < 0) {
      this.segment(new SpanSegment(source, tag, from, end, line, offset), undefined);
      return;
    }
    this.seenAny = true;
    if (this.interchange) this.interchange.segments++;
    m.table.addSpan(source, tag, k, from, end, line, offset);
  }

  segment(seg: RawSegment, issues: readonly ScanIssue[] | undefined): void {
    this.seenAny = true;
    if (this.interchange) this.interchange.segments++;
    seg.index = this.indexOf(seg.tag);
    if (issues) this.reporter.reportIssues(issues, seg);
    if (seg.tag !== 'UNA' && !isValidTag(seg.tag) && !this.isTrailing(seg.tag)) {
      const message = `"${clip(seg.tag)}" is not a segment tag`;
      this.reporter.tagError('edifact.segment.invalid-tag', message, seg);
    }
    this.route(seg.tag, seg);
  }

  end(): void {
    if (!this.seenAny) {
      this.reporter.add(
        diagnostic(
          'edifact.input.empty',
          'The input holds no EDIFACT segments',
          this.reporter.base(),
        ),
      );
      return;
    }
    this.closeMessage('end of input');
    this.closeGroup('end of input');
    this.closeInterchange('end of input');
  }

  private route(tag: string, seg: Segment): void {
    // Most segments are message body: skip the service-tag comparisons unless the tag starts with U.
    if (tag.charCodeAt(0) !== 85) return this.body(seg);
    switch (tag) {
      case 'UNA':
        return this.una(seg);
      case 'UNB':
        return this.unb(seg);
      case 'UNG':
        return this.ung(seg);
      case 'UNE':
        return this.une(seg);
      case 'UNZ':
        return this.unz(seg);
      case 'UNH':
        return this.unh(seg);
      case 'UNT':
        return this.unt(seg);
      default:
        return this.body(seg);
    }
  }

  private una(seg: Segment): void {
    this.closeMessage('UNA');
    this.closeGroup('UNA');
    this.closeInterchange('UNA');
    this.inTrailingData = false;
    this.unaPending = true;
    this.hooks.onUna(seg.elements[0]?.[0] ?? '', this.reporter.at(seg));
  }

  private unb(seg: Segment): void {
    this.closeMessage('UNB');
    this.closeGroup('UNB');
    this.closeInterchange('UNB');
    this.inTrailingData = false;
    this.unaPending = false;
    const ref = seg.elements[4]?.[0] ?? '';
    this.interchange = {
      ref,
      sender: seg.elements[1]?.[0] ?? '',
      messages: 0,
      groups: 0,
      segments: seg.index,
    };
    const at = this.reporter.at(seg);
    this.recorder.interchange(seg);
    if (ref === '')
      this.reporter.report(
        'edifact.unb.invalid',
        'UNB has no interchange control reference (0020)',
        seg,
        'error',
        5,
      );
    this.hooks.onUnb(seg.elements[0]?.[0] ?? '', seg.elements[0]?.[1] ?? '', at);
  }

  private ung(seg: Segment): void {
    this.closeMessage('UNG');
    this.closeGroup('UNG');
    if (this.interchange) this.interchange.groups++;
    const ref = seg.elements[4]?.[0] ?? '';
    if (ref === '')
      this.reporter.report(
        'edifact.ung.invalid',
        'UNG has no group reference (0048)',
        seg,
        'error',
        5,
      );
    this.group = { ref, messages: 0 };
    this.recorder.openGroup(seg, this.interchange?.ref ?? '');
  }

  private une(seg: Segment): void {
    this.closeMessage('UNE');
    const group = this.group;
    if (!group) return this.outside(seg);
    this.group = undefined;
    this.recorder.closeGroup(seg);
    this.reporter.checkCount(
      'edifact.une.count-mismatch',
      'UNE',
      seg,
      group.messages,
      'messages in the group',
    );
    this.reporter.checkRef('edifact.une.reference-mismatch', 'UNE', seg, group.ref, 'UNG');
  }

  private unz(seg: Segment): void {
    this.closeMessage('UNZ');
    this.closeGroup('UNZ');
    const ic = this.interchange;
    if (!ic) return this.outside(seg);
    const n = ic.groups > 0 ? ic.groups : ic.messages;
    this.reporter.checkCount(
      'edifact.unz.count-mismatch',
      'UNZ',
      seg,
      n,
      ic.groups > 0 ? 'groups' : 'messages',
    );
    this.reporter.checkRef('edifact.unz.reference-mismatch', 'UNZ', seg, ic.ref, 'UNB');
    this.interchange = undefined;
    this.closedInterchanges++;
  }

  private unh(seg: Segment): void {
    this.closeMessage('UNH');
    if (!this.interchange && !this.warnedNoUnb) {
      this.warnedNoUnb = true;
      this.reporter.report(
        'edifact.unb.missing',
        'Message without an interchange header (UNB)',
        seg,
        'warning',
      );
    }
    this.inTrailingData = false;
    const table = SegmentTable.empty(this.lastMessageSegments);
    this.message = openMessage(seg, this.interchange?.ref ?? '', table);
    this.message.table.addSegment(seg);
    this.validateUnh(seg, this.message);
  }

  private validateUnh(seg: Segment, m: OpenMessage): void {
    if (m.reference === '')
      this.reporter.report(
        'edifact.unh.invalid',
        'UNH has no message reference (0062)',
        seg,
        'error',
        1,
        { variant: 'reference' },
      );
    if (m.type === '' || m.version === '' || m.release === '' || m.agency === '') {
      this.reporter.report(
        'edifact.unh.invalid',
        'UNH message identifier (S009) lacks type, version, release or agency',
        seg,
        'error',
        2,
        { variant: 'identifier' },
      );
      m.rejected = true;
    }
  }

  private unt(seg: Segment): void {
    const m = this.message;
    if (!m) return this.outside(seg);
    m.table.addSegment(seg);
    const policy = untPolicyFor(this.options, this.interchange?.sender ?? '');
    const severity: Severity = policy === 'reject' ? 'error' : 'warning';
    if (
      !this.reporter.checkCount(
        'edifact.unt.count-mismatch',
        'UNT',
        seg,
        m.table.count,
        'segments (UNH to UNT)',
        severity,
      )
    ) {
      if (policy === 'reject') m.rejected = true;
    }
    if (!this.reporter.checkRef('edifact.unt.reference-mismatch', 'UNT', seg, m.reference, 'UNH'))
      m.rejected = true;
    this.message = undefined;
    this.lastMessageSegments = m.table.count;
    this.countMessage();
    this.recorder.message(m, !m.rejected);
    if (!m.rejected) this.hooks.deliver(toMessage(m));
  }

  private countMessage(): void {
    if (this.group) this.group.messages++;
    else if (this.interchange) this.interchange.messages++;
  }

  private body(seg: Segment): void {
    if (this.message) {
      this.message.table.addSegment(seg);
      return;
    }
    this.outside(seg);
  }

  /** After a closed interchange, anything but a new UNA/UNB/UNH is trailing data. */
  private isTrailing(tag: string): boolean {
    const opens = tag === 'UNA' || tag === 'UNB' || tag === 'UNH';
    return !opens && !this.interchange && !this.message && this.closedInterchanges > 0;
  }

  private outside(seg: Segment): void {
    if (this.isTrailing(seg.tag)) {
      if (this.inTrailingData) return;
      this.inTrailingData = true;
      const message = `Data after the interchange trailer (UNZ): segment "${clip(seg.tag)}"`;
      this.reporter.tagError('edifact.trailing-data', message, seg);
      return;
    }
    const message = `Segment ${clip(seg.tag)} is outside any message`;
    this.reporter.tagError('edifact.segment.outside-message', message, seg);
  }

  private closeMessage(before: string): void {
    const m = this.message;
    if (!m) return;
    this.message = undefined;
    const t = m.table;
    const last = t.count - 1;
    const at = {
      ...this.reporter.base(),
      ...(m.interchangeRef ? { interchange: m.interchangeRef } : {}),
      message: m.reference,
      segment: t.count,
      ...(last >= 0 ? { tag: t.tag(last), line: t.line(last), offset: t.offset(last) } : {}),
    };
    this.reporter.add(
      diagnostic(
        'edifact.unt.missing',
        `Message ${m.reference} has no UNT trailer before ${before}; it is not delivered`,
        at,
        'error',
        closing(m.reference, before),
      ),
    );
    this.countMessage();
    this.recorder.message(m, false);
  }

  private closeGroup(before: string): void {
    if (!this.group) return;
    const ref = this.group.ref;
    this.group = undefined;
    this.recorder.closeGroup(undefined);
    this.reporter.add(
      diagnostic(
        'edifact.une.missing',
        `Group ${ref} has no UNE trailer before ${before}`,
        this.reporter.interchangeAt(),
        'error',
        closing(ref, before),
      ),
    );
  }

  private closeInterchange(before: string): void {
    if (!this.interchange) return;
    const ref = this.interchange.ref;
    this.reporter.add(
      diagnostic(
        'edifact.unz.missing',
        `Interchange ${ref} has no UNZ trailer before ${before}`,
        this.reporter.interchangeAt(),
        'error',
        closing(ref, before),
      ),
    );
    this.interchange = undefined;
    this.closedInterchanges++;
  }

  /** 1-based position: within the open message (UNH = 1), else within the interchange. */
  private indexOf(tag: string): number {
    if (tag === 'UNH' || tag === 'UNA') return 1;
    if (tag === 'UNB') return this.unaPending ? 2 : 1;
    if (this.message) return this.message.table.count + 1;
    return this.interchange?.segments ?? 1;
  }
}
