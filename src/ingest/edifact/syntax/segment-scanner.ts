/**
 * The tokenizer: turns decoded EDIFACT text into raw segments by scanning character codes once
 * (no regular expressions, no splitting). It keeps line and byte position across calls so the
 * streaming reader can feed it text piece by piece; it never throws.
 */
import type { DiagnosticParams } from '../../../core/diagnostic.ts';
import { CHAR_CLASSES } from './character-classes.ts';
import { codesOf, type CharCodes } from './char-codes.ts';
import type { EdifactDiagnosticCode } from './edifact-diagnostic-codes.ts';
import type { RawSegment, ScanIssue, SegmentSink } from './raw-segment.ts';
import { SpanSource } from './span-segment.ts';
import { specialsPattern } from './specials-pattern.ts';
import { internedTag, tagIndexIn, tagOfIndexIn, validTagAt } from './tag-table.ts';
import { SegmentBuilder } from './segment-builder.ts';
import { ExactSegment } from './exact-segment.ts';
import { utf8Length } from './utf8-length.ts';

const UNA_LENGTH = 9;
// Plain module constants: the hot loop must not go through imported (live) bindings.
const { COMPONENT, ELEMENT, REPETITION, RELEASE, TERMINATOR, LINE_BREAK, OUTSIDE } = CHAR_CLASSES;

export class SegmentScanner {
  /** 1-based line of the next character to scan. */
  line = 1;
  /** 0-based byte offset of the next character to scan. */
  byteOffset = 0;
  /** Set when the text may hold non-ASCII characters whose UTF-8 length differs. */
  multiByte = false;

  private release = -1;
  /** Element and component separator codes, for segments kept as spans. */
  private separators = { element: 43, component: 58 };
  /** The text being scanned and the separators in force, shared by the spans made from it. */
  private source = new SpanSource('', new Uint8Array(0), 43, 58);
  /** Finds the characters a plain segment cannot hold (see `specialsPattern`). */
  private specials = /$^/g;
  /** Index of the next such character in the text being scanned (its length when none). */
  private nextSpecial = -1;
  private terminator = "'";
  /** One string per distinct three-letter tag (segments share it instead of each slicing one). */
  private readonly tags = new Map<number, string>();
  /** Reused for every segment; only exact-size copies of its arrays leave the scanner. */
  private readonly builder = new SegmentBuilder();

  constructor(
    private classes: Uint8Array,
    release: string,
  ) {
    this.configure(classes, release);
  }

  /** New delimiters or repertoire from the next segment on (after UNA or UNB). */
  configure(classes: Uint8Array, release: string): void {
    // The next special character stays where it was found unless the classes changed.
    if (classes !== this.classes) this.nextSpecial = -1;
    this.classes = classes;
    this.specials = specialsPattern(classes);
    this.terminator = String.fromCharCode(classes.indexOf(TERMINATOR));
    this.separators = { element: classes.indexOf(ELEMENT), component: classes.indexOf(COMPONENT) };
    const { text, codes } = this.source;
    this.source = new SpanSource(text, codes, this.separators.element, this.separators.component);
    // A space in the UNA release position means no release character.
    this.release = release === ' ' || release === '' ? -1 : release.charCodeAt(0);
  }

  /**
   * Emits every complete segment in text[from..] and returns where the unconsumed rest starts.
   * With `final`, a truncated last segment is emitted too, marked as unterminated. `codes` are
   * the text's character codes when the caller has them (an ASCII piece's bytes).
   */
  scan(text: string, from: number, final: boolean, emit: SegmentSink, codes?: CharCodes): number {
    const { element, component } = this.separators;
    this.source = new SpanSource(text, codes ?? codesOf(text), element, component);
    this.nextSpecial = -1;
    let i = this.skipBreaks(text, from);
    while (i < text.length) {
      const plain = this.scanPlain(text, i, emit);
      if (plain !== i) {
        i = this.skipBreaks(text, plain);
        continue;
      }
      const end = this.isUna(text, i)
        ? this.scanUna(text, i, final, emit)
        : this.scanOne(text, i, final, emit);
      if (end < 0) return i;
      this.advance(text, i, end);
      i = this.skipBreaks(text, end);
    }
    return i;
  }

