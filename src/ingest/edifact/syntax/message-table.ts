/** The segment table a delivered message carries (`segment-table.ts`). */
import type { EdifactMessage } from './segment.ts';
import { SegmentTable } from './segment-table.ts';

/**
 * Where a delivered message keeps its table: a non-enumerable symbol property, so the message
 * still compares and spreads as plain data. Not a WeakMap: an entry whose key is a young object
 * keeps its value alive through every young-generation collection until a full one, so with
 * thousands of small messages every table was copied and promoted instead of dying young.
 */
const TABLE: unique symbol = Symbol('segment table');

interface WithTable {
  readonly [TABLE]?: SegmentTable;
}

export function attachTable(message: EdifactMessage, table: SegmentTable): void {
  Object.defineProperty(message, TABLE, { value: table });
}

/** A message's segment table: the reader's, or one made over its segment objects. */
export function tableOf(message: EdifactMessage): SegmentTable {
  return (message as WithTable)[TABLE] ?? SegmentTable.of(message.segments);
}
