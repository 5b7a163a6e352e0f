/** Agencies: the customs, police and partner services that own data and users. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { agencies } from '../schema/access.ts';

export const AGENCY_KINDS = [
  'customs',
  'police',
  'coast-guard',
  'port-authority',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface Agency {
  /** Stable slug, e.g. "be-customs". */
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly kind: AgencyKind;
}

const columns = {
  id: agencies.id,
  name: agencies.name,
  country: agencies.country,
  kind: agencies.kind,
};

export async function upsertAgency(db: Db, agency: Agency, now: Date): Promise<void> {
  await db
    .insert(agencies)
    .values({ ...agency, createdAt: now })
    .onConflictDoUpdate({
      target: agencies.id,
      set: { name: agency.name, country: agency.country, kind: agency.kind },
    });
}

export async function getAgency(db: Db, id: string): Promise<Agency | undefined> {
  const rows = await db.select(columns).from(agencies).where(eq(agencies.id, id));
  return rows[0] && { ...rows[0], kind: rows[0].kind as AgencyKind };
}

export async function listAgencies(db: Db): Promise<Agency[]> {
  const rows = await db.select(columns).from(agencies).orderBy(asc(agencies.id));
  return rows.map((r) => ({ ...r, kind: r.kind as AgencyKind }));
}