  /**
   * The run of plain segments from `start` (the fast path of `scanSpan`, in one loop): each is
   * handed on as its span while its tag is three characters without separators and no special
   * character comes before its terminator. Returns where the run stops (a segment for the other
   * paths, a line break, or the end of the text). The fields are read afresh for every segment:
   * a UNA or UNB handed on may change the delimiters.
   */
  private scanPlain(text: string, start: number, emit: SegmentSink): number {
    let i = start;
    const n = text.length;
    const codes = this.source.codes;
    while (i + 3 <= n) {
      const end = text.indexOf(this.terminator, i);
      if (end < 0) return i;
      if (this.nextSpecial < i) this.findSpecial(text, i);
      if (this.nextSpecial < end) return i;
      const element = this.separators.element;
      // A valid tag holds no separator (separators are never letters or digits).
      const k = tagIndexIn(codes, i);
      const tagEnd = i + 3;
      if (k < 0 || end < tagEnd) return i;
      const tag = tagOfIndexIn(k, codes, i);
      if (tag === 'UNA') return i;
      if (tagEnd !== end && codes[tagEnd] !== element) return i;
      emit.span(this.source, tag, tagEnd, end, this.line, this.byteOffset, k);
      this.byteOffset += this.multiByte ? utf8Length(text, i, end + 1) : end + 1 - i;
      i = end + 1;
      const next = codes[i];
      if (next === 10 || next === 13 || next === 0xfeff) return i;
    }
    return i;
  }

  private findSpecial(text: string, from: number): void {
    const re = this.specials;
    re.lastIndex = from;
    this.nextSpecial = re.test(text) ? re.lastIndex - 1 : text.length;
  }

