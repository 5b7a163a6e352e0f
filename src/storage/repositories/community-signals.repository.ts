/**
 * What ranks an agency's party communities: the screening hits not dismissed as false positives
 * and the lookout hits on the agency's consignments (seizures are `listSeizures`).
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { consignments } from '../schema/consignments.ts';
import { screeningHits } from '../schema/entities.ts';
import { lookoutHits } from '../schema/exchange.ts';

export interface HitParty {
  readonly billNumber: string;
  readonly partyRole: string;
  readonly partyName: string;
  readonly listId: string;
  readonly entryId: string;
  readonly narcotics: boolean;
}

/** The agency's screening hits that are open or confirmed, by party. */
export async function listHitParties(db: Db, agencyId: string): Promise<HitParty[]> {
  return db
    .select({
      billNumber: screeningHits.billNumber,
      partyRole: screeningHits.partyRole,
      partyName: screeningHits.partyName,
      listId: screeningHits.listId,
      entryId: screeningHits.entryId,
      narcotics: screeningHits.narcotics,
    })
    .from(screeningHits)
    .where(and(eq(screeningHits.agencyId, agencyId), ne(screeningHits.status, 'false-positive')))
    .orderBy(screeningHits.billNumber, screeningHits.id);
}

/** Lookout hits on the agency's consignments: which lookout hit which bill. */
export async function listAgencyLookoutHits(
  db: Db,
  agencyId: string,
): Promise<Array<{ lookoutId: string; billNumber: string }>> {
  return db
    .selectDistinct({ lookoutId: lookoutHits.lookoutId, billNumber: lookoutHits.billNumber })
    .from(lookoutHits)
    .innerJoin(consignments, eq(consignments.id, lookoutHits.consignmentId))
    .where(eq(consignments.agencyId, agencyId))
    .orderBy(lookoutHits.billNumber, lookoutHits.lookoutId);
}
