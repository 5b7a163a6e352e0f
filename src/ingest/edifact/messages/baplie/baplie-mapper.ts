/**
 * BAPLIE (bayplan/stowage plan) → the equipment aboard a vessel, with stowage cell (LOC+147),
 * weights, reefer temperature, dangerous goods and ports of loading and discharge, plus the
 * vessel and its call at the place of departure (LOC+5). Each LOC+147 group is one unit; a unit
 * with an invalid value is rejected on its own. Groups are read as ranges of the message's
 * segment table, never copied out.
 */
import type { Equipment } from '../../../../core/cargo/index.ts';
import type { SegmentTable } from '../../syntax/segment-table.ts';
import { readEquipmentIn } from '../common/equipment-reader.ts';
import type { Sink } from '../common/field-readers.ts';
import { PLACE } from '../common/location-reader.ts';
import type { MessageBody } from '../common/message-body.ts';
import { diagnosticIn, type MessageContext } from '../common/message-context.ts';
import { emptyOutcome, NO_DIAGNOSTICS, settle } from '../common/record-outcome.ts';
import { readVoyageHeader } from '../common/voyage-reader.ts';

const isStowageCell = (t: SegmentTable, i: number) => t.is(i, 'LOC', PLACE.stowageCell);

/** The unit of the group [from, to) (its first EQD) and the key naming it. */
function readUnit(ctx: MessageContext, from: number, to: number, sink: Sink) {
  const t = ctx.table;
  const read = readEquipmentIn(ctx, t, from, to, sink);
  if (read === undefined)
    sink.push(
      diagnosticIn(
        ctx,
        t,
        from,
        {},
        'baplie.equipment-missing',
        `Stowage cell ${t.value(from, 2) ?? ''} has no EQD segment.`,
        'error',
        { cell: t.value(from, 2) ?? '' },
      ),
    );
  // The unit's EQD is the one read (the group's first); its number as sent names the unit.
  const key = read?.sent ?? `cell ${t.value(from, 2) ?? '?'}`;
  return { value: read?.equipment, key };
}

export function mapBaplie(ctx: MessageContext): MessageBody {
  const t = ctx.table;
  const sink: Sink = [];
  // The head runs to the first LOC+147; the groups from there to UNT.
  let close = 0;
  let first = -1;
  for (; close < t.count; close++) {
    if (t.tag(close) === 'UNT') break;
    if (first < 0 && isStowageCell(t, close)) first = close;
  }
  const headEnd = first < 0 ? close : first;
  const head = new Array<ReturnType<SegmentTable['segment']>>(headEnd);
  for (let i = 0; i < headEnd; i++) head[i] = t.segment(i);
  const voyage = readVoyageHeader(ctx, head, [PLACE.departure], sink);
  const outcome = emptyOutcome<Equipment>();
  // One list for every unit's diagnostics, copied out only when there are some.
  const scratch: Sink = [];
  for (let from = first; from >= 0 && from < close;) {
    let to = from + 1;
    while (to < close && !isStowageCell(t, to)) to++;
    const { value, key } = readUnit(ctx, from, to, scratch);
    const own = scratch.length === 0 ? NO_DIAGNOSTICS : scratch.splice(0);
    const range = { from: t.index(from), to: t.index(to - 1) };
    settle(outcome, { kind: 'equipment', key, range, value, diagnostics: own });
    from = to;
  }
  return {
    ...(voyage.transport ? { transport: voyage.transport } : {}),
    ...(voyage.named ? { call: voyage.named } : {}),
    records: {
      equipment: outcome.records,
      vessels: voyage.vessel ? [voyage.vessel] : [],
      portCalls: voyage.portCall ? [voyage.portCall] : [],
    },
    rejected: outcome.rejected,
    diagnostics: [...sink, ...outcome.diagnostics],
  };
}
