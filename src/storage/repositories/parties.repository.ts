/**
 * Parties of consignment versions: normalised name, country, city, EORI as columns, the full
 * core `Party` as jsonb; fuzzy lookup by name with pg_trgm.
 */
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Party } from '../../core/cargo/party.ts';
import type { Db } from '../db.ts';
import { consignments, parties } from '../schema/consignments.ts';

/** Upper case, accents and punctuation folded, single-spaced. */
export function normalisePartyName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export async function insertParties(
  db: Db,
  consignmentId: string,
  list: readonly Party[],
): Promise<void> {
  if (list.length === 0) return;
  const rows = list.map((p) => ({
    consignmentId,
    role: p.role,
    name: p.name,
    nameNormalised: normalisePartyName(p.name),
    country: p.address?.country ?? null,
    city: p.address?.city ?? null,
    eori: p.identifiers?.eori ?? null,
    document: p,
  }));
  await db.insert(parties).values(rows);
}

export interface PartyMatch {
  readonly consignmentId: string;
  readonly party: Party;
  /** pg_trgm similarity of the normalised names, 0..1. */
  readonly similarity: number;
}

/** Parties in the agency's consignments whose name is trigram-similar to `name`, best first. */
export async function findPartiesByName(
  db: Db,
  agencyId: string,
  name: string,
  options: { minSimilarity?: number; limit?: number } = {},
): Promise<PartyMatch[]> {
  const similarity = sql<number>`similarity(${parties.nameNormalised}, ${normalisePartyName(name)})`;
  const rows = await db
    .select({ consignmentId: parties.consignmentId, document: parties.document, similarity })
    .from(parties)
    .innerJoin(consignments, eq(consignments.id, parties.consignmentId))
    .where(and(eq(consignments.agencyId, agencyId), gt(similarity, options.minSimilarity ?? 0.3)))
    .orderBy(desc(similarity))
    .limit(options.limit ?? 50);
  return rows.map((r) => ({
    consignmentId: r.consignmentId,
    party: r.document as Party,
    similarity: Number(r.similarity),
  }));
}

export async function listPartiesOf(db: Db, consignmentId: string): Promise<Party[]> {
  const rows = await db
    .select({ document: parties.document })
    .from(parties)
    .where(eq(parties.consignmentId, consignmentId))
    .orderBy(parties.role);
  return rows.map((r) => r.document as Party);
}
