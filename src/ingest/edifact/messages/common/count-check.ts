/**
 * Control totals: CNT+16 carries the number of equipment units the sender counted; a mismatch
 * with the EQD segments present means units were lost or duplicated on the way.
 */
import type { Sink } from './field-readers.ts';
import { diagnosticIn, type MessageContext } from './message-context.ts';

export function checkEquipmentCount(ctx: MessageContext, sink: Sink): void {
  const t = ctx.table;
  let actual = 0;
  for (let i = 0; i < t.count; i++) if (t.tag(i) === 'EQD') actual++;
  for (let i = 0; i < t.count; i++) {
    if (!t.is(i, 'CNT', '16')) continue;
    const declared = t.value(i, 1, 2);
    if (declared === undefined || Number(declared) === actual) continue;
    sink.push(
      diagnosticIn(
        ctx,
        t,
        i,
        { element: 1, component: 2 },
        'cnt.equipment-count',
        `CNT+16 declares ${declared} equipment units but the message has ${actual} EQD segments.`,
        'error',
        { declared, actual },
      ),
    );
  }
}
