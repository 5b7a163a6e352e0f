/**
 * BAPLIE (bayplan/stowage plan) → the equipment aboard a vessel, with stowage cell (LOC+147),
 * weights, reefer temperature, dangerous goods and ports of loading and discharge, plus the
 * vessel and its call at the place of departure (LOC+5). Each LOC+147 group is one unit; a unit
 * with an invalid value is rejected on its own.
 */
import type { Equipment } from '../../../../core/cargo/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readEquipment } from '../common/equipment-reader.ts';
import type { Sink } from '../common/field-readers.ts';
import { PLACE } from '../common/location-reader.ts';
import type { MessageBody } from '../common/message-body.ts';
import { segmentDiagnostic, type MessageContext } from '../common/message-context.ts';
import { emptyOutcome, settle } from '../common/record-outcome.ts';
import { isSegment, valueAt } from '../common/segment-access.ts';
import { rangeOf, splitGroups } from '../common/segment-groups.ts';
import { readVoyageHeader } from '../common/voyage-reader.ts';

const isStowageCell = (s: Segment) => isSegment(s, 'LOC', PLACE.stowageCell);

function readUnit(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): Equipment | undefined {
  const read = readEquipment(ctx, group, sink);
  if (read === undefined) {
    const loc = group[0] as Segment;
    sink.push(
      segmentDiagnostic(
        ctx,
        loc,
        {},
        'baplie.equipment-missing',
        `Stowage cell ${valueAt(loc, 2) ?? ''} has no EQD segment.`,
      ),
    );
  }
  return read?.equipment;
}

export function mapBaplie(ctx: MessageContext): MessageBody {
  const sink: Sink = [];
  const split = splitGroups(ctx.message.segments, isStowageCell, (s) => s.tag === 'UNT');
  const voyage = readVoyageHeader(ctx, split.head, [PLACE.departure], sink);
  const outcome = emptyOutcome<Equipment>();
  for (const group of split.groups) {
    const own: Sink = [];
    const value = readUnit(ctx, group, own);
    const eqd = group.find((s) => s.tag === 'EQD');
    const key = (eqd && valueAt(eqd, 2)) ?? `cell ${valueAt(group[0] as Segment, 2) ?? '?'}`;
    settle(outcome, { kind: 'equipment', key, range: rangeOf(group), value, diagnostics: own });
  }
  return {
    ...(voyage.transport ? { transport: voyage.transport } : {}),
    records: {
      equipment: outcome.records,
      vessels: voyage.vessel ? [voyage.vessel] : [],
      portCalls: voyage.portCall ? [voyage.portCall] : [],
    },
    rejected: outcome.rejected,
    diagnostics: [...sink, ...outcome.diagnostics],
  };
}
