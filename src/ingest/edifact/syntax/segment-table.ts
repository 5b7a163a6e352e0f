/**
 * A message's segments held compactly: for each plain segment (no release characters, line
 * breaks, repetitions or characters outside the repertoire) five numbers into a typed array —
 * which scanned text it is in, its span there, its line, its tag's index in the tag table —
 * plus its byte offset and interned tag; any other segment (UNH, UNT, the exact path's) as its object. Mappers read values by
 * segment number straight from the text, so reading a message allocates nothing per segment;
 * `segment(i)` makes a `Segment` for the few places that want one.
 */
import type { Segment } from './segment.ts';
import { tagIndex } from './tag-table.ts';
import { SpanSegment, type SpanSource } from './span-segment.ts';
import {
  componentEnd,
  componentStart,
  decimalAt,
  joinedFrom,
  newCursor,
  splitSpan,
  valueFrom,
  valueIsAt,
} from './span-text.ts';

/**
 * Numbers kept per segment: page (-1: kept as an object), from, end, line, and the tag's index
 * in the tag table (`tag-table.ts`; -1 for a tag that is not three letters or digits).
 */
const STRIDE = 5;

/**
 * Room a reader's table starts with at least, and at most on the previous message's word. Small:
 * room for 64 segments made each kept three-unit COARRI message (32 segments) about 1.8 KB
 * bigger (heap and typed arrays: 9.4 against 7.6 KB), a whole input of them that much slower.
 */
const MIN_CAPACITY = 8;

/**
 * Tags are listed in chunks of this many: one list grown past about 16,000 entries (a stowage
 * plan has 90,000 segments) is reallocated outside the young generation at every growth, in
 * memory fresh from the system, and touching that memory cost more than reading the plan.
 */
const TAG_CHUNK_BITS = 13;
const TAG_CHUNK = 1 << TAG_CHUNK_BITS;
const TAG_MASK = TAG_CHUNK - 1;

const MAX_HINT = 1 << 16;

const NONE = new Int32Array(0);
const NO_OFFSETS = new Float64Array(0);

export class SegmentTable {
  count = 0;
  /** Interned tag of every segment, `TAG_CHUNK` to a list (`Array.of`: see `pages`). */
  private readonly tags: string[][] = Array.of<string[]>();
  /** The first of them. */
  private readonly firstTags: string[];
  private ints: Int32Array;
  private offsets: Float64Array;
  /**
   * Not a `[]` literal: its allocation site would end up pretenured once a whole input's tables
   * were seen to live on, and an old array holding the young scanned text kept it (and each
   * streamed message) through young collections. `Array.of` allocates without a site.
   */
  private readonly pages: SpanSource[] = Array.of<SpanSource>();
  /** Segments kept as objects, by number; all of them in a table made by `of`. */
  private objects: Map<number, Segment> | undefined;
  private readonly list: readonly Segment[] | undefined;
  private readonly cursor = newCursor();

  private constructor(list?: readonly Segment[], capacity = MIN_CAPACITY) {
    this.list = list;
    this.firstTags = new Array<string>(Math.min(list?.length ?? capacity, TAG_CHUNK));
    this.tags.push(this.firstTags);
    if (list) for (let i = 0; i < list.length; i++) this.setTag(i, list[i]?.tag ?? '');
    this.count = list === undefined ? 0 : list.length;
    // A table over objects needs no numbers (and tables are made per reader call for them).
    this.ints = list === undefined ? new Int32Array(capacity * STRIDE) : NONE;
    this.offsets = list === undefined ? new Float64Array(capacity) : NO_OFFSETS;
  }

  /**
   * An empty table for the reader to fill, with room for `expected` segments (the reader passes
   * the previous message's count: messages of one interchange tend to be alike, and a table
   * grown by doubling from a small start copies itself several times).
   */
  static empty(expected = MIN_CAPACITY): SegmentTable {
    // An eighth more than the previous message: one a little longer does not double the table.
    const room = expected + (expected >> 3);
    return new SegmentTable(undefined, Math.min(Math.max(room, MIN_CAPACITY), MAX_HINT));
  }

