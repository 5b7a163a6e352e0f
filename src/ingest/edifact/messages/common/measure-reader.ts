/**
 * Measurements (MEA): purpose (6311), property (C502/6313), unit and value (C174). Weights are
 * returned in kilograms (KGM, TNE, LBR), volumes in cubic metres (MTQ); anything else is ignored.
 */
import type { Segment } from '../../syntax/segment.ts';
import { SegmentTable } from '../../syntax/segment-table.ts';
import { codeIn, codeList, codeOr } from './code-list.ts';
import type { Sink } from './field-readers.ts';
import { diagnosticIn, type MessageContext } from './message-context.ts';
import { readNumberIn } from './table-field-readers.ts';

export const MEASURE_KINDS = ['gross', 'net', 'tare', 'vgm', 'volume'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export interface Measure {
  readonly kind: MeasureKind;
  readonly value: number;
}

/** Property codes (6313) as the container and customs guides use them, commonest first. */
const PROPERTY_KINDS = codeList<MeasureKind>([
  ['G', 'gross'],
  ['AAB', 'gross'],
  ['EGW', 'gross'],
  ['N', 'net'],
  ['AAA', 'net'],
  ['AAF', 'net'],
  ['T', 'tare'],
  ['VGM', 'vgm'],
  ['AAW', 'volume'],
]);

const PURPOSE_KINDS = codeList<MeasureKind>([
  ['VGM', 'vgm'],
  ['WT', 'gross'],
  ['VOL', 'volume'],
]);

const UNIT_FACTORS = codeList<number>([
  ['KGM', 1],
  ['TNE', 1000],
  ['LBR', 0.45359237],
  ['MTQ', 1],
]);

/** The kind the property code (C502) names, else, when it has none, the purpose (6311). */
function kindOf(t: SegmentTable, i: number): MeasureKind | undefined {
  const kind = codeOr(t, i, 2, 1, PROPERTY_KINDS, null);
  return kind === null ? codeIn(t, i, 1, 1, PURPOSE_KINDS) : kind;
}

/** The measure of MEA segment i of a table. */
export function readMeasureIn(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  sink: Sink,
): Measure | undefined {
  const kind = kindOf(t, i);
  if (kind === undefined) return undefined;
  const factor = codeOr(t, i, 3, 1, UNIT_FACTORS, 1);
  if (factor === undefined) {
    const unit = t.value(i, 3, 1);
    sink.push(
      diagnosticIn(
        ctx,
        t,
        i,
        { element: 3, component: 1 },
        'mea.unit-unsupported',
        `Measurement unit "${unit ?? 'KGM'}" is not KGM, TNE, LBR or MTQ; value ignored.`,
        'warning',
        { unit: unit ?? 'KGM' },
      ),
    );
    return undefined;
  }
  const value = readNumberIn(ctx, t, i, 3, 2, sink);
  if (value === undefined) return undefined;
  return { kind, value: factor === 1 ? value : Math.round(value * factor * 1000) / 1000 };
}

export function readMeasure(ctx: MessageContext, mea: Segment, sink: Sink): Measure | undefined {
  return readMeasureIn(ctx, SegmentTable.of([mea]), 0, sink);
}
