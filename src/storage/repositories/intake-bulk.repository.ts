/**
 * The intake's bulk write paths: many consignment versions of one filing (with their containers
 * and parties), and a filing's equipment, each as a few `INSERT … SELECT FROM unnest(…)`
 * statements per chunk instead of several statements per record.
 */
import { sql } from 'drizzle-orm';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import { rowsOf, type Db } from '../db.ts';
import { chunksOf, textArray } from './bulk.ts';
import { normalisePartyName } from './parties.repository.ts';

export interface ConsignmentBatch {
  readonly agencyId: string;
  readonly filingId: string;
  readonly filedAt: Date;
  /** Bill numbers must be distinct within a batch. */
  readonly consignments: readonly Consignment[];
  /** The filing cancels these bills: each version records the cancellation. */
  readonly cancelled?: boolean;
}

const CHUNK = 2_000;

/** Stores the next version of every bill in the batch; returns consignment ids by bill number. */
export async function saveConsignmentVersions(
  db: Db,
  batch: ConsignmentBatch,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const chunk of chunksOf(batch.consignments, CHUNK)) {
    await lockBills(db, batch.agencyId, chunk);
    const inserted = await insertVersions(db, batch, chunk);
    for (const [bill, id] of inserted) ids.set(bill, id);
    await insertContainers(db, chunk, inserted);
    await insertPartyRows(db, chunk, inserted);
  }
  return ids;
}

/**
 * Serialises version numbering of the same bills across concurrent intakes. One lock per bill
 * would exhaust the lock table on a large upload (locks are held to the end of the
 * transaction), so bills share 256 lock buckets per agency, taken in a stable order. The unique
 * (agency, bill, version) index still guards against any other writer.
 */
async function lockBills(db: Db, agencyId: string, chunk: readonly Consignment[]) {
  const bills = chunk.map((c) => c.billNumber);
  await db.execute(sql`
    SELECT count(pg_advisory_xact_lock(hashtext(${`bills|${agencyId}`}), b))
    FROM (SELECT DISTINCT hashtext(k) & 255 AS b FROM unnest(${textArray(bills)}::text[]) AS k
      ORDER BY 1) AS buckets`);
}

async function insertVersions(db: Db, batch: ConsignmentBatch, chunk: readonly Consignment[]) {
  const col = (f: (c: Consignment) => string | undefined) => textArray(chunk.map(f));
  const result = await db.execute(sql`
    INSERT INTO consignments (agency_id, bill_number, version, filing_id, cancelled, bill_kind,
      master_bill_number, carrier, vessel_imo, voyage_number, port_of_loading, port_of_discharge,
      filed_at, document)
    SELECT ${batch.agencyId}, t.bill, coalesce((SELECT max(c.version) FROM consignments c
        WHERE c.agency_id = ${batch.agencyId} AND c.bill_number = t.bill), 0) + 1,
      ${batch.filingId}::uuid, ${batch.cancelled ?? false}, t.kind, t.master, t.carrier, t.imo,
      t.voyage, t.pol, t.pod, ${batch.filedAt.toISOString()}::timestamptz, t.doc::jsonb
    FROM unnest(${col((c) => c.billNumber)}::text[], ${col((c) => c.billKind)}::text[],
      ${col((c) => c.masterBillNumber)}::text[], ${col((c) => c.carrier)}::text[],
      ${col((c) => c.vesselImo)}::text[], ${col((c) => c.voyageNumber)}::text[],
      ${col((c) => c.route.portOfLoading)}::text[], ${col((c) => c.route.portOfDischarge)}::text[],
      ${col((c) => JSON.stringify(c))}::text[])
      AS t(bill, kind, master, carrier, imo, voyage, pol, pod, doc)
    RETURNING id, bill_number`);
  const rows = rowsOf<{ id: string; bill_number: string }>(result);
  return new Map(rows.map((r) => [r.bill_number, r.id]));
}

