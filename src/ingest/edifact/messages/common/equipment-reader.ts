/**
 * Equipment from its segment group: EQD (container number with check digit, ISO size-type,
 * full/empty 8169: 4 empty, 5 full), SEL seals with their issuer, MEA weights, TMP reefer
 * temperature, DGS dangerous goods, LOC+147 stowage cell and LOC+9/11 ports of loading and
 * discharge. The group is read by segment number from the message's segment table, codes
 * compared in place: a plain unit allocates its equipment, its seals and their numbers only.
 */
import type {
  DangerousGoods,
  Equipment,
  FullEmpty,
  Seal,
  SealSource,
} from '../../../../core/cargo/index.ts';
import type { ContainerNumber } from '../../../../core/identifiers/index.ts';
import { isContainerNumber, parseContainerNumber } from '../../../../core/identifiers/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { SegmentTable } from '../../syntax/segment-table.ts';
import { codeIn, codeList } from './code-list.ts';
import type { Sink } from './field-readers.ts';
import { diagnosticIn, type MessageContext } from './message-context.ts';
import { readMeasureIn } from './measure-reader.ts';
import { equipmentKey } from './segment-access.ts';
import { parseIn, readLocodeIn, readNumberIn } from './table-field-readers.ts';

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

/** Full/empty (8169) of EQD segment i, compared in place. */
export function fullEmptyIn(t: SegmentTable, i: number): FullEmpty | undefined {
  return t.valueIs(i, 6, 1, '5') ? 'full' : t.valueIs(i, 6, 1, '4') ? 'empty' : undefined;
}

/** Sealing party codes and their seal sources, commonest first (compared in place). */
const SOURCES = codeList(
  (['SHI', 'CAR', 'CUS', 'PHY', 'VET'] as const).map(
    (source) => [SEAL_ISSUERS[source], source] as const,
  ),
);

/**
 * The SEL seals of [from, to), in order. The list is made at the number of SEL segments (a
 * pushed-to `[]` reserves room for 17) and cut to the seals read when one has no number.
 */
export function sealsIn(t: SegmentTable, from: number, to: number): Seal[] {
  let count = 0;
  for (let i = from; i < to; i++) if (t.tag(i) === 'SEL') count++;
  const out = new Array<Seal>(count);
  let n = 0;
  for (let i = from; i < to; i++) {
    if (t.tag(i) !== 'SEL') continue;
    const number = t.value(i, 1);
    if (number === undefined) continue;
    const source = codeIn(t, i, 2, 1, SOURCES);
    out[n++] = source === undefined ? { number } : { number, source };
  }
  if (n < count) out.length = n;
  return out;
}

/** The DGS dangerous goods of [from, to) with both class and UN number. */
function dangerousGoodsIn(t: SegmentTable, from: number, to: number): DangerousGoods[] {
  const out: DangerousGoods[] = [];
  for (let i = from; i < to; i++) {
    if (t.tag(i) !== 'DGS') continue;
    const imdgClass = t.value(i, 2);
    const unNumber = t.value(i, 3);
    if (imdgClass !== undefined && unNumber !== undefined) out.push({ unNumber, imdgClass });
  }
  return out;
}

type Mutable = { -readonly [K in keyof Equipment]?: Equipment[K] };

/**
 * The segments of a group other than EQD, SEL and DGS that the equipment reads (first of each
 * wins), -1 when absent; `mea` is the first MEA, `dgs` whether there is a DGS.
 */
interface GroupDetails {
  tmp: number;
  cell: number;
  pol: number;
  pod: number;
  mea: number;
  dgs: boolean;
}

/** The group's details, or undefined when it has none (a plain unit: EQD, SEL, DTM, RFF…). */
function detailsIn(t: SegmentTable, from: number, to: number): GroupDetails | undefined {
  let g: GroupDetails | undefined;
  for (let i = from; i < to; i++) {
    const tag = t.tag(i);
    if (tag !== 'TMP' && tag !== 'LOC' && tag !== 'MEA' && tag !== 'DGS') continue;
    g ??= { tmp: -1, cell: -1, pol: -1, pod: -1, mea: -1, dgs: false };
    if (tag === 'TMP') g.tmp = g.tmp < 0 ? i : g.tmp;
    else if (tag === 'MEA') g.mea = g.mea < 0 ? i : g.mea;
    else if (tag === 'DGS') g.dgs = true;
    else if (t.valueIs(i, 1, 1, '147')) g.cell = g.cell < 0 ? i : g.cell;
    else if (t.valueIs(i, 1, 1, '9')) g.pol = g.pol < 0 ? i : g.pol;
    else if (t.valueIs(i, 1, 1, '11')) g.pod = g.pod < 0 ? i : g.pod;
  }
  return g;
}

function addWeights(
  ctx: MessageContext,
  t: SegmentTable,
  from: number,
  to: number,
  sink: Sink,
  out: Mutable,
) {
  for (let i = from; i < to; i++) {
    if (t.tag(i) !== 'MEA') continue;
    const m = readMeasureIn(ctx, t, i, sink);
    if (m?.kind === 'gross') out.grossWeightKg = m.value;
    else if (m?.kind === 'tare') out.tareWeightKg = m.value;
    else if (m?.kind === 'vgm') out.vgmKg = m.value;
  }
}

