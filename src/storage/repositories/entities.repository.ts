/**
 * Entity resolution and screening storage: the parties of an agency's latest consignment versions
 * (the records resolution runs on), analysts' decisions, seizures by container, screening hits
 * and their reviews, and the watchlists an agency loaded.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Party } from '../../core/cargo/party.ts';
import type { Db } from '../db.ts';
import { consignmentContainers, consignments, parties } from '../schema/consignments.ts';
import { entityDecisions, screeningHits, watchlists } from '../schema/entities.ts';
import { outcomeSeizures, outcomeSelections } from '../schema/outcomes.ts';
import {
  noVersions,
  versionIdsOf,
  type ScreenedVersions,
} from './screened-consignments.repository.ts';

export interface StoredParty {
  /** The party row's id: the record id entity resolution and decisions use. */
  readonly id: string;
  readonly consignmentId: string;
  readonly billNumber: string;
  readonly vesselImo: string | null;
  /** When the consignment version that carries it was filed. */
  readonly filedAt: Date;
  readonly party: Party;
}

/** Parties of the latest, uncancelled version of each of the agency's bills. */
export async function listLatestParties(db: Db, agencyId: string): Promise<StoredParty[]> {
  const latest = db
    .selectDistinctOn([consignments.billNumber], {
      id: consignments.id,
      billNumber: consignments.billNumber,
      vesselImo: consignments.vesselImo,
      filedAt: consignments.filedAt,
      cancelled: consignments.cancelled,
    })
    .from(consignments)
    .where(eq(consignments.agencyId, agencyId))
    .orderBy(consignments.billNumber, desc(consignments.version))
    .as('latest');
  const rows = await db
    .select({
      id: parties.id,
      consignmentId: latest.id,
      billNumber: latest.billNumber,
      vesselImo: latest.vesselImo,
      filedAt: latest.filedAt,
      document: parties.document,
    })
    .from(latest)
    .innerJoin(parties, eq(parties.consignmentId, latest.id))
    .where(eq(latest.cancelled, false))
    .orderBy(parties.id);
  return rows.map((r) => ({ ...r, party: r.document as Party }));
}

/** Parties of the given consignment versions, or of every consignment of a filing. */
export async function listStoredPartiesOf(
  db: Db,
  agencyId: string,
  of: { filingId: string } | { consignmentIds: readonly string[] },
): Promise<StoredParty[]> {
  if ('consignmentIds' in of && of.consignmentIds.length === 0) return [];
  const rows = await db
    .select({
      id: parties.id,
      consignmentId: consignments.id,
      billNumber: consignments.billNumber,
      vesselImo: consignments.vesselImo,
      filedAt: consignments.filedAt,
      document: parties.document,
    })
    .from(consignments)
    .innerJoin(parties, eq(parties.consignmentId, consignments.id))
    .where(
      and(
        eq(consignments.agencyId, agencyId),
        eq(consignments.cancelled, false),
        'filingId' in of
          ? eq(consignments.filingId, of.filingId)
          : sql`${consignments.id} = ANY (string_to_array(${of.consignmentIds.join(',')}, ',')::uuid[])`,
      ),
    )
    .orderBy(parties.id);
  return rows.map((r) => ({ ...r, party: r.document as Party }));
}

export async function listContainersOf(
  db: Db,
  consignmentIds: readonly string[],
): Promise<Array<{ consignmentId: string; containerNumber: string }>> {
  if (consignmentIds.length === 0) return [];
  return db
    .select({
      consignmentId: consignmentContainers.consignmentId,
      containerNumber: consignmentContainers.containerNumber,
    })
    .from(consignmentContainers)
    .where(inArray(consignmentContainers.consignmentId, [...consignmentIds]));
}

export interface StoredSeizure {
  readonly id: string;
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly substance: string;
  readonly netKg: number;
}

