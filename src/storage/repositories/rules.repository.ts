/**
 * Rule sets as analysts version them: each (set id, version) stored once with its document and
 * a status (draft, active, retired); activating one version retires the set's active one.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { ruleSets } from '../schema/targeting.ts';

export const RULE_SET_STATUSES = ['draft', 'active', 'retired'] as const;
export type RuleSetStatus = (typeof RULE_SET_STATUSES)[number];

export interface StoredRuleSet {
  readonly id: string;
  readonly agencyId: string;
  readonly setId: string;
  readonly version: string;
  readonly status: RuleSetStatus;
  readonly document: unknown;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly activatedAt?: string;
}

const FIELDS = {
  id: ruleSets.id,
  agencyId: ruleSets.agencyId,
  setId: ruleSets.setId,
  version: ruleSets.version,
  status: ruleSets.status,
  document: ruleSets.document,
  createdBy: ruleSets.createdBy,
  createdAt: ruleSets.createdAt,
  activatedAt: ruleSets.activatedAt,
};

type Row = { [K in keyof typeof FIELDS]: (typeof FIELDS)[K]['_']['data'] | null };

function fromRow(r: Row): StoredRuleSet {
  return {
    id: r.id!,
    agencyId: r.agencyId!,
    setId: r.setId!,
    version: r.version!,
    status: r.status as RuleSetStatus,
    document: r.document,
    createdBy: r.createdBy!,
    createdAt: r.createdAt!.toISOString(),
    ...(r.activatedAt ? { activatedAt: r.activatedAt.toISOString() } : {}),
  };
}

export interface RuleSetInput {
  readonly agencyId: string;
  readonly setId: string;
  readonly version: string;
  readonly document: unknown;
  readonly createdBy: string;
  readonly createdAt: Date;
}

/** Stores a draft; undefined when that version of the set already exists. */
export async function insertRuleSet(
  db: Db,
  input: RuleSetInput,
): Promise<StoredRuleSet | undefined> {
  const rows = await db
    .insert(ruleSets)
    .values({ ...input, status: 'draft' })
    .onConflictDoNothing()
    .returning(FIELDS);
  return rows[0] && fromRow(rows[0]);
}

export async function listRuleSets(db: Db, agencyId: string): Promise<StoredRuleSet[]> {
  const rows = await db
    .select(FIELDS)
    .from(ruleSets)
    .where(eq(ruleSets.agencyId, agencyId))
    .orderBy(desc(ruleSets.createdAt));
  return rows.map(fromRow);
}

export async function getRuleSet(db: Db, id: string): Promise<StoredRuleSet | undefined> {
  const [row] = await db.select(FIELDS).from(ruleSets).where(eq(ruleSets.id, id));
  return row && fromRow(row);
}

export async function activeRuleSet(db: Db, agencyId: string): Promise<StoredRuleSet | undefined> {
  const [row] = await db
    .select(FIELDS)
    .from(ruleSets)
    .where(and(eq(ruleSets.agencyId, agencyId), eq(ruleSets.status, 'active')))
    .orderBy(desc(ruleSets.activatedAt))
    .limit(1);
  return row && fromRow(row);
}

/** Makes the version the agency's active rule set; the previously active one is retired. */
export async function activateRuleSet(db: Db, id: string, agencyId: string, at: Date) {
  await db
    .update(ruleSets)
    .set({ status: 'retired' })
    .where(and(eq(ruleSets.agencyId, agencyId), eq(ruleSets.status, 'active')));
  const rows = await db
    .update(ruleSets)
    .set({ status: 'active', activatedAt: at })
    .where(and(eq(ruleSets.id, id), eq(ruleSets.agencyId, agencyId)))
    .returning(FIELDS);
  return rows[0] && fromRow(rows[0]);
}

/** One version of one of the agency's rule sets (what an assessment's rule-set version names). */
export async function ruleSetByVersion(
  db: Db,
  agencyId: string,
  setId: string,
  version: string,
): Promise<StoredRuleSet | undefined> {
  const [row] = await db
    .select(FIELDS)
    .from(ruleSets)
    .where(
      and(
        eq(ruleSets.agencyId, agencyId),
        eq(ruleSets.setId, setId),
        eq(ruleSets.version, version),
      ),
    );
  return row && fromRow(row);
}
