/**
 * Measurements (MEA): purpose (6311), property (C502/6313), unit and value (C174). Weights are
 * returned in kilograms (KGM, TNE, LBR), volumes in cubic metres (MTQ); anything else is ignored.
 */
import type { Segment } from '../../syntax/segment.ts';
import { readNumber, type Sink } from './field-readers.ts';
import { segmentDiagnostic, type MessageContext } from './message-context.ts';
import { valueAt } from './segment-access.ts';

export const MEASURE_KINDS = ['gross', 'net', 'tare', 'vgm', 'volume'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export interface Measure {
  readonly kind: MeasureKind;
  readonly value: number;
}

/** Property codes (6313) as the container and customs guides use them. */
const PROPERTY_KINDS: Readonly<Record<string, MeasureKind>> = {
  G: 'gross',
  AAB: 'gross',
  EGW: 'gross',
  N: 'net',
  AAA: 'net',
  AAF: 'net',
  T: 'tare',
  VGM: 'vgm',
  AAW: 'volume',
};

const UNIT_FACTORS: Readonly<Record<string, number>> = {
  KGM: 1,
  TNE: 1000,
  LBR: 0.45359237,
  MTQ: 1,
};

function kindOf(mea: Segment): MeasureKind | undefined {
  const purpose = valueAt(mea, 1);
  const property = valueAt(mea, 2);
  if (property !== undefined) return PROPERTY_KINDS[property];
  if (purpose === 'VGM') return 'vgm';
  if (purpose === 'WT') return 'gross';
  if (purpose === 'VOL') return 'volume';
  return undefined;
}

export function readMeasure(ctx: MessageContext, mea: Segment, sink: Sink): Measure | undefined {
  const kind = kindOf(mea);
  if (kind === undefined) return undefined;
  const unit = valueAt(mea, 3, 1) ?? 'KGM';
  const factor = UNIT_FACTORS[unit];
  if (factor === undefined) {
    sink.push(
      segmentDiagnostic(
        ctx,
        mea,
        { element: 3, component: 1 },
        'mea.unit-unsupported',
        `Measurement unit "${unit}" is not KGM, TNE, LBR or MTQ; value ignored.`,
        'warning',
      ),
    );
    return undefined;
  }
  const value = readNumber(ctx, { seg: mea, element: 3, component: 2 }, sink);
  if (value === undefined) return undefined;
  return { kind, value: factor === 1 ? value : Math.round(value * factor * 1000) / 1000 };
}
