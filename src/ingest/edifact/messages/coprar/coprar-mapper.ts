/**
 * COPRAR (container discharge/loading order) → planned LOAD and DISC container events. BGM 45 is
 * a loading order, 121 a discharge order; the planned time is the EQD group's or the header's
 * DTM+133 (departure) for a load and DTM+132 (arrival) for a discharge.
 */
import { mapEquipmentEvents } from '../common/equipment-events.ts';
import type { MessageBody } from '../common/message-body.ts';
import { eventTypeOfCode, withDocumentCodeDiagnostic } from '../common/document-code.ts';
import type { MessageContext } from '../common/message-context.ts';
import type { MessageHeader } from '../common/message-header.ts';
import { PLACE } from '../common/location-reader.ts';

export const COPRAR_DOCUMENT_CODES = { LOAD: '45', DISC: '121' } as const;
export type CoprarEventType = keyof typeof COPRAR_DOCUMENT_CODES;

export function mapCoprar(ctx: MessageContext, header: MessageHeader): MessageBody {
  const eventType = eventTypeOfCode(COPRAR_DOCUMENT_CODES, header.documentCode);
  const body = mapEquipmentEvents(ctx, {
    eventType,
    classifier: 'PLN',
    timeQualifiers: eventType === 'DISC' ? ['132'] : ['133'],
    placeQualifiers: eventType === 'DISC' ? [PLACE.discharge] : [PLACE.loading],
    transportFrom: 'vessel',
  });
  return withDocumentCodeDiagnostic(ctx, body, eventType !== undefined, {
    code: 'coprar.document-code',
    message: `COPRAR document code "${header.documentCode ?? ''}" is not 45 (loading order) or 121 (discharge order).`,
    params: { documentCode: header.documentCode ?? '' },
  });
}
