/** Freezes an assembled message into the EdifactMessage handed to mappers. */
import type { OpenMessage } from './envelope-state.ts';
import type { EdifactMessage, Segment } from './segment.ts';
import { attachTable } from './segment-table.ts';

/**
 * The message keeps its segment table (mappers read it); `segments` is made from the table the
 * first time it is asked for, as an enumerable property so the message still compares as data.
 */
export function toMessage(m: OpenMessage): EdifactMessage {
  const table = m.table;
  let segments: readonly Segment[] | undefined;
  const out = {
    interchangeRef: m.interchangeRef,
    reference: m.reference,
    type: m.type,
    version: m.version,
    release: m.release,
    agency: m.agency,
  } as { -readonly [K in keyof EdifactMessage]: EdifactMessage[K] };
  Object.defineProperty(out, 'segments', {
    enumerable: true,
    get: () => (segments ??= table.segments()),
  });
  if (m.associationCode !== undefined) out.associationCode = m.associationCode;
  attachTable(out, table);
  return out;
}
