/**
 * Goods items (GID group): sequence (1496), packages (C213), description (FTX+AAA), weights and
 * volume (MEA), container numbers (SGP), marks (PCI C210), HS code (CST C246 or PIA+5).
 */
import type { GoodsItem } from '../../../../core/cargo/index.ts';
import type { ContainerNumber } from '../../../../core/identifiers/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readContainerNumber, readHsCode, readNumber, type Sink } from './field-readers.ts';
import { segmentDiagnostic, type MessageContext } from './message-context.ts';
import { readMeasure } from './measure-reader.ts';
import { equipmentKey, isSegment, joinedAt, valueAt } from './segment-access.ts';

export interface GoodsItemRead {
  readonly item: GoodsItem;
  /** Container numbers as sent (upper case, no spaces), valid or not, to link equipment. */
  readonly containerRaws: readonly string[];
}

type GoodsDraft = { -readonly [K in keyof GoodsItem]: GoodsItem[K] };

/** The first PIA+5, CST, FTX+AAA and PCI of a goods item group, found in one pass. */
function findParts(group: readonly Segment[]) {
  let pia: Segment | undefined;
  let cst: Segment | undefined;
  let ftx: Segment | undefined;
  let pci: Segment | undefined;
  for (let i = 0; i < group.length; i++) {
    const seg = group[i] as Segment;
    const tag = seg.tag;
    if (tag === 'PIA') pia ??= isSegment(seg, 'PIA', '5') ? seg : undefined;
    else if (tag === 'CST') cst ??= seg;
    else if (tag === 'FTX') ftx ??= isSegment(seg, 'FTX', 'AAA') ? seg : undefined;
    else if (tag === 'PCI') pci ??= seg;
  }
  return { pia, cst, ftx, pci };
}

/** MEA weights and volume, set on the item in the order the segments come. */
function addWeights(ctx: MessageContext, group: readonly Segment[], sink: Sink, out: GoodsDraft) {
  for (let i = 0; i < group.length; i++) {
    const mea = group[i] as Segment;
    if (mea.tag !== 'MEA') continue;
    const m = readMeasure(ctx, mea, sink);
    if (m?.kind === 'gross') out.grossWeightKg = m.value;
    else if (m?.kind === 'net') out.netWeightKg = m.value;
    else if (m?.kind === 'volume') out.volumeM3 = m.value;
  }
}

function readContainers(ctx: MessageContext, group: readonly Segment[], sink: Sink) {
  const numbers: ContainerNumber[] = [];
  const raws: string[] = [];
  for (let i = 0; i < group.length; i++) {
    const sgp = group[i] as Segment;
    if (sgp.tag !== 'SGP') continue;
    raws.push(equipmentKey(valueAt(sgp, 1)));
    const n = readContainerNumber(ctx, { seg: sgp, element: 1 }, sink);
    if (n !== undefined) numbers.push(n);
  }
  return { numbers, raws };
}

export function readGoodsItem(
  ctx: MessageContext,
  group: readonly Segment[],
  position: number,
  sink: Sink,
): GoodsItemRead {
  const gid = group[0] as Segment;
  const sequence = readNumber(ctx, { seg: gid, element: 1 }, sink) ?? position;
  const count = readNumber(ctx, { seg: gid, element: 2, component: 1 }, sink);
  if (count === undefined)
    sink.push(
      segmentDiagnostic(
        ctx,
        gid,
        { element: 2, component: 1 },
        'gid.packages-missing',
        `Goods item ${sequence} has no number of packages.`,
        'warning',
      ),
    );
  const kind = valueAt(gid, 2, 2);
  const { pia, cst, ftx, pci } = findParts(group);
  const marks = pci === undefined ? '' : joinedAt(pci, 2);
  const containers = readContainers(ctx, group, sink);
  // Built by assignment in the stored key order (no spreads: one object per goods item).
  const item: GoodsDraft = {
    sequence,
    description: ftx ? joinedAt(ftx, 4) : '',
    packages: kind === undefined ? { count: count ?? 0 } : { count: count ?? 0, kind },
    containerNumbers: containers.numbers,
  };
  const hsCode = pia
    ? readHsCode(ctx, { seg: pia, element: 2 }, sink)
    : cst && readHsCode(ctx, { seg: cst, element: 2 }, sink);
  if (hsCode !== undefined) item.hsCode = hsCode;
  addWeights(ctx, group, sink, item);
  if (pci && marks !== '') item.marks = marks;
  return { item, containerRaws: containers.raws };
}
