/**
 * COPRAR writer: planned loads and discharges as loading (45) and discharge (121) orders per
 * vessel call and place; planned time in the EQD group's DTM+133 (load) or DTM+132 (discharge).
 */
import { buildEventMessages, type EventDocument, type TypedEvent } from '../common/event-writer.ts';
import { writeMessages, type WriterBase } from '../common/interchange-output.ts';
import { PLACE } from '../common/location-reader.ts';
import { COPRAR_DOCUMENT_CODES, type CoprarEventType } from './coprar-mapper.ts';

export interface CoprarInput extends WriterBase, EventDocument {
  readonly events: readonly TypedEvent<CoprarEventType>[];
}

export function buildCoprarMessages(input: CoprarInput) {
  return buildEventMessages(
    input.events,
    {
      documentCode: (t) => COPRAR_DOCUMENT_CODES[t],
      placeQualifier: (t) => (t === 'LOAD' ? PLACE.loading : PLACE.discharge),
      timeQualifier: (t) => (t === 'LOAD' ? '133' : '132'),
      status: (t) => (t === 'LOAD' ? '2' : '3'),
      transportFrom: 'vessel',
    },
    input,
  );
}

export function writeCoprar(input: CoprarInput): string {
  return writeMessages('COPRAR', input, buildCoprarMessages(input));
}
