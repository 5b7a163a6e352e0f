/**
 * Equipment from its segment group: EQD (container number with check digit, ISO size-type,
 * full/empty 8169: 4 empty, 5 full), SEL seals with their issuer, MEA weights, TMP reefer
 * temperature, DGS dangerous goods, LOC+147 stowage cell and LOC+9/11 ports of loading and
 * discharge.
 */
import type {
  DangerousGoods,
  Equipment,
  FullEmpty,
  Seal,
  SealSource,
} from '../../../../core/cargo/index.ts';
import type { ContainerNumber } from '../../../../core/identifiers/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readContainerNumber, readLocode, readNumber, type Sink } from './field-readers.ts';
import { segmentDiagnostic, type MessageContext } from './message-context.ts';
import { readMeasure } from './measure-reader.ts';
import { filterSegments, findSegment, valueAt } from './segment-access.ts';

/** Sealing party (9303) to DCSA seal source. */
export const SEAL_ISSUERS: Readonly<Record<SealSource, string>> = {
  CAR: 'CA',
  SHI: 'SH',
  CUS: 'CU',
  PHY: 'AC',
  VET: 'VT',
};
const SOURCE_OF = Object.fromEntries(
  Object.entries(SEAL_ISSUERS).map(([s, c]) => [c, s as SealSource]),
) as Readonly<Record<string, SealSource>>;

export function fullEmptyOf(code: string | undefined): FullEmpty | undefined {
  return code === '4' ? 'empty' : code === '5' ? 'full' : undefined;
}

export function readSeals(group: readonly Segment[]): Seal[] {
  return filterSegments(group, 'SEL').flatMap((sel) => {
    const number = valueAt(sel, 1);
    if (number === undefined) return [];
    const source = SOURCE_OF[valueAt(sel, 2) ?? ''];
    return [source === undefined ? { number } : { number, source }];
  });
}

function readDangerousGoods(group: readonly Segment[]): DangerousGoods[] {
  return filterSegments(group, 'DGS').flatMap((dgs) => {
    const imdgClass = valueAt(dgs, 2);
    const unNumber = valueAt(dgs, 3);
    return imdgClass === undefined || unNumber === undefined ? [] : [{ unNumber, imdgClass }];
  });
}

function readWeights(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): Partial<Equipment> {
  const out: { grossWeightKg?: number; tareWeightKg?: number; vgmKg?: number } = {};
  for (const mea of filterSegments(group, 'MEA')) {
    const m = readMeasure(ctx, mea, sink);
    if (m?.kind === 'gross') out.grossWeightKg = m.value;
    else if (m?.kind === 'tare') out.tareWeightKg = m.value;
    else if (m?.kind === 'vgm') out.vgmKg = m.value;
  }
  return out;
}

function readReefer(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): Partial<Equipment> {
  const tmp = findSegment(group, 'TMP');
  if (!tmp) return {};
  const value = readNumber(ctx, { seg: tmp, element: 2, component: 1 }, sink);
  if (value === undefined) return { reefer: { active: true } };
  const celsius = valueAt(tmp, 2, 2) === 'FAH' ? Math.round(((value - 32) * 50) / 9) / 10 : value;
  return { reefer: { temperatureC: celsius, active: true } };
}

function readPlaces(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): Partial<Equipment> {
  const cell = findSegment(group, 'LOC', '147');
  const pol = findSegment(group, 'LOC', '9');
  const pod = findSegment(group, 'LOC', '11');
  const stowagePosition = cell === undefined ? undefined : valueAt(cell, 2);
  const portOfLoading = pol && readLocode(ctx, { seg: pol, element: 2 }, sink);
  const portOfDischarge = pod && readLocode(ctx, { seg: pod, element: 2 }, sink);
  return {
    ...(stowagePosition === undefined ? {} : { stowagePosition }),
    ...(portOfLoading === undefined ? {} : { portOfLoading }),
    ...(portOfDischarge === undefined ? {} : { portOfDischarge }),
  };
}

export interface EquipmentRead {
  readonly eqd: Segment;
  /** The container number as sent, upper case without spaces (the key of a rejected record). */
  readonly raw: string;
  readonly containerNumber: ContainerNumber | undefined;
  readonly equipment: Equipment | undefined;
}

/** Reads the equipment of a group holding one EQD; undefined when the group has no EQD. */
export function readEquipment(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): EquipmentRead | undefined {
  const eqd = findSegment(group, 'EQD');
  if (!eqd) return undefined;
  const raw = (valueAt(eqd, 2) ?? '').replace(/\s/g, '').toUpperCase();
  if (raw === '')
    sink.push(
      segmentDiagnostic(
        ctx,
        eqd,
        { element: 2 },
        'eqd.number-missing',
        'EQD has no equipment number.',
      ),
    );
  const containerNumber = readContainerNumber(ctx, { seg: eqd, element: 2 }, sink);
  const isoSizeType = valueAt(eqd, 3, 1);
  const fullEmpty = fullEmptyOf(valueAt(eqd, 6));
  const seals = readSeals(group);
  const dangerousGoods = readDangerousGoods(group);
  const rest = {
    ...(isoSizeType === undefined ? {} : { isoSizeType }),
    ...(fullEmpty === undefined ? {} : { fullEmpty }),
    seals,
    ...readReefer(ctx, group, sink),
    ...readWeights(ctx, group, sink),
    ...readPlaces(ctx, group, sink),
    ...(dangerousGoods.length === 0 ? {} : { dangerousGoods }),
  };
  const equipment = containerNumber === undefined ? undefined : { containerNumber, ...rest };
  return { eqd, raw, containerNumber, equipment };
}
