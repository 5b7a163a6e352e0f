/** The open message a UNH starts: its header values and an empty segment table. */
import { componentOf } from './component-of.ts';
import type { OpenMessage } from './envelope-state.ts';
import type { Segment } from './segment.ts';
import type { SegmentTable } from './segment-table.ts';

/**
 * Made with `new` rather than as a literal: a literal's allocation site, once the engine saw its
 * objects outlive young collections (reading a whole input), would put every later one in the
 * old generation, keeping its young segment table alive until a full collection.
 */
class OpenMessageOf implements OpenMessage {
  rejected = false;
  constructor(
    readonly interchangeRef: string,
    readonly reference: string,
    readonly type: string,
    readonly version: string,
    readonly release: string,
    readonly agency: string,
    readonly associationCode: string | undefined,
    readonly table: SegmentTable,
  ) {}
}

/** UNH 0062 and S009, read in place (an absent or empty association code is left out). */
export function openMessage(
  unh: Segment,
  interchangeRef: string,
  table: SegmentTable,
): OpenMessage {
  const association = componentOf(unh, 2, 5);
  return new OpenMessageOf(
    interchangeRef,
    componentOf(unh, 1),
    componentOf(unh, 2, 1),
    componentOf(unh, 2, 2),
    componentOf(unh, 2, 3),
    componentOf(unh, 2, 4),
    association === '' ? undefined : association,
    table,
  );
}
