/** The containers of each consignment version, and which bills a container travels under. */
import { and, desc, eq } from 'drizzle-orm';
import type { Equipment } from '../../core/cargo/equipment.ts';
import type { ContainerNumber } from '../../core/identifiers/container-number.ts';
import type { Db } from '../db.ts';
import { consignmentContainers, consignments } from '../schema/consignments.ts';

export async function insertConsignmentContainers(
  db: Db,
  consignmentId: string,
  equipment: readonly Equipment[],
): Promise<void> {
  if (equipment.length === 0) return;
  const rows = equipment.map((e) => ({
    consignmentId,
    containerNumber: e.containerNumber,
    isoSizeType: e.isoSizeType ?? null,
    fullEmpty: e.fullEmpty ?? null,
    seals: e.seals,
    reefer: e.reefer ?? null,
  }));
  await db.insert(consignmentContainers).values(rows).onConflictDoNothing();
}

export interface ContainerBill {
  readonly billNumber: string;
  readonly version: number;
  readonly consignmentId: string;
}

/** Every consignment version filed with the agency that lists the container, newest first. */
export async function listBillsOfContainer(
  db: Db,
  agencyId: string,
  containerNumber: ContainerNumber,
): Promise<ContainerBill[]> {
  return db
    .select({
      billNumber: consignments.billNumber,
      version: consignments.version,
      consignmentId: consignments.id,
    })
    .from(consignmentContainers)
    .innerJoin(consignments, eq(consignments.id, consignmentContainers.consignmentId))
    .where(
      and(
        eq(consignments.agencyId, agencyId),
        eq(consignmentContainers.containerNumber, containerNumber),
      ),
    )
    .orderBy(desc(consignments.filedAt), desc(consignments.version));
}
