/**
 * CUSCAR (customs cargo report) → consignments, vessel and port call. The header carries the
 * voyage (TDT+20 with its LOC and DTM) and the equipment (EQD groups, `cuscar-shared.ts`); each
 * CNI group is one consignment (`cuscar-consignment.ts`). A consignment with an invalid value —
 * or stuffed in invalid equipment — is rejected on its own. Groups are read as ranges of the
 * message's segment table, never copied out.
 */
import type { Consignment } from '../../../../core/cargo/index.ts';
import type { Sink } from '../common/field-readers.ts';
import type { MessageBody } from '../common/message-body.ts';
import type { MessageContext } from '../common/message-context.ts';
import { emptyOutcome, NO_DIAGNOSTICS, settle } from '../common/record-outcome.ts';
import { readConsignment } from './cuscar-consignment.ts';
import { readShared } from './cuscar-shared.ts';

export function mapCuscar(ctx: MessageContext): MessageBody {
  const t = ctx.table;
  const sink: Sink = [];
  // The head runs to the first CNI; the groups from there to UNT or AUT.
  let close = 0;
  let firstCni = -1;
  for (; close < t.count; close++) {
    const tag = t.tag(close);
    if (tag === 'UNT' || tag === 'AUT') break;
    if (tag === 'CNI' && firstCni < 0) firstCni = close;
  }
  const shared = readShared(ctx, firstCni < 0 ? close : firstCni, sink);
  const outcome = emptyOutcome<Consignment>();
  // One list for every consignment's diagnostics, copied out only when there are some.
  const scratch: Sink = [];
  for (let from = firstCni; from >= 0 && from < close;) {
    let to = from + 1;
    while (to < close && t.tag(to) !== 'CNI') to++;
    const value = readConsignment(ctx, shared, from, to, scratch);
    const own = scratch.length === 0 ? NO_DIAGNOSTICS : scratch.splice(0);
    const key = value?.billNumber || `CNI ${t.value(from, 1) ?? '?'}`;
    const range = { from: t.index(from), to: t.index(to - 1) };
    settle(outcome, { kind: 'consignment', key, range, value, diagnostics: own });
    from = to;
  }
  const { voyage } = shared;
  return {
    ...(voyage.transport ? { transport: voyage.transport } : {}),
    ...(voyage.named ? { call: voyage.named } : {}),
    records: {
      consignments: outcome.records,
      vessels: voyage.vessel ? [voyage.vessel] : [],
      portCalls: voyage.portCall ? [voyage.portCall] : [],
    },
    rejected: outcome.rejected,
    diagnostics: [...sink, ...outcome.diagnostics],
  };
}
