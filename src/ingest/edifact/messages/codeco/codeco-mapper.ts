/**
 * CODECO (container gate-in/gate-out report) → actual GTIN and GTOT container events. BGM 34 is a
 * gate-in report, 36 a gate-out report (SMDG CODECO user manual); the time is DTM+7 (effective)
 * in the EQD group, the place the header LOC+165 (terminal or depot), and the inland transport
 * the group's TDT (pre-carriage for gate-in, on-carriage for gate-out).
 */
import { mapEquipmentEvents } from '../common/equipment-events.ts';
import type { MessageBody } from '../common/message-body.ts';
import { eventTypeOfCode, withDocumentCodeDiagnostic } from '../common/document-code.ts';
import type { MessageContext } from '../common/message-context.ts';
import type { MessageHeader } from '../common/message-header.ts';
import { PLACE } from '../common/location-reader.ts';

export const CODECO_DOCUMENT_CODES = { GTIN: '34', GTOT: '36' } as const;
export type CodecoEventType = keyof typeof CODECO_DOCUMENT_CODES;

export function mapCodeco(ctx: MessageContext, header: MessageHeader): MessageBody {
  const eventType = eventTypeOfCode(CODECO_DOCUMENT_CODES, header.documentCode);
  const body = mapEquipmentEvents(ctx, {
    eventType,
    classifier: 'ACT',
    timeQualifiers: ['7'],
    placeQualifiers: [PLACE.positioning],
    transportFrom: 'group',
  });
  return withDocumentCodeDiagnostic(ctx, body, eventType !== undefined, {
    code: 'codeco.document-code',
    message: `CODECO document code "${header.documentCode ?? ''}" is not 34 (gate-in) or 36 (gate-out).`,
    params: { documentCode: header.documentCode ?? '' },
  });
}
