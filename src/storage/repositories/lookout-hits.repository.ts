/**
 * Lookout hits (one per lookout and bill of lading) and the cargo reads lookout matching needs:
 * consignment versions of the agency in filing order after a cursor, newest version per bill.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Consignment } from '../../core/cargo/consignment.ts';
import { rowsOf, type Db } from '../db.ts';
import { consignments } from '../schema/consignments.ts';
import { lookoutHits } from '../schema/exchange.ts';

export interface LookoutHitInput {
  readonly lookoutId: string;
  readonly lookoutOwner: string;
  readonly consignmentId: string;
  readonly billNumber: string;
  readonly containerNumbers: readonly string[];
  readonly matchedOn: readonly string[];
  readonly mandatoryHold: boolean;
  readonly at: Date;
}

export interface LookoutHitRecord extends Omit<LookoutHitInput, 'at'> {
  readonly id: string;
  readonly sightingId?: string;
  readonly at: string;
}

/** Records a hit; undefined when this lookout already hit this bill. */
export async function insertLookoutHit(db: Db, hit: LookoutHitInput): Promise<string | undefined> {
  const [row] = await db
    .insert(lookoutHits)
    .values({
      ...hit,
      containerNumbers: [...hit.containerNumbers],
      matchedOn: [...hit.matchedOn],
    })
    .onConflictDoNothing()
    .returning({ id: lookoutHits.id });
  return row?.id;
}

export async function setHitSighting(db: Db, hitId: string, sightingId: string): Promise<void> {
  await db.update(lookoutHits).set({ sightingId }).where(eq(lookoutHits.id, hitId));
}

export async function listLookoutHits(
  db: Db,
  filter: { lookoutId?: string; limit: number },
): Promise<LookoutHitRecord[]> {
  const rows = await db
    .select()
    .from(lookoutHits)
    .where(filter.lookoutId === undefined ? undefined : eq(lookoutHits.lookoutId, filter.lookoutId))
    .orderBy(desc(lookoutHits.at), desc(lookoutHits.id))
    .limit(filter.limit);
  return rows.map((r) => ({
    id: r.id,
    lookoutId: r.lookoutId,
    lookoutOwner: r.lookoutOwner,
    consignmentId: r.consignmentId,
    billNumber: r.billNumber,
    containerNumbers: r.containerNumbers as string[],
    matchedOn: r.matchedOn as string[],
    mandatoryHold: r.mandatoryHold,
    at: r.at.toISOString(),
    ...(r.sightingId === null ? {} : { sightingId: r.sightingId }),
  }));
}

export interface CargoPosition {
  readonly filedAt: string;
  readonly id: string;
}

export interface CargoForMatching {
  readonly id: string;
  readonly filingId: string;
  readonly filedAt: string;
  readonly consignment: Consignment;
}

/** Consignment versions of the agency filed after the position, not cancelled, in filing order. */
export async function consignmentsAfter(
  db: Db,
  agencyId: string,
  after: CargoPosition | undefined,
  limit: number,
): Promise<CargoForMatching[]> {
  const position =
    after === undefined
      ? undefined
      : sql`(${consignments.filedAt}, ${consignments.id}) > (${after.filedAt}::timestamptz, ${after.id}::uuid)`;
  const rows = await db
    .select({
      id: consignments.id,
      filingId: consignments.filingId,
      filedAt: consignments.filedAt,
      cancelled: consignments.cancelled,
      document: consignments.document,
    })
    .from(consignments)
    .where(and(eq(consignments.agencyId, agencyId), position))
    .orderBy(consignments.filedAt, consignments.id)
    .limit(limit);
  return rows
    .filter((r) => !r.cancelled)
    .map((r) => ({
      id: r.id,
      filingId: r.filingId,
      filedAt: r.filedAt.toISOString(),
      consignment: r.document as Consignment,
    }));
}

/** The newest version of each bill of the agency filed since the instant (lookout back-matching). */
export async function recentConsignments(
  db: Db,
  agencyId: string,
  since: Date,
): Promise<CargoForMatching[]> {
  type Row = {
    id: string;
    filing_id: string;
    filed_ms: number;
    document: unknown;
    cancelled: boolean;
  };
  const rows = rowsOf<Row>(
    await db.execute(sql`
      SELECT DISTINCT ON (bill_number) id, filing_id, cancelled, document,
        (extract(epoch from filed_at) * 1000)::float8 AS filed_ms
      FROM consignments WHERE agency_id = ${agencyId} AND filed_at >= ${since.toISOString()}::timestamptz
      ORDER BY bill_number, version DESC`),
  ).filter((r) => !r.cancelled);
  return rows.map((r) => ({
    id: r.id,
    filingId: r.filing_id,
    filedAt: new Date(Number(r.filed_ms)).toISOString(),
    consignment: (typeof r.document === 'string'
      ? JSON.parse(r.document)
      : r.document) as Consignment,
  }));
}
