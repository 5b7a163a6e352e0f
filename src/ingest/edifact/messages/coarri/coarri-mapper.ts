/**
 * COARRI (container discharge/loading report) → actual LOAD and DISC container events at the
 * terminal. BGM 44 reports a discharge, 46 a loading (SMDG COARRI user manual); any other code is
 * reported and each container's equipment status (EQD 8249: 2 export, 3 import) decides.
 */
import type { EquipmentEventType } from '../../../../core/cargo/index.ts';
import type { SegmentTable } from '../../syntax/segment-table.ts';
import { mapEquipmentEvents } from '../common/equipment-events.ts';
import type { MessageBody } from '../common/message-body.ts';
import { eventTypeOfCode, withDocumentCodeDiagnostic } from '../common/document-code.ts';
import type { MessageContext } from '../common/message-context.ts';
import type { MessageHeader } from '../common/message-header.ts';
import { PLACE } from '../common/location-reader.ts';

export const COARRI_DOCUMENT_CODES = { DISC: '44', LOAD: '46' } as const;
export type CoarriEventType = keyof typeof COARRI_DOCUMENT_CODES;

function typeByStatus(t: SegmentTable, eqd: number): EquipmentEventType | undefined {
  return t.valueIs(eqd, 5, 1, '3') ? 'DISC' : t.valueIs(eqd, 5, 1, '2') ? 'LOAD' : undefined;
}

export function mapCoarri(ctx: MessageContext, header: MessageHeader): MessageBody {
  const eventType = eventTypeOfCode(COARRI_DOCUMENT_CODES, header.documentCode);
  const body = mapEquipmentEvents(ctx, {
    eventType,
    typeOfGroup: typeByStatus,
    classifier: 'ACT',
    timeQualifiers: ['203'],
    placeQualifiers: eventType === 'LOAD' ? [PLACE.loading] : [PLACE.discharge, PLACE.loading],
    transportFrom: 'vessel',
  });
  return withDocumentCodeDiagnostic(ctx, body, eventType !== undefined, {
    code: 'coarri.document-code',
    message: `COARRI document code "${header.documentCode ?? ''}" is not 44 (discharge report) or 46 (loading report); each container's equipment status decides.`,
    severity: 'warning',
    params: { documentCode: header.documentCode ?? '' },
  });
}
