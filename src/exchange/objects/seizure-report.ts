/** A seizure report: what was found, where and how it was hidden. Exchanged as a STIX incident. */
import type { Shareable } from '../release/shareable.ts';

export const CONCEALMENTS = [
  'rip-on-rip-off',
  'within-legitimate-cargo',
  'container-structure',
  'reefer-unit',
  'other',
] as const;
export type Concealment = (typeof CONCEALMENTS)[number];

export interface SeizureReportContent {
  readonly title: string;
  readonly description?: string;
  readonly seizedAt: string;
  readonly portLocode: string;
  readonly containerNumber?: string;
  readonly substance: string;
  readonly kilograms: number;
  readonly concealment: Concealment;
}

export type SeizureReport = Shareable<'seizure-report', SeizureReportContent>;
