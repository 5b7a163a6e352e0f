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
import { isContainerNumber, parseContainerNumber } from '../../../../core/identifiers/index.ts';
import { parseAt, readLocode, readNumber, type Sink } from './field-readers.ts';
import { segmentDiagnostic, type MessageContext } from './message-context.ts';
import { readMeasure } from './measure-reader.ts';
import { equipmentKey, isSegment, valueAt } from './segment-access.ts';

/** Sealing party (9303) to DCSA seal source. */
export const SEAL_ISSUERS: Readonly<Record<SealSource, string>> = {
  CAR: 'CA',
  SHI: 'SH',
  CUS: 'CU',
  PHY: 'AC',
  VET: 'VT',
};

export function fullEmptyOf(code: string | undefined): FullEmpty | undefined {
  return code === '4' ? 'empty' : code === '5' ? 'full' : undefined;
}

/** Sealing party code to seal source (a Map: the code read is a fresh string, not a known key). */
const SOURCE_OF: ReadonlyMap<string, SealSource> = new Map(
  Object.entries(SEAL_ISSUERS).map(([s, c]) => [c, s as SealSource]),
);

/** The SEL seals of segs[from, to), in order. */
function sealsOf(segs: readonly Segment[], from: number, to: number): Seal[] {
  const out: Seal[] = [];
  for (let i = from; i < to; i++) {
    const sel = segs[i] as Segment;
    if (sel.tag !== 'SEL') continue;
    const number = valueAt(sel, 1);
    if (number === undefined) continue;
    const code = valueAt(sel, 2);
    const source = code === undefined ? undefined : SOURCE_OF.get(code);
    out.push(source === undefined ? { number } : { number, source });
  }
  return out;
}

/** The DGS dangerous goods of segs[from, to) with both class and UN number. */
function dangerousGoodsOf(segs: readonly Segment[], from: number, to: number): DangerousGoods[] {
  const out: DangerousGoods[] = [];
  for (let i = from; i < to; i++) {
    const dgs = segs[i] as Segment;
    if (dgs.tag !== 'DGS') continue;
    const imdgClass = valueAt(dgs, 2);
    const unNumber = valueAt(dgs, 3);
    if (imdgClass !== undefined && unNumber !== undefined) out.push({ unNumber, imdgClass });
  }
  return out;
}

type Mutable = { -readonly [K in keyof Equipment]?: Equipment[K] };

function addWeights(ctx: MessageContext, g: EquipmentSegments, sink: Sink, out: Mutable) {
  for (let i = g.firstMea; i < g.to; i++) {
    const mea = g.segs[i] as Segment;
    if (mea.tag !== 'MEA') continue;
    const m = readMeasure(ctx, mea, sink);
    if (m?.kind === 'gross') out.grossWeightKg = m.value;
    else if (m?.kind === 'tare') out.tareWeightKg = m.value;
    else if (m?.kind === 'vgm') out.vgmKg = m.value;
  }
}

function addReefer(ctx: MessageContext, tmp: Segment | undefined, sink: Sink, out: Mutable) {
  if (!tmp) return;
  const value = readNumber(ctx, { seg: tmp, element: 2, component: 1 }, sink);
  if (value === undefined) {
    out.reefer = { active: true };
    return;
  }
  const celsius = valueAt(tmp, 2, 2) === 'FAH' ? Math.round(((value - 32) * 50) / 9) / 10 : value;
  out.reefer = { temperatureC: celsius, active: true };
}

export interface EquipmentRead {
  readonly eqd: Segment;
  /** The container number as sent, upper case without spaces (the key of a rejected record). */
  readonly raw: string;
  readonly containerNumber: ContainerNumber | undefined;
  readonly equipment: Equipment | undefined;
}

/**
 * The single segments of an equipment group segs[from, to) by role, found in one pass (first
 * of each wins), and where the first MEA and DGS are (`to` when there is none).
 */
