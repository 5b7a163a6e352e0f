/**
 * COARRI (container discharge/loading report) → actual LOAD and DISC container events at the
 * terminal. BGM 44 reports a discharge, 46 a loading (SMDG COARRI user manual); any other code is
 * reported and each container's equipment status (EQD 8249: 2 export, 3 import) decides.
 */
import type { EquipmentEventType } from '../../../../core/cargo/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { mapEquipmentEvents } from '../common/equipment-events.ts';
import type { MessageBody } from '../common/message-body.ts';
import { segmentDiagnostic, type MessageContext } from '../common/message-context.ts';
import type { MessageHeader } from '../common/message-header.ts';
import { PLACE } from '../common/location-reader.ts';
import { findSegment, valueAt } from '../common/segment-access.ts';

export const COARRI_DOCUMENT_CODES = { DISC: '44', LOAD: '46' } as const;
export type CoarriEventType = keyof typeof COARRI_DOCUMENT_CODES;

function eventTypeOf(code: string | undefined): CoarriEventType | undefined {
  return code === COARRI_DOCUMENT_CODES.DISC
    ? 'DISC'
    : code === COARRI_DOCUMENT_CODES.LOAD
      ? 'LOAD'
      : undefined;
}

function typeByStatus(eqd: Segment): EquipmentEventType | undefined {
  const status = valueAt(eqd, 5);
  return status === '3' ? 'DISC' : status === '2' ? 'LOAD' : undefined;
}

export function mapCoarri(ctx: MessageContext, header: MessageHeader): MessageBody {
  const eventType = eventTypeOf(header.documentCode);
  const body = mapEquipmentEvents(ctx, {
    eventType,
    typeOfGroup: typeByStatus,
    classifier: 'ACT',
    timeQualifiers: ['203'],
    placeQualifiers: eventType === 'LOAD' ? [PLACE.loading] : [PLACE.discharge, PLACE.loading],
    transportFrom: 'vessel',
  });
  const bgm = findSegment(ctx.message.segments, 'BGM');
  if (eventType !== undefined || !bgm) return body;
  const warning = segmentDiagnostic(
    ctx,
    bgm,
    { element: 1 },
    'coarri.document-code',
    `COARRI document code "${header.documentCode ?? ''}" is not 44 (discharge report) or 46 (loading report); each container's equipment status decides.`,
    'warning',
  );
  return { ...body, diagnostics: [warning, ...body.diagnostics] };
}