export async function listSeizures(db: Db, agencyId: string): Promise<StoredSeizure[]> {
  return db
    .select({
      id: outcomeSeizures.id,
      containerNumber: outcomeSelections.containerNumber,
      billNumber: outcomeSelections.billNumber,
      substance: outcomeSeizures.substance,
      netKg: outcomeSeizures.netKg,
    })
    .from(outcomeSeizures)
    .innerJoin(outcomeSelections, eq(outcomeSelections.id, outcomeSeizures.selectionId))
    .where(eq(outcomeSeizures.agencyId, agencyId));
}

export interface StoredDecision {
  readonly kind: 'same' | 'different';
  readonly a: string;
  readonly b: string;
}

export async function listEntityDecisions(db: Db, agencyId: string): Promise<StoredDecision[]> {
  const rows = await db
    .select({ kind: entityDecisions.kind, a: entityDecisions.recordA, b: entityDecisions.recordB })
    .from(entityDecisions)
    .where(eq(entityDecisions.agencyId, agencyId))
    .orderBy(entityDecisions.decidedAt);
  return rows.map((r) => ({ kind: r.kind === 'same' ? 'same' : 'different', a: r.a, b: r.b }));
}

export async function insertEntityDecisions(
  db: Db,
  agencyId: string,
  decisions: readonly StoredDecision[],
  by: { decidedBy: string; decidedAt: Date; note?: string },
): Promise<void> {
  if (decisions.length === 0) return;
  await db.insert(entityDecisions).values(
    decisions.map((d) => ({
      agencyId,
      kind: d.kind,
      recordA: d.a,
      recordB: d.b,
      note: by.note ?? null,
      decidedBy: by.decidedBy,
      decidedAt: by.decidedAt,
    })),
  );
}

export interface ScreeningHitInput {
  readonly consignmentId: string;
  readonly billNumber: string;
  readonly partyRole: string;
  readonly partyName: string;
  readonly listId: string;
  readonly entryId: string;
  readonly matchedName: string;
  readonly score: number;
  readonly narcotics: boolean;
  readonly programmes: readonly string[];
  readonly reasons: readonly unknown[];
}

export interface StoredScreeningHit extends ScreeningHitInput {
  readonly id: string;
  readonly status: string;
  readonly reviewedBy: string | null;
  readonly reviewNote: string | null;
  readonly createdAt: Date;
}

export async function insertScreeningHits(
  db: Db,
  agencyId: string,
  hits: readonly ScreeningHitInput[],
  now: Date,
): Promise<void> {
  if (hits.length === 0) return;
  await db.insert(screeningHits).values(
    hits.map((h) => ({
      ...h,
      agencyId,
      programmes: [...h.programmes],
      reasons: [...h.reasons],
      createdAt: now,
    })),
  );
}

const hitColumns = {
  id: screeningHits.id,
  consignmentId: screeningHits.consignmentId,
  billNumber: screeningHits.billNumber,
  partyRole: screeningHits.partyRole,
  partyName: screeningHits.partyName,
  listId: screeningHits.listId,
  entryId: screeningHits.entryId,
  matchedName: screeningHits.matchedName,
  score: screeningHits.score,
  narcotics: screeningHits.narcotics,
  programmes: screeningHits.programmes,
  reasons: screeningHits.reasons,
  status: screeningHits.status,
  reviewedBy: screeningHits.reviewedBy,
  reviewNote: screeningHits.reviewNote,
  createdAt: screeningHits.createdAt,
};

type HitRow = Omit<StoredScreeningHit, 'programmes' | 'reasons'> & {
  programmes: unknown;
  reasons: unknown;
};
const hitOf = (r: HitRow): StoredScreeningHit => ({
  ...r,
  programmes: r.programmes as string[],
  reasons: r.reasons as unknown[],
});