function addReefer(ctx: MessageContext, t: SegmentTable, tmp: number, sink: Sink, out: Mutable) {
  const value = readNumberIn(ctx, t, tmp, 2, 1, sink);
  if (value === undefined) {
    out.reefer = { active: true };
    return;
  }
  const celsius = t.valueIs(tmp, 2, 2, 'FAH') ? Math.round(((value - 32) * 50) / 9) / 10 : value;
  out.reefer = { temperatureC: celsius, active: true };
}

/** The optional parts read from the group's other segments (reefer, weights, places, goods). */
function addDetails(
  ctx: MessageContext,
  t: SegmentTable,
  g: GroupDetails,
  from: number,
  to: number,
  sink: Sink,
  e: Mutable,
) {
  if (g.tmp >= 0) addReefer(ctx, t, g.tmp, sink, e);
  if (g.mea >= 0) addWeights(ctx, t, g.mea, to, sink, e);
  const stowagePosition = g.cell < 0 ? undefined : t.value(g.cell, 2);
  const portOfLoading = g.pol < 0 ? undefined : readLocodeIn(ctx, t, g.pol, 2, sink);
  const portOfDischarge = g.pod < 0 ? undefined : readLocodeIn(ctx, t, g.pod, 2, sink);
  if (stowagePosition !== undefined) e.stowagePosition = stowagePosition;
  if (portOfLoading !== undefined) e.portOfLoading = portOfLoading;
  if (portOfDischarge !== undefined) e.portOfDischarge = portOfDischarge;
  const dangerousGoods = g.dgs ? dangerousGoodsIn(t, from, to) : [];
  if (dangerousGoods.length > 0) e.dangerousGoods = dangerousGoods;
}

export interface EquipmentRead {
  /** The container number as sent, upper case without spaces (the key of a rejected record). */
  readonly raw: string;
  /** The container number exactly as sent (EQD C237), if any. */
  readonly sent: string | undefined;
  readonly containerNumber: ContainerNumber | undefined;
  readonly equipment: Equipment | undefined;
}

/** Reads the equipment of a group holding one EQD; undefined when the group has no EQD. */
export function readEquipment(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): EquipmentRead | undefined {
  return readEquipmentIn(ctx, SegmentTable.of(group), 0, group.length, sink);
}

/**
 * The container number `number` read from EQD segment i, checked: a canonical one (nearly all)
 * is not parsed; a missing or invalid one is a diagnostic.
 */
export function checkedContainerNumber(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  number: string | undefined,
  sink: Sink,
): ContainerNumber | undefined {
  if (number !== undefined && isContainerNumber(number)) return number;
  if (equipmentKey(number) === '')
    sink.push(
      diagnosticIn(ctx, t, i, { element: 2 }, 'eqd.number-missing', 'EQD has no equipment number.'),
    );
  return number === undefined
    ? undefined
    : parseIn(ctx, t, i, 2, 1, number, sink, parseContainerNumber);
}

/**
 * Checks the parts of the group [from, to) that an event does not carry (reefer, weights,
 * places, dangerous goods): their diagnostics, as `readEquipmentIn` gives them.
 */
export function checkEquipmentDetails(
  ctx: MessageContext,
  t: SegmentTable,
  from: number,
  to: number,
  sink: Sink,
): void {
  const details = detailsIn(t, from, to);
  if (details) addDetails(ctx, t, details, from, to, sink, {});
}

/** Reads the equipment of the group [from, to) of a segment table (its first EQD). */
export function readEquipmentIn(
  ctx: MessageContext,
  t: SegmentTable,
  from: number,
  to: number,
  sink: Sink,
): EquipmentRead | undefined {
  let eqd = from;
  while (eqd < to && t.tag(eqd) !== 'EQD') eqd++;
  if (eqd >= to) return undefined;
  const number = t.value(eqd, 2);
  const containerNumber = checkedContainerNumber(ctx, t, eqd, number, sink);
  // The number as sent: a number that needed no normalising is its own key.
  const raw =
    containerNumber !== undefined && containerNumber === number ? number : equipmentKey(number);
  const isoSizeType = ctx.recent.text.read(t, eqd, 3, 1);
  const fullEmpty = fullEmptyIn(t, eqd);
  const e: Mutable = {};
  if (containerNumber !== undefined) e.containerNumber = containerNumber;
  if (isoSizeType !== undefined) e.isoSizeType = isoSizeType;
  if (fullEmpty !== undefined) e.fullEmpty = fullEmpty;
  e.seals = sealsIn(t, from, to);
  const details = detailsIn(t, from, to);
  if (details) addDetails(ctx, t, details, from, to, sink, e);
  const equipment = containerNumber === undefined ? undefined : (e as Equipment);
  return { raw, sent: number, containerNumber, equipment };
}
