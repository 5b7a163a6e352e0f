/** Freezes an assembled message into the EdifactMessage handed to mappers. */
import type { OpenMessage } from './envelope-state.ts';
import type { EdifactMessage, Segment } from './segment.ts';
import { attachTable, tableOf } from './message-table.ts';

/** Where `segments` keeps the objects it made (not enumerable: the message stays plain data). */
const SEGMENTS: unique symbol = Symbol('segments');

type Delivered = { -readonly [K in keyof EdifactMessage]: EdifactMessage[K] } & {
  [SEGMENTS]?: readonly Segment[];
};

/**
 * The `segments` getter, one function for every message: a closure per message gave each
 * message an accessor of its own, so no two messages shared a shape.
 */
function segments(this: Delivered): readonly Segment[] {
  let made = this[SEGMENTS];
  if (made === undefined) {
    made = tableOf(this).segments();
    Object.defineProperty(this, SEGMENTS, { value: made });
  }
  return made;
}

/**
 * Made with `new`, not as a literal: once the engine saw a literal's messages outlive young
 * collections (a whole input's messages all do), it would allocate every later one, streamed
 * ones included, in the old generation, where it kept its young segment table alive until a
 * full collection.
 */
class DeliveredMessage {
  constructor(
    readonly interchangeRef: string,
    readonly reference: string,
    readonly type: string,
    readonly version: string,
    readonly release: string,
    readonly agency: string,
  ) {}
}

/**
 * The message keeps its segment table (mappers read it); `segments` is made from the table the
 * first time it is asked for, as an enumerable property so the message still compares as data.
 */
export function toMessage(m: OpenMessage): EdifactMessage {
  const { interchangeRef, reference, type, version, release, agency } = m;
  const out = new DeliveredMessage(
    interchangeRef,
    reference,
    type,
    version,
    release,
    agency,
  ) as Delivered;
  Object.defineProperty(out, 'segments', { enumerable: true, get: segments });
  if (m.associationCode !== undefined) out.associationCode = m.associationCode;
  attachTable(out, m.table);
  return out;
}
