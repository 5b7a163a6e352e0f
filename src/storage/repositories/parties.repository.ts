/**
 * Parties of consignment versions: normalised name, country, city, EORI as columns, the full
 * core `Party` as jsonb. Name search runs in memory (entities), not in SQL.
 */
import { eq } from 'drizzle-orm';
import type { Party } from '../../core/cargo/party.ts';
import type { Db } from '../db.ts';
import { parties } from '../schema/consignments.ts';

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

export async function listPartiesOf(db: Db, consignmentId: string): Promise<Party[]> {
  const rows = await db
    .select({ document: parties.document })
    .from(parties)
    .where(eq(parties.consignmentId, consignmentId))
    .orderBy(parties.role);
  return rows.map((r) => r.document as Party);
}
