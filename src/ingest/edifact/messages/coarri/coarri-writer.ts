/**
 * COARRI writer: actual loads and discharges as loading (46) and discharge (44) reports, one
 * message per vessel call, place and event type; execution time in DTM+203.
 */
import { buildEventMessages, type EventDocument, type TypedEvent } from '../common/event-writer.ts';
import { writeMessages, type WriterBase } from '../common/interchange-output.ts';
import { PLACE } from '../common/location-reader.ts';
import { COARRI_DOCUMENT_CODES, type CoarriEventType } from './coarri-mapper.ts';

export interface CoarriInput extends WriterBase, EventDocument {
  readonly events: readonly TypedEvent<CoarriEventType>[];
}

export function buildCoarriMessages(input: CoarriInput) {
  return buildEventMessages(
    input.events,
    {
      documentCode: (t) => COARRI_DOCUMENT_CODES[t],
      placeQualifier: (t) => (t === 'LOAD' ? PLACE.loading : PLACE.discharge),
      timeQualifier: () => '203',
      status: (t) => (t === 'LOAD' ? '2' : '3'),
      transportFrom: 'vessel',
    },
    input,
  );
}

export function writeCoarri(input: CoarriInput): string {
  return writeMessages('COARRI', input, buildCoarriMessages(input));
}
