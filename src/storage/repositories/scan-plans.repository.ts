/**
 * Scan plans per vessel call, terminal and shift, with every selection's reason and propensity
 * (and the officers' later selections and deselections, with their notes).
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { scanPlanSelections, scanPlans } from '../schema/targeting.ts';
import { textArray } from './bulk.ts';
import type { CallKey } from './assessments.repository.ts';

export interface ScanPlanHeader extends CallKey {
  readonly terminal: string;
  readonly shift: string;
  readonly capacity: number;
  readonly controlShare: number;
  readonly controlPool: number;
  readonly controlPropensity: number;
  readonly seed: string;
  readonly createdBy: string;
  readonly createdAt: Date;
}

export interface PlanSelectionRecord {
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly assessmentId?: string | undefined;
  readonly score: number;
  readonly reason: string;
  readonly propensity: number;
  readonly selected: boolean;
  readonly note?: string | undefined;
}

export interface StoredScanPlan extends Omit<ScanPlanHeader, 'createdAt'> {
  readonly id: string;
  readonly createdAt: string;
  readonly selections: readonly PlanSelectionRecord[];
}

export async function insertScanPlan(
  db: Db,
  header: ScanPlanHeader,
  selections: readonly PlanSelectionRecord[],
): Promise<string> {
  const [row] = await db.insert(scanPlans).values(header).returning({ id: scanPlans.id });
  if (!row) throw new Error('insert returned no plan');
  if (selections.length === 0) return row.id;
  const col = (f: (s: PlanSelectionRecord) => string | undefined) => textArray(selections.map(f));
  await db.execute(sql`
    INSERT INTO scan_plan_selections (plan_id, container_number, bill_number, assessment_id, score,
      reason, propensity, selected, changed_by, changed_at)
    SELECT ${row.id}::uuid, t.num, t.bill, t.aid::uuid, t.score::float8, t.reason,
      t.p::float8, true, ${header.createdBy}, ${header.createdAt.toISOString()}::timestamptz
    FROM unnest(${col((s) => s.containerNumber)}::text[], ${col((s) => s.billNumber)}::text[],
      ${col((s) => s.assessmentId)}::text[], ${col((s) => String(s.score))}::text[],
      ${col((s) => s.reason)}::text[], ${col((s) => String(s.propensity))}::text[])
      AS t(num, bill, aid, score, reason, p)`);
  return row.id;
}

const HEADER = {
  id: scanPlans.id,
  agencyId: scanPlans.agencyId,
  vesselImo: scanPlans.vesselImo,
  voyageNumber: scanPlans.voyageNumber,
  port: scanPlans.port,
  terminal: scanPlans.terminal,
  shift: scanPlans.shift,
  capacity: scanPlans.capacity,
  controlShare: scanPlans.controlShare,
  controlPool: scanPlans.controlPool,
  controlPropensity: scanPlans.controlPropensity,
  seed: scanPlans.seed,
  createdBy: scanPlans.createdBy,
  createdAt: scanPlans.createdAt,
};

export async function getScanPlan(db: Db, id: string): Promise<StoredScanPlan | undefined> {
  const [header] = await db.select(HEADER).from(scanPlans).where(eq(scanPlans.id, id));
  if (!header) return undefined;
  const selections = await db
    .select({
      containerNumber: scanPlanSelections.containerNumber,
      billNumber: scanPlanSelections.billNumber,
      assessmentId: scanPlanSelections.assessmentId,
      score: scanPlanSelections.score,
      reason: scanPlanSelections.reason,
      propensity: scanPlanSelections.propensity,
      selected: scanPlanSelections.selected,
      note: scanPlanSelections.note,
    })
    .from(scanPlanSelections)
    .where(eq(scanPlanSelections.planId, id))
    .orderBy(desc(scanPlanSelections.score), asc(scanPlanSelections.containerNumber));
  return {
    ...header,
    createdAt: header.createdAt.toISOString(),
    selections: selections.map((s) => ({
      ...s,
      assessmentId: s.assessmentId ?? undefined,
      note: s.note ?? undefined,
    })),
  };
}

/** The newest plan of the call (any terminal and shift). */
export async function latestScanPlanId(db: Db, call: CallKey): Promise<string | undefined> {
  const [row] = await db
    .select({ id: scanPlans.id })
    .from(scanPlans)
    .where(
      and(
        eq(scanPlans.agencyId, call.agencyId),
        eq(scanPlans.vesselImo, call.vesselImo),
        eq(scanPlans.voyageNumber, call.voyageNumber),
        eq(scanPlans.port, call.port),
      ),
    )
    .orderBy(desc(scanPlans.createdAt))
    .limit(1);
  return row?.id;
}

export interface SelectionChange {
  readonly planId: string;
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly assessmentId?: string | undefined;
  readonly score: number;
  readonly selected: boolean;
  readonly note: string;
  readonly changedBy: string;
  readonly changedAt: Date;
}

/** An officer's selection (reason "manual", propensity 1) or deselection, with the note. */
export async function changeSelection(db: Db, c: SelectionChange): Promise<void> {
  await db
    .insert(scanPlanSelections)
    .values({ ...c, reason: 'manual', propensity: 1 })
    .onConflictDoUpdate({
      target: [scanPlanSelections.planId, scanPlanSelections.containerNumber],
      set: { selected: c.selected, note: c.note, changedBy: c.changedBy, changedAt: c.changedAt },
    });
}

/** The selection of a container in the agency's newest plan that has one. */
export async function latestSelectionOf(db: Db, agencyId: string, containerNumber: string) {
  const result = await db.execute(sql`
    SELECT s.plan_id, s.reason, s.propensity, s.assessment_id, s.selected
    FROM scan_plan_selections s JOIN scan_plans p ON p.id = s.plan_id
    WHERE p.agency_id = ${agencyId} AND s.container_number = ${containerNumber}
    ORDER BY p.created_at DESC LIMIT 1`);
  const [row] = rowsOf<{
    plan_id: string;
    reason: string;
    propensity: number;
    assessment_id: string | null;
    selected: boolean;
  }>(result);
  return row && { ...row, propensity: Number(row.propensity) };
}
