/**
 * A segment kept as a span of the decoded text instead of arrays of strings: the scanner makes
 * one for every segment without release characters, line breaks, repetitions or characters
 * outside the repertoire (nearly all of them), so tokenizing allocates one object per segment.
 * `value(element, component)` reads one component straight from the text; `elements` splits the
 * whole segment on first use and keeps the arrays.
 */
import type { Segment } from './segment.ts';

/**
 * What every segment scanned from one piece of text shares (one object per scanned piece, so
 * each segment holds one reference instead of three fields), and where the last element look-up
 * in one of them ended: readers mostly go through a segment's elements in order, so the next
 * look-up in the same segment starts there instead of at the tag.
 */
export class SpanSource {
  lastSegment: SpanSegment | undefined = undefined;
  lastElement = 1;
  lastAt = 0;

  constructor(
    readonly text: string,
    /** Element and component separator codes. */
    readonly element: number,
    readonly component: number,
  ) {}
}

/** The arrays of the segments whose `elements` were asked for. */
const splitCache = new WeakMap<SpanSegment, string[][]>();

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
    const i = this.componentStart(element, component);
    if (i < 0) return undefined;
    const t = this.#source.text;
    const end = this.#end;
    const es = this.#source.element;
    const cs = this.#source.component;
    let j = i;
    for (let c = 0; j < end && (c = t.charCodeAt(j)) !== es && c !== cs;) j++;
    return j === i ? undefined : t.slice(i, j);
  }

  /** Whether a component reads exactly `expected` (compared in place, nothing allocated). */
  valueIs(element: number, component: number, expected: string): boolean {
    const i = this.componentStart(element, component);
    if (i < 0 || expected === '') return false;
    const t = this.#source.text;
    const n = expected.length;
    if (i + n > this.#end) return false;
    for (let k = 0; k < n; k++) if (t.charCodeAt(i + k) !== expected.charCodeAt(k)) return false;
    if (i + n === this.#end) return true;
    const next = t.charCodeAt(i + n);
    return next === this.#source.element || next === this.#source.component;
  }

  /** Index of the first character of a component, or -1 when the segment does not reach it. */
  private componentStart(element: number, component: number): number {
    const src = this.#source;
    const t = src.text;
    const end = this.#end;
    const es = src.element;
    const cs = src.component;
    let i = this.#from;
    let k = 1;
    if (src.lastSegment === this && src.lastElement <= element) {
      i = src.lastAt;
      k = src.lastElement;
    }
    // Skip to the separator before the element.
    for (; k < element; k++) {
      if (i >= end) return -1;
      i++;
      while (i < end && t.charCodeAt(i) !== es) i++;
    }
    if (i >= end) return -1;
    src.lastSegment = this;
    src.lastElement = element;
    src.lastAt = i;
    i++;
    // Skip to the component within the element.
    for (let k = 1; k < component; k++) {
      let c = 0;
      while (i < end && (c = t.charCodeAt(i)) !== es && c !== cs) i++;
      if (i >= end || c === es) return -1;
      i++;
    }
    return i;
  }

  /** The non-empty components of element `element` (1-based), in order. */
  components(element: number): string[] {
    const out: string[] = [];
    let at = this.componentStart(element, 1);
    if (at < 0) return out;
    const t = this.#source.text;
    const end = this.#end;
    const es = this.#source.element;
    const cs = this.#source.component;
    for (;;) {
      let j = at;
      let ch = 0;
      while (j < end && (ch = t.charCodeAt(j)) !== es && ch !== cs) j++;
      if (j > at) out.push(t.slice(at, j));
      if (j >= end || ch === es) return out;
      at = j + 1;
    }
  }

  /** The non-empty components of element `element` joined by `glue` (one slice when there is one). */
  joined(element: number, glue: string): string {
    let at = this.componentStart(element, 1);
    if (at < 0) return '';
    const t = this.#source.text;
    const end = this.#end;
    const es = this.#source.element;
    const cs = this.#source.component;
    let out: string | undefined;
    for (;;) {
      let j = at;
      let ch = 0;
      while (j < end && (ch = t.charCodeAt(j)) !== es && ch !== cs) j++;
      if (j > at) out = out === undefined ? t.slice(at, j) : out + glue + t.slice(at, j);
      if (j >= end || ch === es) return out ?? '';
      at = j + 1;
    }
  }

  get elements(): readonly (readonly string[])[] {
    // Kept aside, not in a field: few segments are ever split, and every field costs each segment.
    let out = splitCache.get(this);
    if (out === undefined) splitCache.set(this, (out = this.split()));
    return out;
  }

  private split(): string[][] {
    const t = this.#source.text;
    const end = this.#end;
    const es = this.#source.element;
    const cs = this.#source.component;
    const out: string[][] = [];
    if (this.#from >= end) return out;
    let components: string[] = [];
    let start = this.#from + 1;
    for (let i = start; i <= end; i++) {
      const c = i === end ? es : t.charCodeAt(i);
      if (c !== es && c !== cs) continue;
      components.push(t.slice(start, i));
      start = i + 1;
      if (c === es) {
        out.push(components);
        components = [];
      }
    }
    return out;
  }
}