  /**
   * A table over segments that are already objects (messages built in memory, tests, a group
   * handed to a reader on its own); nothing is copied.
   */
  static of(segments: readonly Segment[]): SegmentTable {
    return new SegmentTable(segments);
  }

  addSpan(
    source: SpanSource,
    tag: string,
    tagId: number,
    from: number,
    end: number,
    line: number,
    offset: number,
  ) {
    const i = this.grow();
    const pages = this.pages;
    if (pages[pages.length - 1] !== source) pages.push(source);
    const k = i * STRIDE;
    const ints = this.ints;
    ints[k] = pages.length - 1;
    ints[k + 1] = from;
    ints[k + 2] = end;
    ints[k + 3] = line;
    ints[k + 4] = tagId;
    this.offsets[i] = offset;
    this.setTag(i, tag);
  }

  addSegment(seg: Segment): void {
    const i = this.grow();
    this.ints[i * STRIDE] = -1;
    this.ints[i * STRIDE + 3] = seg.line;
    this.ints[i * STRIDE + 4] = tagIndex(seg.tag);
    this.offsets[i] = seg.offset;
    this.setTag(i, seg.tag);
    (this.objects ??= new Map()).set(i, seg);
  }

  private grow(): number {
    const i = this.count++;
    if (i >= this.offsets.length) {
      const ints = new Int32Array(this.ints.length * 2);
      ints.set(this.ints);
      this.ints = ints;
      const offsets = new Float64Array(this.offsets.length * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    return i;
  }

  private setTag(i: number, tag: string): void {
    let chunk = this.tags[i >> TAG_CHUNK_BITS];
    if (chunk === undefined) this.tags.push((chunk = new Array<string>(TAG_CHUNK)));
    chunk[i & TAG_MASK] = tag;
  }

  /** Segment i's tag ('' past the end). */
  tag(i: number): string {
    // The first list is read directly: most messages fit in it.
    const tag = this.firstTags[i];
    return tag !== undefined ? tag : (this.tags[i >> TAG_CHUNK_BITS]?.[i & TAG_MASK] ?? '');
  }

  /** The index of segment i's tag in the tag table (`tag-table.ts`), -1 for an odd tag. */
  tagIndex(i: number): number {
    return this.list ? tagIndex(this.list[i]?.tag ?? '') : (this.ints[i * STRIDE + 4] ?? -1);
  }

  line(i: number): number {
    return this.list ? (this.list[i]?.line ?? 0) : (this.ints[i * STRIDE + 3] ?? 0);
  }

  offset(i: number): number {
    return this.list ? (this.list[i]?.offset ?? 0) : (this.offsets[i] ?? 0);
  }

  /** The segment's number in its message (UNH = 1). */
  index(i: number): number {
    // A span has no object to look up: its number is its place.
    if (this.list === undefined && (this.ints[i * STRIDE] ?? -1) >= 0) return i + 1;
    return this.object(i)?.index ?? i + 1;
  }

  private object(i: number): Segment | undefined {
    return this.list ? this.list[i] : this.objects?.get(i);
  }

  /** Component `component` of element `element` (1-based) of segment i; undefined when empty. */
  value(i: number, element: number, component = 1): string | undefined {
    const k = i * STRIDE;
    const page = this.ints[k] ?? -1;
    if (page < 0) return this.objectValue(i, element, component);
    const src = this.pages[page] as SpanSource;
    const end = this.ints[k + 2] as number;
    const at = this.start(src, i, end, element, component);
    return valueFrom(src.text, src.codes, at, end, src.element, src.component);
  }

  /**
   * The value of a component made of 1 to 15 digits (counts, weights), read in place: -1 when
   * the component is absent or empty, -2 when it holds anything else (read it as text then).
   */
  digits(i: number, element: number, component = 1): number {
    const k = i * STRIDE;
    const page = this.ints[k] ?? -1;
    if (page < 0) return -2;
    const src = this.pages[page] as SpanSource;
    const end = this.ints[k + 2] as number;
    const at = this.start(src, i, end, element, component);
    if (at < 0) return -1;
    const { codes, element: es, component: cs } = src;
    let n = 0;
    let j = at;
    for (; j < end; j++) {
      const c = codes[j] as number;
      if (c === es || c === cs) break;
      if (c < 48 || c > 57) return -2;
      n = n * 10 + (c - 48);
    }
    return j === at ? -1 : j - at > 15 ? -2 : n;
  }

  /**
   * A decimal number component read in place (`decimalAt`): undefined when absent or empty, NaN
   * when it is not plain digits with an optional minus and decimal mark (read it as text then).
   */
  decimal(i: number, element: number, component = 1): number | undefined {
    const k = i * STRIDE;
    const page = this.ints[k] ?? -1;
    if (page < 0) return Number.NaN;
    const src = this.pages[page] as SpanSource;
    const end = this.ints[k + 2] as number;
    const at = this.start(src, i, end, element, component);
    return decimalAt(src.codes, at, end, src.element, src.component);
  }

  /** Whether a component reads exactly `expected` (compared in place, nothing allocated). */
  valueIs(i: number, element: number, component: number, expected: string): boolean {
    const k = i * STRIDE;
    const page = this.ints[k] ?? -1;
    if (page < 0) return expected !== '' && this.objectValue(i, element, component) === expected;
    const src = this.pages[page] as SpanSource;
    const end = this.ints[k + 2] as number;
    const at = this.start(src, i, end, element, component);
    return valueIsAt(src.codes, at, end, src.element, src.component, expected);
  }

  /**
   * Which of `values` a component reads exactly (its index, the first one when several): -1 when
   * the component is absent or empty, -2 when it reads none of them. The component is found once
   * and compared with each, nothing allocated.
   */
  oneOf(i: number, element: number, component: number, values: readonly string[]): number {
    const k = i * STRIDE;
    const page = this.ints[k] ?? -1;
    if (page < 0) {
      const v = this.objectValue(i, element, component);
      const found = v === undefined ? -1 : values.indexOf(v);
      return found >= 0 || v === undefined ? found : -2;
    }
    const src = this.pages[page] as SpanSource;
    const end = this.ints[k + 2] as number;
    const at = this.start(src, i, end, element, component);
    if (at < 0) return -1;
    const codes = src.codes;
    const n = componentEnd(codes, at, end, src.element, src.component) - at;
    if (n === 0) return -1;
    for (let v = 0; v < values.length; v++) {
      const s = values[v] as string;
      if (s.length !== n) continue;
      let c = 0;
      while (c < n && codes[at + c] === s.charCodeAt(c)) c++;
      if (c === n) return v;
    }
    return -2;
  }

  /**
   * `oneOf` for values also given as their character codes (`codes[v]` those of `values[v]`):
   * the component is compared with them typed array to typed array.
   */
  oneOfCodes(
    i: number,
    element: number,
    component: number,
    values: readonly string[],
    codes: readonly Uint16Array[],
  ): number {
    const k = i * STRIDE;
    const page = this.ints[k] ?? -1;
    if (page < 0) return this.oneOf(i, element, component, values);
    const src = this.pages[page] as SpanSource;
    const end = this.ints[k + 2] as number;
    const at = this.start(src, i, end, element, component);
    if (at < 0) return -1;
    const text = src.codes;
    const n = componentEnd(text, at, end, src.element, src.component) - at;
    if (n === 0) return -1;
    for (let v = 0; v < codes.length; v++) {
      const s = codes[v] as Uint16Array;
      if (s.length !== n) continue;
      let c = 0;
      while (c < n && text[at + c] === s[c]) c++;
      if (c === n) return v;
    }
    return -2;
  }

  /** Whether segment i is a `tag` segment (with that qualifier, element 1 component 1). */
  is(i: number, tag: string, qualifier?: string): boolean {
    return this.tag(i) === tag && (qualifier === undefined || this.valueIs(i, 1, 1, qualifier));
  }

  /** The non-empty components of an element joined by `glue` ('' when there are none). */
  joined(i: number, element: number, glue = ''): string {
    const k = i * STRIDE;
    const page = this.ints[k] ?? -1;
    if (page < 0) return this.objectComponents(i, element).join(glue);
    const src = this.pages[page] as SpanSource;
    const end = this.ints[k + 2] as number;
    const at = this.start(src, i, end, element, 1);
    return joinedFrom(src.text, src.codes, at, end, src.element, src.component, glue);
  }

  /** How many components element `element` of segment i has, empty ones included (0: absent). */
  width(i: number, element: number): number {
    const k = i * STRIDE;
    const page = this.ints[k] ?? -1;
    if (page < 0) return this.object(i)?.elements[element - 1]?.length ?? 0;
    const src = this.pages[page] as SpanSource;
    const end = this.ints[k + 2] as number;
    let at = this.start(src, i, end, element, 1);
    if (at < 0) return 0;
    const { codes, element: es, component: cs } = src;
    let n = 1;
    for (let c = 0; at < end && (c = codes[at] as number) !== es; at++) if (c === cs) n++;
    return n;
  }

  /** The first `tag` segment (with that qualifier) in [from, to), or -1. */
  find(from: number, to: number, tag: string, qualifier?: string): number {
    for (let i = from; i < to; i++) if (this.is(i, tag, qualifier)) return i;
    return -1;
  }

  /** Segment i as an object: the one kept, or a span segment made for the caller. */
  segment(i: number): Segment {
    const k = i * STRIDE;
    const page = this.ints[k] ?? -1;
    if (page < 0) return this.object(i) as Segment;
    const seg = new SpanSegment(
      this.pages[page] as SpanSource,
      this.tag(i),
      this.ints[k + 1] as number,
      this.ints[k + 2] as number,
      this.ints[k + 3] as number,
      this.offsets[i] as number,
    );
    seg.index = i + 1;
    return seg;
  }

  /** Every segment as an object (the message's `segments`). */
  segments(): readonly Segment[] {
    if (this.list) return this.list;
    const out = new Array<Segment>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.segment(i);
    return out;
  }

  /** The elements of segment i, as the exact path gives them. */
  elements(i: number): readonly (readonly string[])[] {
    const k = i * STRIDE;
    const page = this.ints[k] ?? -1;
    if (page < 0) return this.object(i)?.elements ?? [];
    const src = this.pages[page] as SpanSource;
    const from = this.ints[k + 1] as number;
    const end = this.ints[k + 2] as number;
    return splitSpan(src.text, src.codes, from, end, src.element, src.component);
  }

  private start(src: SpanSource, i: number, end: number, element: number, component: number) {
    const from = this.ints[i * STRIDE + 1] as number;
    const { element: es, component: cs, codes } = src;
    return componentStart(codes, from, end, es, cs, element, component, this.cursor, i);
  }

  private objectValue(i: number, element: number, component: number): string | undefined {
    const seg = this.object(i);
    if (seg instanceof SpanSegment) return seg.value(element, component);
    const v = seg?.elements[element - 1]?.[component - 1];
    return v === undefined || v === '' ? undefined : v;
  }

  private objectComponents(i: number, element: number): string[] {
    const seg = this.object(i);
    if (seg instanceof SpanSegment) return seg.components(element);
    return (seg?.elements[element - 1] ?? []).filter((v) => v !== '');
  }
}
