/**
 * The intake's bulk write paths: many consignment versions of one filing (with their containers
 * and parties), and a filing's equipment, each as a few `INSERT … SELECT FROM ROWS FROM (…)`
 * statements per chunk instead of several statements per record: short columns as text[]
 * parameters, documents as one jsonb array parameter. Ids are made here, so nothing written is
 * read back (and PGlite's gen_random_uuid() costs several µs a row).
 */
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import { rowsOf, type Db } from '../db.ts';
import { chunksOf, jsonbArray, textArray } from './bulk.ts';
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
    const chunkIds = chunk.map(() => randomUUID());
    await insertVersions(db, batch, chunk, chunkIds);
    chunk.forEach((c, i) => ids.set(c.billNumber, chunkIds[i] ?? ''));
    await insertContainers(db, chunk, chunkIds);
    await insertPartyRows(db, chunk, chunkIds);
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

async function insertVersions(
  db: Db,
  batch: ConsignmentBatch,
  chunk: readonly Consignment[],
  ids: readonly string[],
) {
  const col = (f: (c: Consignment) => string | undefined) => textArray(chunk.map(f));
  await db.execute(sql`
    INSERT INTO consignments (id, agency_id, bill_number, version, filing_id, cancelled, bill_kind,
      master_bill_number, carrier, vessel_imo, voyage_number, port_of_loading, port_of_discharge,
      filed_at, document)
    SELECT t.id::uuid, ${batch.agencyId}, t.bill, coalesce((SELECT max(c.version) FROM consignments c
        WHERE c.agency_id = ${batch.agencyId} AND c.bill_number = t.bill), 0) + 1,
      ${batch.filingId}::uuid, ${batch.cancelled ?? false}, t.kind, t.master, t.carrier, t.imo,
      t.voyage, t.pol, t.pod, ${batch.filedAt.toISOString()}::timestamptz, t.doc
    FROM ROWS FROM (unnest(${textArray(ids)}::text[]), unnest(${col((c) => c.billNumber)}::text[]),
      unnest(${col((c) => c.billKind)}::text[]), unnest(${col((c) => c.masterBillNumber)}::text[]),
      unnest(${col((c) => c.carrier)}::text[]), unnest(${col((c) => c.vesselImo)}::text[]),
      unnest(${col((c) => c.voyageNumber)}::text[]),
      unnest(${col((c) => c.route.portOfLoading)}::text[]),
      unnest(${col((c) => c.route.portOfDischarge)}::text[]), jsonb_array_elements(${jsonbArray(chunk)}))
      AS t(id, bill, kind, master, carrier, imo, voyage, pol, pod, doc)`);
}

/** Each row of `items` paired with the id of the consignment it belongs to. */
function withIds<T>(
  chunk: readonly Consignment[],
  ids: readonly string[],
  items: (c: Consignment) => readonly T[],
): { id: string; item: T }[] {
  return chunk.flatMap((c, i) => items(c).map((item) => ({ id: ids[i] ?? '', item })));
}

async function insertContainers(db: Db, chunk: readonly Consignment[], ids: readonly string[]) {
  const rows = withIds(chunk, ids, (c) => c.equipment);
  if (rows.length === 0) return;
  const col = (f: (e: Equipment) => string | undefined) => textArray(rows.map((r) => f(r.item)));
  await db.execute(sql`
    INSERT INTO consignment_containers (consignment_id, container_number, iso_size_type,
      full_empty, seals, reefer)
    SELECT t.id::uuid, t.num, t.iso, t.fe, t.seals, nullif(t.reefer, 'null'::jsonb)
    FROM ROWS FROM (unnest(${textArray(rows.map((r) => r.id))}::text[]),
      unnest(${col((e) => e.containerNumber)}::text[]), unnest(${col((e) => e.isoSizeType)}::text[]),
      unnest(${col((e) => e.fullEmpty)}::text[]),
      jsonb_array_elements(${jsonbArray(rows.map((r) => r.item.seals))}),
      jsonb_array_elements(${jsonbArray(rows.map((r) => r.item.reefer))}))
      AS t(id, num, iso, fe, seals, reefer)
    ON CONFLICT DO NOTHING`);
}

async function insertPartyRows(db: Db, chunk: readonly Consignment[], ids: readonly string[]) {
  const rows = withIds(chunk, ids, (c) => c.parties);
  if (rows.length === 0) return;
  type Party = (typeof rows)[number]['item'];
  const col = (f: (p: Party) => string | undefined) => textArray(rows.map((r) => f(r.item)));
  await db.execute(sql`
    INSERT INTO parties (id, consignment_id, role, name, name_normalised, country, city, eori,
      document)
    SELECT t.pid::uuid, t.id::uuid, t.role, t.name, t.norm, t.country, t.city, t.eori, t.doc
    FROM ROWS FROM (unnest(${textArray(rows.map(() => randomUUID()))}::text[]),
      unnest(${textArray(rows.map((r) => r.id))}::text[]),
      unnest(${col((p) => p.role)}::text[]), unnest(${col((p) => p.name)}::text[]),
      unnest(${col((p) => normalisePartyName(p.name))}::text[]),
      unnest(${col((p) => p.address?.country)}::text[]), unnest(${col((p) => p.address?.city)}::text[]),
      unnest(${col((p) => p.identifiers?.eori)}::text[]),
      jsonb_array_elements(${jsonbArray(rows.map((r) => r.item))}))
      AS t(pid, id, role, name, norm, country, city, eori, doc)`);
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
      SELECT ${filingId}::uuid, t.num, t.pos, t.doc
      FROM ROWS FROM (unnest(${col((e) => e.containerNumber)}::text[]),
        unnest(${col((e) => e.stowagePosition)}::text[]), jsonb_array_elements(${jsonbArray(chunk)}))
        AS t(num, pos, doc)`);
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
