/** Freezes an assembled message into the EdifactMessage handed to mappers. */
import type { OpenMessage } from './envelope-state.ts';
import type { EdifactMessage } from './segment.ts';

export function toMessage(m: OpenMessage): EdifactMessage {
  const base = {
    interchangeRef: m.interchangeRef,
    reference: m.reference,
    type: m.type,
    version: m.version,
    release: m.release,
    agency: m.agency,
    segments: m.segments,
  };
  return m.associationCode === undefined ? base : { ...base, associationCode: m.associationCode };
}
