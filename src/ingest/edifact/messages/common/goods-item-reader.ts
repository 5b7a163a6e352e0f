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
import {
  componentsAt,
  filterSegments,
  findSegment,
  valueAt,
  equipmentKey,
} from './segment-access.ts';

export interface GoodsItemRead {
  readonly item: GoodsItem;
  /** Container numbers as sent (upper case, no spaces), valid or not, to link equipment. */
  readonly containerRaws: readonly string[];
}

function readHs(ctx: MessageContext, group: readonly Segment[], sink: Sink): Partial<GoodsItem> {
  const pia = findSegment(group, 'PIA', '5');
  const cst = findSegment(group, 'CST');
  const hsCode = pia
    ? readHsCode(ctx, { seg: pia, element: 2 }, sink)
    : cst && readHsCode(ctx, { seg: cst, element: 2 }, sink);
  return hsCode === undefined ? {} : { hsCode };
}

function readWeights(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): Partial<GoodsItem> {
  const out: { grossWeightKg?: number; netWeightKg?: number; volumeM3?: number } = {};
  for (const mea of filterSegments(group, 'MEA')) {
    const m = readMeasure(ctx, mea, sink);
    if (m?.kind === 'gross') out.grossWeightKg = m.value;
    else if (m?.kind === 'net') out.netWeightKg = m.value;
    else if (m?.kind === 'volume') out.volumeM3 = m.value;
  }
  return out;
}

function readContainers(ctx: MessageContext, group: readonly Segment[], sink: Sink) {
  const numbers: ContainerNumber[] = [];
  const raws: string[] = [];
  for (const sgp of filterSegments(group, 'SGP')) {
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
  const ftx = findSegment(group, 'FTX', 'AAA');
  const marks = componentsAt(findSegment(group, 'PCI') ?? gid, 2).join('');
  const containers = readContainers(ctx, group, sink);
  const item: GoodsItem = {
    sequence,
    description: ftx ? componentsAt(ftx, 4).join('') : '',
    packages: kind === undefined ? { count: count ?? 0 } : { count: count ?? 0, kind },
    containerNumbers: containers.numbers,
    ...readHs(ctx, group, sink),
    ...readWeights(ctx, group, sink),
    ...(findSegment(group, 'PCI') && marks !== '' ? { marks } : {}),
  };
  return { item, containerRaws: containers.raws };
}