export async function listScreeningHits(
  db: Db,
  agencyId: string,
  filter: { status?: string; billNumbers?: readonly string[]; limit?: number } = {},
): Promise<StoredScreeningHit[]> {
  const where = [eq(screeningHits.agencyId, agencyId)];
  if (filter.status) where.push(eq(screeningHits.status, filter.status));
  if (filter.billNumbers) {
    if (filter.billNumbers.length === 0) return [];
    where.push(inArray(screeningHits.billNumber, [...filter.billNumbers]));
  }
  const rows = await db
    .select(hitColumns)
    .from(screeningHits)
    .where(and(...where))
    .orderBy(desc(screeningHits.score))
    .limit(filter.limit ?? 500);
  return rows.map(hitOf);
}

/** Hits of the given consignment versions (any status), for re-screening and targeting. */
export async function listHitsOfConsignments(
  db: Db,
  agencyId: string,
  versions: ScreenedVersions,
): Promise<StoredScreeningHit[]> {
  if (noVersions(versions)) return [];
  const rows = await db
    .select(hitColumns)
    .from(screeningHits)
    .where(
      and(
        eq(screeningHits.agencyId, agencyId),
        sql`${screeningHits.consignmentId} IN (${versionIdsOf(agencyId, versions)})`,
      ),
    )
    .orderBy(desc(screeningHits.score));
  return rows.map(hitOf);
}

export async function reviewScreeningHit(
  db: Db,
  agencyId: string,
  id: string,
  review: { status: string; reviewedBy: string; reviewedAt: Date; reviewNote: string | null },
): Promise<StoredScreeningHit | undefined> {
  const rows = await db
    .update(screeningHits)
    .set(review)
    .where(and(eq(screeningHits.agencyId, agencyId), eq(screeningHits.id, id)))
    .returning(hitColumns);
  return rows[0] ? hitOf(rows[0]) : undefined;
}

/** Reviewed hits of a list: scores and verdicts, for tuning its threshold. */
export async function listReviewedScores(
  db: Db,
  agencyId: string,
  listId: string,
): Promise<Array<{ score: number; truePositive: boolean }>> {
  const rows = await db
    .select({ score: screeningHits.score, status: screeningHits.status })
    .from(screeningHits)
    .where(
      and(
        eq(screeningHits.agencyId, agencyId),
        eq(screeningHits.listId, listId),
        sql`${screeningHits.status} in ('true-positive', 'false-positive')`,
      ),
    );
  return rows.map((r) => ({ score: r.score, truePositive: r.status === 'true-positive' }));
}

export interface StoredWatchlist {
  readonly listId: string;
  readonly name: string;
  readonly source: string;
  readonly entries: unknown;
  readonly entryCount: number;
  readonly threshold: number | null;
  readonly loadedAt: Date;
}

export async function upsertWatchlist(
  db: Db,
  agencyId: string,
  list: Omit<StoredWatchlist, 'threshold'> & { loadedBy: string },
): Promise<void> {
  await db
    .insert(watchlists)
    .values({ agencyId, ...list })
    .onConflictDoUpdate({
      target: [watchlists.agencyId, watchlists.listId],
      set: {
        name: list.name,
        source: list.source,
        entries: list.entries,
        entryCount: list.entryCount,
        loadedBy: list.loadedBy,
        loadedAt: list.loadedAt,
      },
    });
}

export async function listWatchlists(db: Db, agencyId: string): Promise<StoredWatchlist[]> {
  return db
    .select({
      listId: watchlists.listId,
      name: watchlists.name,
      source: watchlists.source,
      entries: watchlists.entries,
      entryCount: watchlists.entryCount,
      threshold: watchlists.threshold,
      loadedAt: watchlists.loadedAt,
    })
    .from(watchlists)
    .where(eq(watchlists.agencyId, agencyId))
    .orderBy(watchlists.listId);
}

export async function setWatchlistThreshold(
  db: Db,
  agencyId: string,
  listId: string,
  threshold: number,
): Promise<void> {
  await db
    .update(watchlists)
    .set({ threshold })
    .where(and(eq(watchlists.agencyId, agencyId), eq(watchlists.listId, listId)));
}
