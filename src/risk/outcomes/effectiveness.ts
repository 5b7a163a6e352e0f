/**
 * Effectiveness figures from examined selections: hits per scan and kilograms per scan, for
 * targeted scans against the random control sample (and holds and officers' own picks apart),
 * overall or per rule, route or period, each hit rate with its Wilson interval. The control
 * arm's rate is the unbiased estimate of what scanning at random would find.
 */
import { hitRate, type HitRate } from '../evaluation/hit-rate.ts';

export const EFFECTIVENESS_GROUPS = ['all', 'rule', 'route', 'period'] as const;
export type EffectivenessGroup = (typeof EFFECTIVENESS_GROUPS)[number];

export const ARMS = ['targeted', 'control', 'hold', 'manual'] as const;
export type Arm = (typeof ARMS)[number];

export interface ExaminedRow {
  readonly reason: string;
  readonly examinedAt: Date;
  readonly route: string;
  readonly rules: readonly string[];
  readonly hit: boolean;
  readonly netKg: number;
}

export interface ArmFigures {
  readonly scans: number;
  readonly hits: number;
  readonly hitRate: HitRate;
  readonly kg: number;
  readonly kgPerScan: number;
}

export interface EffectivenessRow {
  readonly group: string;
  readonly arms: Readonly<Record<Arm, ArmFigures>>;
  /** Targeted hit rate over control hit rate (NaN when control found nothing or did not scan). */
  readonly lift: number;
}

export function armOf(reason: string): Arm {
  switch (reason) {
    case 'control':
      return 'control';
    case 'hold':
    case 'mandatory':
      return 'hold';
    case 'manual':
      return 'manual';
    default:
      return 'targeted';
  }
}

function keysOf(row: ExaminedRow, by: EffectivenessGroup): readonly string[] {
  switch (by) {
    case 'all':
      return ['all'];
    case 'rule':
      return row.rules.length > 0 ? row.rules : ['(no rule)'];
    case 'route':
      return [row.route];
    case 'period':
      return [row.examinedAt.toISOString().slice(0, 7)];
  }
}

function figures(rows: readonly ExaminedRow[], confidence: number): ArmFigures {
  const hits = rows.filter((r) => r.hit).length;
  const kg = rows.reduce((s, r) => s + r.netKg, 0);
  return {
    scans: rows.length,
    hits,
    hitRate: hitRate(hits, rows.length, confidence),
    kg,
    kgPerScan: rows.length === 0 ? 0 : kg / rows.length,
  };
}

export function effectiveness(
  rows: readonly ExaminedRow[],
  by: EffectivenessGroup,
  confidence = 0.95,
): EffectivenessRow[] {
  const groups = new Map<string, ExaminedRow[]>();
  for (const row of rows)
    for (const key of keysOf(row, by)) groups.set(key, [...(groups.get(key) ?? []), row]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, members]) => {
      const arms = Object.fromEntries(
        ARMS.map((arm) => [
          arm,
          figures(
            members.filter((r) => armOf(r.reason) === arm),
            confidence,
          ),
        ]),
      ) as Record<Arm, ArmFigures>;
      const lift = arms.targeted.hitRate.rate / arms.control.hitRate.rate;
      return { group, arms, lift: Number.isFinite(lift) ? lift : NaN };
    });
}
