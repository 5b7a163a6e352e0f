/**
 * Scan outcomes as targeting records them (until the outcomes service owns them): found or not,
 * with how the container came to be scanned (plan, reason, propensity), so that targeted and
 * control hit rates can be compared without bias and models retrained on what was found.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { targetingOutcomes } from '../schema/targeting.ts';
import { storedDocument } from './assessments.repository.ts';

export interface OutcomeRecord {
  readonly agencyId: string;
  readonly containerNumber: string;
  readonly assessmentId?: string | undefined;
  readonly planId?: string | undefined;
  readonly reason?: string | undefined;
  readonly propensity?: number | undefined;
  readonly found: boolean;
  readonly recordedAt: Date;
}

export async function insertOutcome(db: Db, o: OutcomeRecord): Promise<string> {
  const [row] = await db
    .insert(targetingOutcomes)
    .values(o)
    .returning({ id: targetingOutcomes.id });
  if (!row) throw new Error('insert returned no outcome');
  return row.id;
}

export interface LabelledAssessment {
  readonly containerNumber: string;
  readonly assessmentId: string | undefined;
  readonly reason: string | undefined;
  readonly propensity: number | undefined;
  readonly found: boolean;
  readonly score: number | undefined;
  readonly features: unknown;
}

/** Every recorded outcome (latest per container) with the assessment it was planned from. */
export async function listLabelledAssessments(
  db: Db,
  agencyId: string,
  withFeatures: boolean,
): Promise<LabelledAssessment[]> {
  const features = withFeatures ? sql`a.features` : sql`NULL`;
  const result = await db.execute(sql`
    SELECT DISTINCT ON (o.container_number) o.container_number, o.assessment_id, o.reason,
      o.propensity, o.found, a.score, ${features} AS features
    FROM targeting_outcomes o LEFT JOIN assessments a ON a.id = o.assessment_id
    WHERE o.agency_id = ${agencyId}
    ORDER BY o.container_number, o.recorded_at DESC`);
  return rowsOf<OutcomeRow>(result).map((r) => ({
    containerNumber: r.container_number,
    assessmentId: r.assessment_id ?? undefined,
    reason: r.reason ?? undefined,
    propensity: r.propensity === null ? undefined : Number(r.propensity),
    found: r.found,
    score: r.score === null ? undefined : Number(r.score),
    features: storedDocument(r.features),
  }));
}

interface OutcomeRow {
  container_number: string;
  assessment_id: string | null;
  reason: string | null;
  propensity: number | null;
  found: boolean;
  score: number | null;
  features: unknown;
}

/** Hits and scans per selection reason (for the control-share bandit). */
export async function outcomeCountsByReason(db: Db, agencyId: string) {
  const result = await db.execute(sql`
    SELECT coalesce(reason, 'unplanned') AS reason, count(*)::int AS scans,
      count(*) FILTER (WHERE found)::int AS hits
    FROM targeting_outcomes WHERE agency_id = ${agencyId} GROUP BY 1`);
  const rows = rowsOf<{ reason: string; scans: number; hits: number }>(result);
  return new Map(rows.map((r) => [r.reason, { hits: r.hits, scans: r.scans }]));
}
