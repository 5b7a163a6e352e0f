/**
 * A segment kept as a span of the decoded text instead of arrays of strings: the scanner makes
 * one for every segment without release characters, line breaks, repetitions or characters
 * outside the repertoire (nearly all of them), so tokenizing allocates one object per segment.
 * `value(element, component)` reads one component straight from the text; `elements` splits the
 * whole segment on first use and keeps the arrays.
 */
import type { CharCodes } from './char-codes.ts';
import type { Segment } from './segment.ts';
import {
  componentStart,
  joinedFrom,
  newCursor,
  splitSpan,
  valueFrom,
  valueIsAt,
} from './span-text.ts';

/**
 * What every segment scanned from one piece of text shares (one object per scanned piece, so
 * each segment holds one reference instead of three fields), and where the last element look-up
 * in one of them ended: readers mostly go through a segment's elements in order, so the next
 * look-up in the same segment starts there instead of at the tag.
 */
export class SpanSource {
  readonly cursor = newCursor();

  constructor(
    readonly text: string,
    /** The text's character codes, which readers walk (`char-codes.ts`). */
    readonly codes: CharCodes,
    /** Element and component separator codes. */
    readonly element: number,
    readonly component: number,
  ) {}
}

export class SpanSegment implements Segment {
  readonly tag: string;
  index = 0;
  readonly line: number;
  readonly offset: number;
  // Private fields: not own enumerable properties, so equality checks see a plain segment.
  readonly #source: SpanSource;
  /** Index of the separator after the tag, or `#end` when the segment has no elements. */
  readonly #from: number;
  /** Index of the segment terminator (exclusive end). */
  readonly #end: number;
  /** The arrays, once `elements` was asked for. */
  #split: string[][] | undefined = undefined;

  constructor(
    source: SpanSource,
    tag: string,
    from: number,
    end: number,
    line: number,
    offset: number,
  ) {
    this.tag = tag;
    this.line = line;
    this.offset = offset;
    this.#source = source;
    this.#from = from;
    this.#end = end;
  }

  /** Component `component` of element `element` (both 1-based); undefined when absent or empty. */
  value(element: number, component: number): string | undefined {
    const s = this.#source;
    const at = this.start(element, component);
    return valueFrom(s.text, s.codes, at, this.#end, s.element, s.component);
  }

  /** Whether a component reads exactly `expected` (compared in place, nothing allocated). */
  valueIs(element: number, component: number, expected: string): boolean {
    const s = this.#source;
    const i = this.start(element, component);
    return valueIsAt(s.codes, i, this.#end, s.element, s.component, expected);
  }

  /** The non-empty components of element `element` (1-based), in order. */
  components(element: number): string[] {
    const s = this.#source;
    const out: string[] = [];
    const at = this.start(element, 1);
    joinedFrom(s.text, s.codes, at, this.#end, s.element, s.component, '', out);
    return out;
  }

  /** The non-empty components of element `element` joined by `glue` (one slice when there is one). */
  joined(element: number, glue: string): string {
    const s = this.#source;
    const at = this.start(element, 1);
    return joinedFrom(s.text, s.codes, at, this.#end, s.element, s.component, glue);
  }

  get elements(): readonly (readonly string[])[] {
    const s = this.#source;
    return (this.#split ??= splitSpan(
      s.text,
      s.codes,
      this.#from,
      this.#end,
      s.element,
      s.component,
    ));
  }

  private start(element: number, component: number): number {
    const s = this.#source;
    return componentStart(
      s.codes,
      this.#from,
      this.#end,
      s.element,
      s.component,
      element,
      component,
      s.cursor,
      this,
    );
  }
}