  private skipBreaks(text: string, from: number): number {
    let i = from;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.line++;
      else if (c !== 13 && c !== 0xfeff) break;
    }
    this.byteOffset += this.multiByte ? utf8Length(text, from, i) : i - from;
    return i;
  }

  private advance(text: string, start: number, end: number): void {
    this.byteOffset += this.multiByte ? utf8Length(text, start, end) : end - start;
  }

  private isUna(text: string, i: number): boolean {
    return (
      text.charCodeAt(i) === 85 && text.charCodeAt(i + 1) === 78 && text.charCodeAt(i + 2) === 65
    );
  }

  /** UNA is fixed-width: its six service characters are never escaped. */
  private scanUna(text: string, i: number, final: boolean, emit: SegmentSink): number {
    const available = Math.min(UNA_LENGTH, text.length - i);
    if (available < UNA_LENGTH && !final) return -1;
    const chars = text.slice(i + 3, i + available);
    const una: RawSegment = {
      tag: 'UNA',
      elements: [[chars]],
      index: 0,
      line: this.line,
      offset: this.byteOffset,
    };
    emit.segment(una, available === UNA_LENGTH ? undefined : [this.unaIssue(i + available)]);
    return i + available;
  }

  /**
   * The fast path: a segment holding only text and element/component separators up to its
   * terminator is handed on as its span. Returns -1 when the segment needs the exact path
   * (release characters, line breaks, repetitions, characters outside the repertoire, no
   * terminator yet). The terminator is found with `indexOf` and the other special characters
   * with one pattern search per occurrence, not by visiting every character here.
   */
  private scanSpan(text: string, start: number, emit: SegmentSink): number {
    const end = text.indexOf(this.terminator, start);
    if (end < 0) return -1;
    if (this.nextSpecial < start) this.findSpecial(text, start);
    if (this.nextSpecial < end) return -1;
    const { element, component } = this.separators;
    // The tag ends at the first separator; `from` is the first element separator.
    let tagEnd = start + 3;
    let from = end;
    const plainTag =
      tagEnd <= end &&
      (tagEnd === end || text.charCodeAt(tagEnd) === element) &&
      !this.separatorIn(text, start, tagEnd);
    if (plainTag) from = tagEnd;
    else {
      tagEnd = -1;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === element) {
          if (tagEnd < 0) tagEnd = i;
          from = i;
          break;
        }
        if (c === component && tagEnd < 0) tagEnd = i;
      }
      if (tagEnd < 0) tagEnd = end;
    }
    emit.span(this.source, this.tagOf(text, start, tagEnd), from, end, this.line, this.byteOffset);
    return end + 1;
  }

  private separatorIn(text: string, start: number, end: number): boolean {
    const { element, component } = this.separators;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === element || c === component) return true;
    }
    return false;
  }

  private tagOf(text: string, start: number, end: number): string {
    if (end - start !== 3) return text.slice(start, end);
    const valid = validTagAt(text, start);
    if (valid !== undefined) return valid;
    const a = text.charCodeAt(start);
    const b = text.charCodeAt(start + 1);
    const c = text.charCodeAt(start + 2);
    if ((a | b | c) > 0x7f) return text.slice(start, end);
    const key = (a << 14) | (b << 7) | c;
    let tag = this.tags.get(key);
    if (tag === undefined) {
      // A property key is internalized: comparisons with tag literals become pointer checks.
      tag = internedTag(text.slice(start, end));
      this.tags.set(key, tag);
    }
    return tag;
  }

  private scanOne(text: string, start: number, final: boolean, emit: SegmentSink): number {
    const fast = this.scanSpan(text, start, emit);
    if (fast >= 0) return fast;
    const b = this.builder.reset(text, start, this.release);
    const cls = this.classes;
    const n = text.length;
    for (let i = start; i < n; i++) {
      // Tight inner loop over ordinary text: one table read and one comparison per character.
      let kind = 0;
      while (i < n && (kind = cls[text.charCodeAt(i)] ?? 0) === 0) i++;
      if (i >= n) break;
      switch (kind) {
        case COMPONENT:
          b.endComponent(i);
          break;
        case ELEMENT:
          b.endElement(i);
          break;
        case REPETITION:
          b.endOccurrence(i);
          break;
        case RELEASE:
          b.dirty = true;
          if (i + 1 >= n) {
            if (!final) return -1;
            this.issue(
              b,
              'edifact.segment.release-at-end',
              'Release character at the end of the input',
              i,
            );
          } else if (text.charCodeAt(i + 1) === 10) b.lines++;
          i++;
          break;
        case TERMINATOR:
          emit.segment(this.finish(b, i), b.issues);
          this.line += b.lines;
          return i + 1;
        case LINE_BREAK:
          b.dirty = true;
          if (text.charCodeAt(i) === 10) b.lines++;
          if (!b.reportedBreak) this.lineBreak(b, i);
          break;
        case OUTSIDE:
          if (!b.reportedOutside) this.outside(b, text, i);
          break;
        default:
          break;
      }
    }
    if (!final) return -1;
    this.issue(
      b,
      'edifact.segment.unterminated',
      'Segment is not terminated: the input ends inside it',
      n,
      { variant: 'segment' },
    );
    emit.segment(this.finish(b, n), b.issues);
    this.line += b.lines;
    return n;
  }

  private finish(b: SegmentBuilder, end: number): RawSegment {
    b.endElement(end);
    const elements = b.elements.slice(0, b.elementCount);
    if (b.repetitions)
      return {
        tag: b.tag ?? '',
        elements,
        index: 0,
        line: this.line,
        offset: this.byteOffset,
        repetitions: b.repetitions,
      };
    return new ExactSegment(b.tag ?? '', elements, 0, this.line, this.byteOffset);
  }

  private unaIssue(end: number): ScanIssue {
    const message = 'UNA is cut short: the input ends inside it';
    return {
      code: 'edifact.segment.unterminated',
      message,
      params: { variant: 'una' },
      element: 1,
      component: 1,
      offset: this.byteOffset + end,
      line: this.line,
    };
  }

  private lineBreak(b: SegmentBuilder, i: number): void {
    b.reportedBreak = true;
    this.issue(
      b,
      'edifact.segment.line-break',
      'Line break inside a segment (removed from the data)',
      i,
    );
  }

  private outside(b: SegmentBuilder, text: string, i: number): void {
    b.reportedOutside = true;
    const code = text.charCodeAt(i);
    const shown =
      code < 0x20 || code === 0x7f
        ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
        : `"${text[i] ?? ''}"`;
    const c: EdifactDiagnosticCode =
      code === 0xfffd
        ? 'edifact.character.invalid-encoding'
        : 'edifact.character.outside-repertoire';
    const what =
      code === 0xfffd
        ? 'Bytes that do not decode in the declared character set'
        : `Character ${shown} is outside the character repertoire`;
    this.issue(b, c, what, i, code === 0xfffd ? undefined : { character: shown });
  }

  private issue(
    b: SegmentBuilder,
    code: EdifactDiagnosticCode,
    message: string,
    i: number,
    params?: DiagnosticParams,
  ): void {
    const delta = this.multiByte ? utf8Length(b.text, b.start, i) : i - b.start;
    const issue: ScanIssue = {
      code,
      message,
      ...(params ? { params } : {}),
      element: b.elementCount + (b.tag === undefined ? 0 : 1),
      component: b.componentCount + 1,
      offset: this.byteOffset + delta,
      line: this.line + b.lines,
    };
    (b.issues ??= []).push(issue);
  }
}
