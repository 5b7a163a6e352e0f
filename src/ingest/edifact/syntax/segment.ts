/**
 * The shape every EDIFACT consumer works with: decoded segments grouped into messages, and the
 * delimiters an interchange uses. Message mappers are written against these types only.
 */

export interface Segment {
  readonly tag: string;
  /** elements[i][j] = element i+1 after the tag, component j+1; release characters removed, text decoded. */
  readonly elements: readonly (readonly string[])[];
  /** 1-based position within its message (UNH = 1); for UNA/UNB/UNG/UNE/UNZ, within the interchange. */
  readonly index: number;
  /** 1-based line where the segment starts. */
  readonly line: number;
  /** 0-based byte offset of the segment's first byte in the input. */
  readonly offset: number;
  /**
   * Syntax version 4 repetitions: for an element that was repeated, every occurrence by its
   * 0-based element index (elements[i] holds the first occurrence). Absent when nothing repeats.
   */
  readonly repetitions?: Readonly<Record<number, readonly (readonly string[])[]>>;
}

export interface EdifactMessage {
  readonly interchangeRef: string;
  /** UNH 0062, the message reference number. */
  readonly reference: string;
  readonly type: string;
  readonly version: string;
  readonly release: string;
  readonly agency: string;
  readonly associationCode?: string;
  /** UNH..UNT inclusive. */
  readonly segments: readonly Segment[];
}

export interface Delimiters {
  component: string;
  element: string;
  decimal: string;
  release: string;
  /** ' ' means "no repetition separator" (syntax versions 1 to 3). */
  repetition: string;
  segment: string;
}
