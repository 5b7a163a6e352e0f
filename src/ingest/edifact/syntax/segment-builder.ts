/**
 * The scanner's exact path collects one segment's pieces here while it walks the segment
 * character by character (release characters, repetitions, line breaks).
 */
import type { ScanIssue } from './raw-segment.ts';
import { unescapeText } from './unescape-text.ts';

/** Collects one segment's pieces while the scanner walks it (one instance, reset per segment). */
export class SegmentBuilder {
  text = '';
  start = 0;
  release = -1;
  tag: string | undefined = undefined;
  /**
   * Scratch arrays with explicit fill counts (setting `length = 0` would free their storage):
   * copied at exact size when an element or segment ends, since a pushed-to `[]` keeps spare room.
   */
  readonly elements: string[][] = [];
  elementCount = 0;
  readonly components: string[] = [];
  componentCount = 0;
  occurrences: string[][] | undefined = undefined;
  repetitions: Record<number, string[][]> | undefined = undefined;
  issues: ScanIssue[] | undefined = undefined;
  pieceStart = 0;
  dirty = false;
  lines = 0;
  reportedBreak = false;
  reportedOutside = false;

  reset(text: string, start: number, release: number): this {
    this.text = text;
    this.start = start;
    this.release = release;
    this.tag = undefined;
    this.elementCount = 0;
    this.componentCount = 0;
    this.occurrences = undefined;
    this.repetitions = undefined;
    this.issues = undefined;
    this.pieceStart = start;
    this.dirty = false;
    this.lines = 0;
    this.reportedBreak = false;
    this.reportedOutside = false;
    return this;
  }

  endComponent(i: number): void {
    const s = this.text;
    const piece = this.dirty
      ? unescapeText(s, this.pieceStart, i, this.release)
      : s.slice(this.pieceStart, i);
    this.components[this.componentCount++] = piece;
    this.pieceStart = i + 1;
    this.dirty = false;
  }

  endOccurrence(i: number): void {
    this.endComponent(i);
    (this.occurrences ??= []).push(this.components.slice(0, this.componentCount));
    this.componentCount = 0;
  }

  endElement(i: number): void {
    this.endComponent(i);
    let first = this.components.slice(0, this.componentCount);
    this.componentCount = 0;
    if (this.occurrences) {
      this.occurrences.push(first);
      first = this.occurrences[0] ?? first;
      (this.repetitions ??= {})[this.elementCount] = this.occurrences;
      this.occurrences = undefined;
    }
    if (this.tag === undefined) this.tag = first[0] ?? '';
    else this.elements[this.elementCount++] = first;
  }
}