async function insertContainers(
  db: Db,
  chunk: readonly Consignment[],
  ids: ReadonlyMap<string, string>,
) {
  const rows = chunk.flatMap((c) => c.equipment.map((e) => ({ id: ids.get(c.billNumber), e })));
  if (rows.length === 0) return;
  const col = (f: (r: (typeof rows)[number]) => string | undefined) => textArray(rows.map(f));
  await db.execute(sql`
    INSERT INTO consignment_containers (consignment_id, container_number, iso_size_type,
      full_empty, seals, reefer)
    SELECT t.id::uuid, t.num, t.iso, t.fe, t.seals::jsonb, t.reefer::jsonb
    FROM unnest(${col((r) => r.id)}::text[], ${col((r) => r.e.containerNumber)}::text[],
      ${col((r) => r.e.isoSizeType)}::text[], ${col((r) => r.e.fullEmpty)}::text[],
      ${col((r) => JSON.stringify(r.e.seals))}::text[],
      ${col((r) => (r.e.reefer ? JSON.stringify(r.e.reefer) : undefined))}::text[])
      AS t(id, num, iso, fe, seals, reefer)
    ON CONFLICT DO NOTHING`);
}

async function insertPartyRows(
  db: Db,
  chunk: readonly Consignment[],
  ids: ReadonlyMap<string, string>,
) {
  const rows = chunk.flatMap((c) => c.parties.map((p) => ({ id: ids.get(c.billNumber), p })));
  if (rows.length === 0) return;
  const col = (f: (r: (typeof rows)[number]) => string | undefined) => textArray(rows.map(f));
  await db.execute(sql`
    INSERT INTO parties (consignment_id, role, name, name_normalised, country, city, eori, document)
    SELECT t.id::uuid, t.role, t.name, t.norm, t.country, t.city, t.eori, t.doc::jsonb
    FROM unnest(${col((r) => r.id)}::text[], ${col((r) => r.p.role)}::text[],
      ${col((r) => r.p.name)}::text[], ${col((r) => normalisePartyName(r.p.name))}::text[],
      ${col((r) => r.p.address?.country)}::text[], ${col((r) => r.p.address?.city)}::text[],
      ${col((r) => r.p.identifiers?.eori)}::text[], ${col((r) => JSON.stringify(r.p))}::text[])
      AS t(id, role, name, norm, country, city, eori, doc)`);
}

/** Stores the equipment a filing reported outside consignments (a stowage plan). */
export async function insertFilingEquipment(
  db: Db,
  filingId: string,
  equipment: readonly Equipment[],
): Promise<void> {
  for (const chunk of chunksOf(equipment, 5_000)) {
    const col = (f: (e: Equipment) => string | undefined) => textArray(chunk.map(f));
    await db.execute(sql`
      INSERT INTO filing_equipment (filing_id, container_number, stowage_position, document)
      SELECT ${filingId}::uuid, t.num, t.pos, t.doc::jsonb
      FROM unnest(${col((e) => e.containerNumber)}::text[], ${col((e) => e.stowagePosition)}::text[],
        ${col((e) => JSON.stringify(e))}::text[]) AS t(num, pos, doc)`);
  }
}

/** The equipment stored with a filing, in stowage order. */
export async function listFilingEquipment(db: Db, filingId: string): Promise<Equipment[]> {
  const result = await db.execute(sql`
    SELECT document FROM filing_equipment WHERE filing_id = ${filingId}::uuid
    ORDER BY stowage_position NULLS LAST, container_number`);
  return rowsOf<{ document: unknown }>(result).map(
    (r) => (typeof r.document === 'string' ? JSON.parse(r.document) : r.document) as Equipment,
  );
}

/** The consignments a filing version stored (the bills a cancellation without a list cancels). */
export async function listConsignmentsOfFiling(db: Db, filingId: string): Promise<Consignment[]> {
  const result = await db.execute(sql`
    SELECT document FROM consignments WHERE filing_id = ${filingId}::uuid ORDER BY bill_number`);
  return rowsOf<{ document: unknown }>(result).map(
    (r) => (typeof r.document === 'string' ? JSON.parse(r.document) : r.document) as Consignment,
  );
}