interface EquipmentSegments {
  readonly segs: readonly Segment[];
  readonly to: number;
  eqd?: Segment;
  tmp?: Segment;
  cell?: Segment;
  pol?: Segment;
  pod?: Segment;
  firstMea: number;
  firstDgs: number;
}

function sortGroup(segs: readonly Segment[], from: number, to: number): EquipmentSegments {
  const g: EquipmentSegments = { segs, to, firstMea: to, firstDgs: to };
  for (let i = from; i < to; i++) {
    const seg = segs[i] as Segment;
    switch (seg.tag) {
      case 'EQD':
        g.eqd ??= seg;
        break;
      case 'MEA':
        if (g.firstMea === to) g.firstMea = i;
        break;
      case 'DGS':
        if (g.firstDgs === to) g.firstDgs = i;
        break;
      case 'TMP':
        g.tmp ??= seg;
        break;
      case 'LOC':
        if (isSegment(seg, 'LOC', '147')) g.cell ??= seg;
        else if (isSegment(seg, 'LOC', '9')) g.pol ??= seg;
        else if (isSegment(seg, 'LOC', '11')) g.pod ??= seg;
        break;
      default:
        break;
    }
  }
  return g;
}

/** The optional parts read from the group's other segments (reefer, weights, places, goods). */
function addGroupDetails(ctx: MessageContext, g: EquipmentSegments, sink: Sink, e: Mutable) {
  addReefer(ctx, g.tmp, sink, e);
  if (g.firstMea < g.to) addWeights(ctx, g, sink, e);
  const stowagePosition = g.cell === undefined ? undefined : valueAt(g.cell, 2);
  const portOfLoading = g.pol && readLocode(ctx, { seg: g.pol, element: 2 }, sink);
  const portOfDischarge = g.pod && readLocode(ctx, { seg: g.pod, element: 2 }, sink);
  if (stowagePosition !== undefined) e.stowagePosition = stowagePosition;
  if (portOfLoading !== undefined) e.portOfLoading = portOfLoading;
  if (portOfDischarge !== undefined) e.portOfDischarge = portOfDischarge;
  const dangerousGoods = g.firstDgs < g.to ? dangerousGoodsOf(g.segs, g.firstDgs, g.to) : [];
  if (dangerousGoods.length > 0) e.dangerousGoods = dangerousGoods;
}

/** Reads the equipment of a group holding one EQD; undefined when the group has no EQD. */
export function readEquipment(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): EquipmentRead | undefined {
  return readEquipmentIn(ctx, group, 0, group.length, sink);
}

/** `readEquipment` over the group segs[from, to) of a longer list, without copying the group. */
export function readEquipmentIn(
  ctx: MessageContext,
  segs: readonly Segment[],
  from: number,
  to: number,
  sink: Sink,
): EquipmentRead | undefined {
  const g = sortGroup(segs, from, to);
  const eqd = g.eqd;
  if (!eqd) return undefined;
  const number = valueAt(eqd, 2);
  // A canonical number (nearly all) needs no parse and no result object.
  const valid = number !== undefined && isContainerNumber(number);
  const raw = valid ? number : equipmentKey(number);
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
  const containerNumber =
    valid || number === undefined
      ? number
      : parseAt(ctx, { seg: eqd, element: 2 }, number, sink, parseContainerNumber);
  const isoSizeType = valueAt(eqd, 3, 1);
  const fullEmpty = fullEmptyOf(valueAt(eqd, 6));
  const e: Mutable = {};
  if (containerNumber !== undefined) e.containerNumber = containerNumber;
  if (isoSizeType !== undefined) e.isoSizeType = isoSizeType;
  if (fullEmpty !== undefined) e.fullEmpty = fullEmpty;
  e.seals = sealsOf(segs, from, to);
  addGroupDetails(ctx, g, sink, e);
  const equipment = containerNumber === undefined ? undefined : (e as Equipment);
  return { eqd, raw, containerNumber, equipment };
}
