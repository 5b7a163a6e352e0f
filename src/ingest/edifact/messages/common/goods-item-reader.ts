/**
 * Goods items (GID group): sequence (1496), packages (C213), description (FTX+AAA), weights and
 * volume (MEA), container numbers (SGP), marks (PCI C210), HS code (CST C246 or PIA+5). A group
 * is the segments [from, to) of a segment table, read in place.
 */
import type { GoodsItem } from '../../../../core/cargo/index.ts';
import {
  isContainerNumber,
  parseContainerNumber,
  type ContainerNumber,
} from '../../../../core/identifiers/index.ts';
import type { SegmentTable } from '../../syntax/segment-table.ts';
import type { Sink } from './field-readers.ts';
import { diagnosticIn, type MessageContext } from './message-context.ts';
import { readMeasureIn } from './measure-reader.ts';
import { equipmentKey } from './segment-access.ts';
import { parseIn, readHsCodeIn, readNumberIn } from './table-field-readers.ts';

/**
 * The container numbers the goods items name, as sent (upper case, no spaces), valid or not, in
 * order, to link equipment: one list reused from consignment to consignment (`count` says how
 * many it holds), so reading an item makes no list of its own for them.
 */
export interface NamedContainers {
  readonly list: string[];
  count: number;
}

type GoodsDraft = { -readonly [K in keyof GoodsItem]: GoodsItem[K] };

/** MEA weights and volume, set on the item in the order the segments come. */
function addWeights(ctx: MessageContext, t: SegmentTable, i: number, sink: Sink, out: GoodsDraft) {
  const m = readMeasureIn(ctx, t, i, sink);
  if (m?.kind === 'gross') out.grossWeightKg = m.value;
  else if (m?.kind === 'net') out.netWeightKg = m.value;
  else if (m?.kind === 'volume') out.volumeM3 = m.value;
}

/**
 * The SGP container numbers: valid ones for the item (a list made at its size: a pushed-to `[]`
 * reserves room for 17), every one as sent into `named` to link equipment.
 */
function readContainers(
  ctx: MessageContext,
  t: SegmentTable,
  range: { readonly from: number; readonly to: number },
  named: NamedContainers,
  sink: Sink,
): ContainerNumber[] {
  const { from, to } = range;
  let count = 0;
  for (let i = from + 1; i < to; i++) if (t.tag(i) === 'SGP') count++;
  const numbers = new Array<ContainerNumber>(count);
  let valid = 0;
  for (let i = from + 1; i < to; i++) {
    if (t.tag(i) !== 'SGP') continue;
    const raw = t.value(i, 1);
    named.list[named.count++] = equipmentKey(raw);
    // A canonical number (nearly all) needs no parse: it would give the number itself.
    const n =
      raw === undefined
        ? undefined
        : isContainerNumber(raw)
          ? raw
          : parseIn(ctx, t, i, 1, 1, raw, sink, parseContainerNumber);
    if (n !== undefined) numbers[valid++] = n;
  }
  if (valid < count) numbers.length = valid;
  return numbers;
}

/** The item's packages (C213 count and kind); a missing count is a warning. */
function readPackages(ctx: MessageContext, t: SegmentTable, gid: number, seq: number, sink: Sink) {
  const count = readNumberIn(ctx, t, gid, 2, 1, sink);
  if (count === undefined)
    sink.push(
      diagnosticIn(
        ctx,
        t,
        gid,
        { element: 2, component: 1 },
        'gid.packages-missing',
        `Goods item ${seq} has no number of packages.`,
        'warning',
        { item: seq },
      ),
    );
  const kind = ctx.recent.text.read(t, gid, 2, 2);
  return kind === undefined ? { count: count ?? 0 } : { count: count ?? 0, kind };
}

/** The goods item of the GID group [from, to); the containers it names go into `named`. */
export function readGoodsItem(
  ctx: MessageContext,
  t: SegmentTable,
  range: { readonly from: number; readonly to: number; readonly position: number },
  named: NamedContainers,
  sink: Sink,
): GoodsItem {
  const { from, to, position } = range;
  const sequence = readNumberIn(ctx, t, from, 1, 1, sink) ?? position;
  const packages = readPackages(ctx, t, from, sequence, sink);
  let pia = -1;
  let cst = -1;
  let ftx = -1;
  let pci = -1;
  for (let i = from + 1; i < to; i++) {
    const tag = t.tag(i);
    if (tag === 'PIA' && pia < 0 && t.valueIs(i, 1, 1, '5')) pia = i;
    else if (tag === 'CST' && cst < 0) cst = i;
    else if (tag === 'FTX' && ftx < 0 && t.valueIs(i, 1, 1, 'AAA')) ftx = i;
    else if (tag === 'PCI' && pci < 0) pci = i;
  }
  const numbers = readContainers(ctx, t, range, named, sink);
  // Built by assignment in the stored key order (no spreads: one object per goods item).
  const item: GoodsDraft = {
    sequence,
    description: ftx < 0 ? '' : descriptionOf(ctx, t, ftx),
    packages,
    containerNumbers: numbers,
  };
  const hsCode =
    pia >= 0
      ? readHsCodeIn(ctx, t, pia, 2, sink)
      : cst >= 0
        ? readHsCodeIn(ctx, t, cst, 2, sink)
        : undefined;
  if (hsCode !== undefined) item.hsCode = hsCode;
  for (let i = from + 1; i < to; i++) if (t.tag(i) === 'MEA') addWeights(ctx, t, i, sink, item);
  const marks = pci < 0 ? '' : t.joined(pci, 2);
  if (marks !== '') item.marks = marks;
  return item;
}

/** FTX C108 lines joined; a one-line text read before in the message is not sliced again. */
function descriptionOf(ctx: MessageContext, t: SegmentTable, ftx: number): string {
  // A one-line text is the line itself: reuse it when it was read before.
  if (t.width(ftx, 4) !== 1) return t.joined(ftx, 4);
  return ctx.recent.description.read(t, ftx, 4) ?? '';
}
