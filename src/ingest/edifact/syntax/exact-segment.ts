/**
 * A segment the scanner took apart character by character (release characters, line breaks,
 * repetitions, characters outside the repertoire). Made with `new`, not as a literal: a literal's
 * allocation site, once the engine saw its objects outlive young collections (every segment of a
 * whole input held in memory does), would have every later one allocated in the old generation,
 * keeping its young element arrays alive until a full collection.
 */
import type { RawSegment } from './raw-segment.ts';

export class ExactSegment implements RawSegment {
  constructor(
    readonly tag: string,
    readonly elements: readonly (readonly string[])[],
    public index: number,
    readonly line: number,
    readonly offset: number,
  ) {}
}
