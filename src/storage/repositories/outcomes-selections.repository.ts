/**
 * Selections of the outcome workflow: made from the newest scan plan of each vessel call (its
 * selected containers), read with their state and version, and moved on only when the version
 * the officer read is still current (optimistic concurrency: a stale version changes nothing).
 */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { outcomeSelections, outcomeTransitions } from '../schema/outcomes.ts';

export interface StoredSelection {
  readonly id: string;
  readonly agencyId: string;
  readonly planId: string;
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly vesselImo: string;
  readonly voyageNumber: string;
  readonly port: string;
  readonly assessmentId: string | undefined;
  readonly score: number;
  readonly reason: string;
  readonly propensity: number;
  readonly mandatoryHold: boolean;
  readonly holdWaived: boolean;
  readonly state: string;
  readonly version: number;
  readonly verdict: string | undefined;
  readonly found: boolean | undefined;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const COLUMNS = {
  id: outcomeSelections.id,
  agencyId: outcomeSelections.agencyId,
  planId: outcomeSelections.planId,
  containerNumber: outcomeSelections.containerNumber,
  billNumber: outcomeSelections.billNumber,
  vesselImo: outcomeSelections.vesselImo,
  voyageNumber: outcomeSelections.voyageNumber,
  port: outcomeSelections.port,
  assessmentId: outcomeSelections.assessmentId,
  score: outcomeSelections.score,
  reason: outcomeSelections.reason,
  propensity: outcomeSelections.propensity,
  mandatoryHold: outcomeSelections.mandatoryHold,
  holdWaived: outcomeSelections.holdWaived,
  state: outcomeSelections.state,
  version: outcomeSelections.version,
  verdict: outcomeSelections.verdict,
  found: outcomeSelections.found,
  createdAt: outcomeSelections.createdAt,
  updatedAt: outcomeSelections.updatedAt,
};

type Row = { [K in keyof typeof COLUMNS]: unknown } & {
  assessmentId: string | null;
  verdict: string | null;
  found: boolean | null;
};

function toSelection(r: Row): StoredSelection {
  return {
    ...(r as unknown as StoredSelection),
    assessmentId: r.assessmentId ?? undefined,
    verdict: r.verdict ?? undefined,
    found: r.found ?? undefined,
  };
}

export interface OpenedSelection {
  readonly id: string;
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly vesselImo: string;
  readonly voyageNumber: string;
  readonly port: string;
}

/**
 * Opens a workflow for every selected container of the newest plan of each of the agency's
 * calls that has none yet (holds from the assessment); returns the ones opened now.
 */
export async function openPlannedSelections(
  db: Db,
  agencyId: string,
  now: Date,
): Promise<OpenedSelection[]> {
  const result = await db.execute(sql`
    INSERT INTO outcome_selections (agency_id, plan_id, container_number, bill_number, vessel_imo,
      voyage_number, port, assessment_id, score, reason, propensity, mandatory_hold, state,
      version, created_at, updated_at)
    SELECT p.agency_id, p.id, s.container_number, s.bill_number, p.vessel_imo, p.voyage_number,
      p.port, s.assessment_id, s.score, s.reason, s.propensity,
      coalesce(a.mandatory_hold, false) OR s.reason = 'hold', 'selected', 1,
      ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    FROM (SELECT DISTINCT ON (vessel_imo, voyage_number, port) id, agency_id, vessel_imo,
            voyage_number, port
          FROM scan_plans WHERE agency_id = ${agencyId}
          ORDER BY vessel_imo, voyage_number, port, created_at DESC) p
    JOIN scan_plan_selections s ON s.plan_id = p.id AND s.selected
    LEFT JOIN assessments a ON a.id = s.assessment_id
    WHERE NOT EXISTS (SELECT 1 FROM outcome_selections o
                      WHERE o.plan_id = p.id AND o.container_number = s.container_number)
    ON CONFLICT (plan_id, container_number) DO NOTHING
    RETURNING id, container_number, bill_number, vessel_imo, voyage_number, port`);
  return rowsOf<Record<string, string>>(result).map((r) => ({
    id: r.id!,
    containerNumber: r.container_number!,
    billNumber: r.bill_number!,
    vesselImo: r.vessel_imo!,
    voyageNumber: r.voyage_number!,
    port: r.port!,
  }));
}

/** The selection's own plan is its call's newest, and selects its container (SQL over `o`). */
const selectedByNewestPlan = (agencyId: string) => sql`EXISTS (
  SELECT 1 FROM (SELECT DISTINCT ON (vessel_imo, voyage_number, port) id
                   FROM scan_plans
                  WHERE agency_id = ${agencyId} AND vessel_imo = o.vessel_imo
                    AND voyage_number = o.voyage_number AND port = o.port
                  ORDER BY vessel_imo, voyage_number, port, created_at DESC) p
  JOIN scan_plan_selections s ON s.plan_id = p.id AND s.selected
   AND s.container_number = o.container_number
  WHERE p.id = o.plan_id)`;

/**
 * Moves selections between `selected` and `withdrawn` as the newest plan of their call says:
 * an untouched selection (no hold in force) that plan does not select — deselected by an
 * officer, or of a plan since replaced (the new plan's selections are opened afresh) — is
 * withdrawn; a withdrawn one selected again in the newest plan, its own, is reopened. Returns the moved ones with their new state and version.
 */
export async function followNewestPlans(
  db: Db,
  agencyId: string,
  now: Date,
): Promise<(OpenedSelection & { state: 'selected' | 'withdrawn'; version: number })[]> {
  const result = await db.execute(sql`
    UPDATE outcome_selections o
       SET state = CASE o.state WHEN 'selected' THEN 'withdrawn' ELSE 'selected' END,
           version = o.version + 1, updated_at = ${now.toISOString()}::timestamptz
     WHERE o.agency_id = ${agencyId}
       AND ((o.state = 'selected' AND (NOT o.mandatory_hold OR o.hold_waived)
             AND NOT ${selectedByNewestPlan(agencyId)})
         OR (o.state = 'withdrawn' AND ${selectedByNewestPlan(agencyId)}))
    RETURNING id, container_number, bill_number, vessel_imo, voyage_number, port, state, version`);
  return rowsOf<Record<string, string | number>>(result).map((r) => ({
    id: String(r.id),
    containerNumber: String(r.container_number),
    billNumber: String(r.bill_number),
    vesselImo: String(r.vessel_imo),
    voyageNumber: String(r.voyage_number),
    port: String(r.port),
    state: r.state === 'withdrawn' ? 'withdrawn' : 'selected',
    version: Number(r.version),
  }));
}

export interface SelectionFilter {
  readonly agencyId: string;
  readonly call?: { vesselImo: string; voyageNumber: string; port: string } | undefined;
  readonly state?: string | undefined;
  readonly containerNumber?: string | undefined;
  readonly limit: number;
}

export async function listSelections(db: Db, f: SelectionFilter): Promise<StoredSelection[]> {
  const where: SQL[] = [eq(outcomeSelections.agencyId, f.agencyId)];
  if (f.call) {
    where.push(eq(outcomeSelections.vesselImo, f.call.vesselImo));
    where.push(eq(outcomeSelections.voyageNumber, f.call.voyageNumber));
    where.push(eq(outcomeSelections.port, f.call.port));
  }
  if (f.state !== undefined) where.push(eq(outcomeSelections.state, f.state));
  if (f.containerNumber !== undefined)
    where.push(eq(outcomeSelections.containerNumber, f.containerNumber));
  const rows = await db
    .select(COLUMNS)
    .from(outcomeSelections)
    .where(and(...where))
    .orderBy(
      desc(outcomeSelections.mandatoryHold),
      desc(outcomeSelections.score),
      asc(outcomeSelections.id),
    )
    .limit(f.limit);
  return rows.map(toSelection);
}

export async function getSelection(db: Db, id: string): Promise<StoredSelection | undefined> {
  const [row] = await db
    .select(COLUMNS)
    .from(outcomeSelections)
    .where(eq(outcomeSelections.id, id));
  return row ? toSelection(row) : undefined;
}

export interface SelectionUpdate {
  readonly state: string;
  readonly holdWaived?: boolean;
  readonly verdict?: string;
  readonly found?: boolean;
  readonly updatedAt: Date;
}

/**
 * Moves the selection on if its version is still `expectedVersion` (then version + 1); returns
 * the new version, or undefined when another change came first.
 */
export async function updateSelectionIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  u: SelectionUpdate,
): Promise<number | undefined> {
  const [row] = await db
    .update(outcomeSelections)
    .set({ ...u, version: sql`${outcomeSelections.version} + 1` })
    .where(and(eq(outcomeSelections.id, id), eq(outcomeSelections.version, expectedVersion)))
    .returning({ version: outcomeSelections.version });
  return row?.version;
}

export interface TransitionRecord {
  readonly selectionId: string;
  readonly action: string;
  readonly fromState: string;
  readonly toState: string;
  readonly version: number;
  readonly actorId: string;
  readonly at: Date;
  readonly details: Readonly<Record<string, unknown>>;
}

export async function insertTransition(db: Db, t: TransitionRecord): Promise<void> {
  await db.insert(outcomeTransitions).values(t);
}

export async function transitionsOf(db: Db, selectionId: string): Promise<TransitionRecord[]> {
  const rows = await db
    .select({
      selectionId: outcomeTransitions.selectionId,
      action: outcomeTransitions.action,
      fromState: outcomeTransitions.fromState,
      toState: outcomeTransitions.toState,
      version: outcomeTransitions.version,
      actorId: outcomeTransitions.actorId,
      at: outcomeTransitions.at,
      details: outcomeTransitions.details,
    })
    .from(outcomeTransitions)
    .where(eq(outcomeTransitions.selectionId, selectionId))
    .orderBy(asc(outcomeTransitions.version), asc(outcomeTransitions.at));
  return rows.map((r) => ({ ...r, details: r.details as Record<string, unknown> }));
}
