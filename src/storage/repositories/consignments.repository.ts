/**
 * Consignments: each filing of a bill of lading stores a new version (1..n per bill) with its
 * containers and parties; reads return the core `Consignment` with its version metadata.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { ImoNumber } from '../../core/identifiers/imo-number.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import type { Db } from '../db.ts';
import { consignments } from '../schema/consignments.ts';
import { insertConsignmentContainers } from './consignment-containers.repository.ts';
import { insertParties } from './parties.repository.ts';

export interface ConsignmentVersionInput {
  readonly agencyId: string;
  readonly consignment: Consignment;
  readonly filingId: string;
  readonly filedAt: Date;
  /** True when the filing cancels the bill: the version records the cancellation. */
  readonly cancelled?: boolean;
}

export interface StoredConsignment {
  readonly id: string;
  readonly agencyId: string;
  readonly version: number;
  readonly filingId: string;
  readonly cancelled: boolean;
  readonly filedAt: string;
  readonly consignment: Consignment;
}

export interface VesselCallKey {
  readonly vesselImo: ImoNumber;
  readonly voyageNumber: string;
  readonly port: UnLocode;
}

const columns = {
  id: consignments.id,
  agencyId: consignments.agencyId,
  version: consignments.version,
  filingId: consignments.filingId,
  cancelled: consignments.cancelled,
  filedAt: consignments.filedAt,
  document: consignments.document,
};

/** Stores the next version of the bill. Run it inside a transaction. */
export async function saveConsignmentVersion(
  db: Db,
  input: ConsignmentVersionInput,
): Promise<StoredConsignment> {
  const c = input.consignment;
  const lockKey = `bill|${input.agencyId}|${c.billNumber}`;
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${lockKey}))`);
  const [last] = await db
    .select({ version: sql<number>`coalesce(max(${consignments.version}), 0)::int` })
    .from(consignments)
    .where(ofBill(input.agencyId, c.billNumber));
  const [row] = await db
    .insert(consignments)
    .values({ ...keyColumnsOf(input), version: (last?.version ?? 0) + 1 })
    .returning(columns);
  if (!row) throw new Error('insert returned no consignment');
  await insertConsignmentContainers(db, row.id, c.equipment);
  await insertParties(db, row.id, c.parties);
  return toStored(row);
}

function keyColumnsOf(input: ConsignmentVersionInput) {
  const c = input.consignment;
  return {
    agencyId: input.agencyId,
    billNumber: c.billNumber,
    filingId: input.filingId,
    cancelled: input.cancelled ?? false,
    billKind: c.billKind,
    masterBillNumber: c.masterBillNumber ?? null,
    carrier: c.carrier ?? null,
    vesselImo: c.vesselImo ?? null,
    voyageNumber: c.voyageNumber ?? null,
    portOfLoading: c.route.portOfLoading,
    portOfDischarge: c.route.portOfDischarge,
    filedAt: input.filedAt,
    document: c,
  };
}

const ofBill = (agencyId: string, billNumber: string) =>
  and(eq(consignments.agencyId, agencyId), eq(consignments.billNumber, billNumber));

export async function latestConsignment(
  db: Db,
  agencyId: string,
  billNumber: string,
): Promise<StoredConsignment | undefined> {
  const rows = await db
    .select(columns)
    .from(consignments)
    .where(ofBill(agencyId, billNumber))
    .orderBy(desc(consignments.version))
    .limit(1);
  return rows[0] && toStored(rows[0]);
}

/** Every version of the bill, oldest first. */
export async function consignmentHistory(
  db: Db,
  agencyId: string,
  billNumber: string,
): Promise<StoredConsignment[]> {
  const rows = await db
    .select(columns)
    .from(consignments)
    .where(ofBill(agencyId, billNumber))
    .orderBy(asc(consignments.version));
  return rows.map(toStored);
}

/** The latest version of every bill discharged at the call, for one agency, by bill number. */
export async function listConsignmentsOfCall(
  db: Db,
  agencyId: string,
  call: VesselCallKey,
): Promise<StoredConsignment[]> {
  const rows = await db
    .selectDistinctOn([consignments.billNumber], columns)
    .from(consignments)
    .where(
      and(
        eq(consignments.agencyId, agencyId),
        eq(consignments.vesselImo, call.vesselImo),
        eq(consignments.voyageNumber, call.voyageNumber),
        eq(consignments.portOfDischarge, call.port),
      ),
    )
    .orderBy(consignments.billNumber, desc(consignments.version));
  return rows.map(toStored);
}

function toStored(r: Pick<typeof consignments.$inferSelect, keyof typeof columns>) {
  const { document, filedAt, ...rest } = r;
  return { ...rest, filedAt: filedAt.toISOString(), consignment: document as Consignment };
}
