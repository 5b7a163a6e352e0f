/**
 * CODECO writer: gate moves as gate-in (34) and gate-out (36) reports per place; effective time
 * in DTM+7, the truck, rail or barge in the EQD group's TDT (stage 1 in, 30 out).
 */
import { buildEventMessages, type EventDocument, type TypedEvent } from '../common/event-writer.ts';
import { writeMessages, type WriterBase } from '../common/interchange-output.ts';
import { PLACE } from '../common/location-reader.ts';
import { CODECO_DOCUMENT_CODES, type CodecoEventType } from './codeco-mapper.ts';

export interface CodecoInput extends WriterBase, EventDocument {
  readonly events: readonly TypedEvent<CodecoEventType>[];
}

export function buildCodecoMessages(input: CodecoInput) {
  return buildEventMessages(
    input.events,
    {
      documentCode: (t) => CODECO_DOCUMENT_CODES[t],
      placeQualifier: () => PLACE.positioning,
      timeQualifier: () => '7',
      status: (t) => (t === 'GTIN' ? '2' : '3'),
      transportFrom: 'group',
      groupStage: (t) => (t === 'GTIN' ? '1' : '30'),
    },
    input,
  );
}

export function writeCodeco(input: CodecoInput): string {
  return writeMessages('CODECO', input, buildCodecoMessages(input));
}
