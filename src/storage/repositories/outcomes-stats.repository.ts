/**
 * The rows effectiveness figures are computed from: every examined selection (scanned or
 * inspected) with how it was selected, when it was examined, its route, its assessment's stored
 * explanation (whose rule reasons the figures group by), whether something was seized and how
 * many kilograms; and seizures per port and year.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { storedDocument } from './assessments.repository.ts';

export interface ExaminedSelection {
  readonly reason: string;
  readonly propensity: number;
  readonly examinedAt: Date;
  readonly route: string;
  /** The stored explanation of its assessment (the rules are read from its reasons). */
  readonly explanation: unknown;
  readonly hit: boolean;
  readonly netKg: number;
}

export async function listExaminedSelections(
  db: Db,
  agencyId: string,
  from: Date,
  to: Date,
): Promise<ExaminedSelection[]> {
  const result = await db.execute(sql`
    SELECT o.reason, o.propensity, x.examined_at,
      coalesce(c.port_of_loading, '?') || '-' || o.port AS route,
      a.explanation,
      EXISTS (SELECT 1 FROM outcome_seizures z WHERE z.selection_id = o.id) AS hit,
      coalesce((SELECT sum(z.net_kg) FROM outcome_seizures z WHERE z.selection_id = o.id), 0) AS kg
    FROM outcome_selections o
    CROSS JOIN LATERAL (
      SELECT least(
        (SELECT recorded_at FROM outcome_scans s WHERE s.selection_id = o.id),
        (SELECT recorded_at FROM outcome_inspections i WHERE i.selection_id = o.id)) AS examined_at
    ) x
    LEFT JOIN assessments a ON a.id = o.assessment_id
    LEFT JOIN consignments c ON c.id = a.consignment_id
    WHERE o.agency_id = ${agencyId} AND x.examined_at IS NOT NULL
      AND x.examined_at >= ${from.toISOString()}::timestamptz
      AND x.examined_at < ${to.toISOString()}::timestamptz`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    reason: String(r.reason),
    propensity: Number(r.propensity),
    examinedAt: new Date(r.examined_at as string | Date),
    route: String(r.route),
    explanation: storedDocument(r.explanation),
    hit: Boolean(r.hit),
    netKg: Number(r.kg),
  }));
}

export interface SeizureTotals {
  readonly port: string;
  readonly year: number;
  readonly seizures: number;
  readonly containers: number;
  readonly netKg: number;
  readonly grossKg: number;
  readonly packages: number;
}

export async function seizureTotalsByPortAndYear(
  db: Db,
  agencyId: string,
): Promise<SeizureTotals[]> {
  const result = await db.execute(sql`
    SELECT port, extract(year FROM recorded_at AT TIME ZONE 'UTC')::int AS year,
      count(*)::int AS seizures, count(DISTINCT selection_id)::int AS containers,
      sum(net_kg) AS net_kg, sum(gross_kg) AS gross_kg, sum(packages)::int AS packages
    FROM outcome_seizures WHERE agency_id = ${agencyId}
    GROUP BY 1, 2 ORDER BY 2 DESC, 1`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    port: String(r.port),
    year: Number(r.year),
    seizures: Number(r.seizures),
    containers: Number(r.containers),
    netKg: Number(r.net_kg),
    grossKg: Number(r.gross_kg),
    packages: Number(r.packages),
  }));
}
