/**
 * The intake's bulk write paths: many consignment versions of one filing (with their containers
 * and parties), and a filing's equipment: a few statements per chunk, each reading all its rows
 * from one JSON parameter, instead of several statements per record.
 */
import { sql } from 'drizzle-orm';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import { rowsOf, type Db } from '../db.ts';
import { chunksOf, jsonRows, textArray } from './bulk.ts';
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

/** The versions of a chunk of bills, all rows from one JSON parameter; ids by bill number. */
async function insertVersions(db: Db, batch: ConsignmentBatch, chunk: readonly Consignment[]) {
  const rows = chunk.map((c) => ({
    b: c.billNumber,
    k: c.billKind,
    m: c.masterBillNumber,
    ca: c.carrier,
    i: c.vesselImo,
    v: c.voyageNumber,
    l: c.route.portOfLoading,
    d: c.route.portOfDischarge,
    doc: c,
  }));
  const result = await db.execute(sql`
    INSERT INTO consignments (agency_id, bill_number, version, filing_id, cancelled, bill_kind,
      master_bill_number, carrier, vessel_imo, voyage_number, port_of_loading,
      port_of_discharge, filed_at, document)
    SELECT ${batch.agencyId}, t.b, coalesce((SELECT max(c.version) FROM consignments c
        WHERE c.agency_id = ${batch.agencyId} AND c.bill_number = t.b), 0) + 1,
      ${batch.filingId}::uuid, ${batch.cancelled ?? false}, t.k, t.m, t.ca, t.i, t.v, t.l, t.d,
      ${batch.filedAt.toISOString()}::timestamptz, t.doc
    FROM jsonb_to_recordset(${jsonRows(rows)})
      AS t(b text, k text, m text, ca text, i text, v text, l text, d text, doc jsonb)
    RETURNING id, bill_number`);
  const inserted = rowsOf<{ id: string; bill_number: string }>(result);
  return new Map(inserted.map((r) => [r.bill_number, r.id]));
}

async function insertContainers(
  db: Db,
  chunk: readonly Consignment[],
  ids: ReadonlyMap<string, string>,
) {
  const rows = chunk.flatMap((c) => c.equipment.map((e) => ({ id: ids.get(c.billNumber), e })));
  if (rows.length === 0) return;
  await db.execute(sql`
    INSERT INTO consignment_containers (consignment_id, container_number, iso_size_type,
      full_empty, seals, reefer)
    SELECT t.id, t.e->>'containerNumber', t.e->>'isoSizeType', t.e->>'fullEmpty',
      coalesce(t.e->'seals', '[]'::jsonb), t.e->'reefer'
    FROM jsonb_to_recordset(${jsonRows(rows)}) AS t(id uuid, e jsonb)
    ON CONFLICT DO NOTHING`);
}

async function insertPartyRows(
  db: Db,
  chunk: readonly Consignment[],
  ids: ReadonlyMap<string, string>,
) {
  const rows = chunk.flatMap((c) =>
    c.parties.map((p) => ({
      id: ids.get(c.billNumber),
      r: p.role,
      n: p.name,
      nn: normalisePartyName(p.name),
      co: p.address?.country,
      ci: p.address?.city,
      e: p.identifiers?.eori,
      doc: p,
    })),
  );
  if (rows.length === 0) return;
  await db.execute(sql`
    INSERT INTO parties (consignment_id, role, name, name_normalised, country, city, eori, document)
    SELECT t.id, t.r, t.n, t.nn, t.co, t.ci, t.e, t.doc
    FROM jsonb_to_recordset(${jsonRows(rows)})
      AS t(id uuid, r text, n text, nn text, co text, ci text, e text, doc jsonb)`);
}

/** Stores the equipment a filing reported outside consignments (a stowage plan). */
export async function insertFilingEquipment(
  db: Db,
  filingId: string,
  equipment: readonly Equipment[],
): Promise<void> {
  for (const chunk of chunksOf(equipment, 5_000)) {
    await db.execute(sql`
      INSERT INTO filing_equipment (filing_id, container_number, stowage_position, document)
      SELECT ${filingId}::uuid, e->>'containerNumber', e->>'stowagePosition', e
      FROM jsonb_array_elements(${jsonRows(chunk)}) AS e`);
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
