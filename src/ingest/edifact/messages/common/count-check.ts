/**
 * Control totals: CNT+16 carries the number of equipment units the sender counted; a mismatch
 * with the EQD segments present means units were lost or duplicated on the way.
 */
import type { Segment } from '../../syntax/segment.ts';
import type { Sink } from './field-readers.ts';
import { segmentDiagnostic, type MessageContext } from './message-context.ts';
import { filterSegments, valueAt } from './segment-access.ts';

export function checkEquipmentCount(
  ctx: MessageContext,
  segs: readonly Segment[],
  sink: Sink,
): void {
  const actual = filterSegments(segs, 'EQD').length;
  for (const cnt of filterSegments(segs, 'CNT', '16')) {
    const declared = valueAt(cnt, 1, 2);
    if (declared === undefined || Number(declared) === actual) continue;
    sink.push(
      segmentDiagnostic(
        ctx,
        cnt,
        { element: 1, component: 2 },
        'cnt.equipment-count',
        `CNT+16 declares ${declared} equipment units but the message has ${actual} EQD segments.`,
      ),
    );
  }
}
