/**
 * What every consignment of a CUSCAR message shares: the voyage of the header (TDT+20 with its
 * LOC and DTM, read from the segments before the first EQD) and the equipment declared in the
 * header's EQD groups, by container number as sent.
 */
import { hasErrors, type Diagnostic } from '../../../../core/diagnostic.ts';
import type { SegmentTable } from '../../syntax/segment-table.ts';
import { readEquipmentIn, type EquipmentRead } from '../common/equipment-reader.ts';
import type { NamedContainers } from '../common/goods-item-reader.ts';
import type { Sink } from '../common/field-readers.ts';
import { PLACE } from '../common/location-reader.ts';
import type { MessageContext } from '../common/message-context.ts';
import { NO_DIAGNOSTICS } from '../common/record-outcome.ts';
import { readVoyageHeader, type VoyageHeader } from '../common/voyage-reader.ts';

/** Equipment declared in the header, with its own diagnostics and whether it may be linked. */
export interface SharedEquipment {
  readonly equipment: EquipmentRead['equipment'];
  readonly sink: readonly Diagnostic[];
  /** It has a valid container number and no error of its own. */
  readonly usable: boolean;
}

/**
 * The header's equipment by container number as sent, first declaration wins. Goods items
 * mostly name the units in the order they were declared, so a look-up first compares the key
 * with the unit after the last one found (one string comparison) and only then asks the map.
 */
export class DeclaredEquipment {
  private readonly indexOf = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly units: SharedEquipment[] = [];
  private next = 0;

  has(key: string): boolean {
    return this.indexOf.has(key);
  }

  add(key: string, unit: SharedEquipment): void {
    this.indexOf.set(key, this.units.length);
    this.keys.push(key);
    this.units.push(unit);
  }

  get(key: string): SharedEquipment | undefined {
    let k = this.next;
    if (this.keys[k] !== key) {
      const found = this.indexOf.get(key);
      if (found === undefined) return undefined;
      k = found;
    }
    this.next = k + 1;
    return this.units[k];
  }
}

export interface CuscarShared {
  readonly voyage: VoyageHeader;
  /** The header's segments are [0, headerEnd) of the table (up to the first EQD). */
  readonly headerEnd: number;
  readonly equipment: DeclaredEquipment;
  /** The containers a consignment's goods items name (one list reused for every consignment). */
  readonly named: NamedContainers;
  /** The header's first LOC+9, 11, 88 and 7 (-1 when absent): a consignment's fallback route. */
  readonly headerPlaces: {
    readonly pol: number;
    readonly pod: number;
    readonly receipt: number;
    readonly delivery: number;
  };
}

/** The EQD groups of [from, to) (each EQD to the next, up to a CNT), by container number. */
function readSharedEquipment(ctx: MessageContext, t: SegmentTable, from: number, to: number) {
  const map = new DeclaredEquipment();
  // One list for every unit's diagnostics, copied out only when there are some.
  const scratch: Sink = [];
  // A CNT closes the groups, wherever it is in the head.
  let end = 0;
  while (end < to && t.tag(end) !== 'CNT') end++;
  let open = -1;
  for (let i = from; i <= end; i++) {
    if (i < end && t.tag(i) !== 'EQD') continue;
    if (open >= 0) addEquipment(ctx, t, { from: open, to: i }, map, scratch);
    open = i;
  }
  return map;
}

function addEquipment(
  ctx: MessageContext,
  t: SegmentTable,
  group: { readonly from: number; readonly to: number },
  map: DeclaredEquipment,
  scratch: Sink,
): void {
  const read = readEquipmentIn(ctx, t, group.from, group.to, scratch);
  if (read === undefined || map.has(read.raw)) {
    scratch.length = 0;
    return;
  }
  // Nearly every unit reads without a diagnostic: those share one empty list.
  const sink = scratch.length === 0 ? NO_DIAGNOSTICS : scratch.splice(0);
  const usable = read.equipment !== undefined && (sink.length === 0 || !hasErrors(sink));
  map.add(read.raw, { equipment: read.equipment, sink, usable });
}

/** The shared part of the message's head [0, headEnd) (everything before the first CNI). */
export function readShared(ctx: MessageContext, headEnd: number, sink: Sink): CuscarShared {
  const t = ctx.table;
  let headerEnd = 0;
  while (headerEnd < headEnd && t.tag(headerEnd) !== 'EQD') headerEnd++;
  const header = [];
  for (let i = 0; i < headerEnd; i++) header.push(t.segment(i));
  const voyage = readVoyageHeader(ctx, header, [PLACE.discharge, '60'], sink);
  const headerPlaces = {
    pol: t.find(0, headerEnd, 'LOC', PLACE.loading),
    pod: t.find(0, headerEnd, 'LOC', PLACE.discharge),
    receipt: t.find(0, headerEnd, 'LOC', PLACE.receipt),
    delivery: t.find(0, headerEnd, 'LOC', PLACE.delivery),
  };
  const equipment = readSharedEquipment(ctx, t, headerEnd, headEnd);
  return { voyage, headerEnd, equipment, headerPlaces, named: { list: [], count: 0 } };
}
