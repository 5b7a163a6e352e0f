/**
 * The intake's bulk write paths: many consignment versions of one filing (with their containers
 * and parties), and a filing's equipment, each as one COPY (PGlite) or a few
 * `INSERT … SELECT FROM ROWS FROM (…)` statements (PostgreSQL) per chunk instead of several
 * statements per record (`bulk-rows.ts`). Ids are made here, so nothing written is read back
 * (and PGlite's gen_random_uuid() costs several µs a row), and time-ordered, so each index on
 * them grows at its right-hand end.
 */
import { sql } from 'drizzle-orm';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import { rowsOf, type Db } from '../db.ts';
import { timeOrderedUuid } from '../time-ordered-uuid.ts';
import { chunksOf, textArray } from './bulk.ts';
import { insertRows, type BulkTable, type BulkValue } from './bulk-rows.ts';
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

/** A stored consignment version: its id and its version number. */
export interface SavedVersion {
  readonly id: string;
  readonly version: number;
}

/** Stores the next version of every bill in the batch; returns what was stored by bill number. */
export async function saveConsignmentVersions(
  db: Db,
  batch: ConsignmentBatch,
): Promise<Map<string, SavedVersion>> {
  const saved = new Map<string, SavedVersion>();
  for (const chunk of chunksOf(batch.consignments, CHUNK)) {
    await lockBills(db, batch.agencyId, chunk);
    const chunkIds = chunk.map(() => timeOrderedUuid());
    const versions = await insertVersions(db, batch, chunk, chunkIds);
    chunk.forEach((c, i) => saved.set(c.billNumber, { id: chunkIds[i]!, version: versions[i]! }));
    await insertRows(db, CONTAINERS, containerRows(chunk, chunkIds));
    await insertRows(db, PARTIES, partyRows(chunk, chunkIds));
  }
  return saved;
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

/**
 * The latest stored version of each of the bills that has one (taken under the bills' locks).
 * One index probe per bill: the engine's statistics may be stale, and a plan over the agency's
 * rows would grow with the table.
 */
async function latestVersions(db: Db, agencyId: string, bills: readonly string[]) {
  const result = await db.execute(sql`
    SELECT k.bill, (SELECT max(c.version) FROM consignments c
      WHERE c.agency_id = ${agencyId} AND c.bill_number = k.bill) AS version
    FROM unnest(${textArray(bills)}::text[]) AS k(bill)`);
  const rows = rowsOf<{ bill: string; version: number | string | null }>(result);
  return new Map(rows.map((r) => [r.bill, Number(r.version ?? 0)]));
}

const CONSIGNMENTS: BulkTable = {
  name: 'consignments',
  columns: [
    ['id', 'uuid'],
    ['agency_id', 'text'],
    ['bill_number', 'text'],
    ['version', 'integer'],
    ['filing_id', 'uuid'],
    ['cancelled', 'boolean'],
    ['bill_kind', 'text'],
    ['master_bill_number', 'text'],
    ['carrier', 'text'],
    ['vessel_imo', 'text'],
    ['voyage_number', 'text'],
    ['port_of_loading', 'text'],
    ['port_of_discharge', 'text'],
    ['filed_at', 'timestamptz'],
    ['document', 'json'],
  ],
};

/** Stores the chunk's versions; returns their version numbers. */
async function insertVersions(
  db: Db,
  batch: ConsignmentBatch,
  chunk: readonly Consignment[],
  ids: readonly string[],
): Promise<number[]> {
  const latest = await latestVersions(
    db,
    batch.agencyId,
    chunk.map((c) => c.billNumber),
  );
  const filedAt = batch.filedAt.toISOString();
  const versions = chunk.map((c) => (latest.get(c.billNumber) ?? 0) + 1);
  const rows = chunk.map((c, i): BulkValue[] => [
    ids[i],
    batch.agencyId,
    c.billNumber,
    versions[i],
    batch.filingId,
    batch.cancelled ?? false,
    c.billKind,
    c.masterBillNumber,
    c.carrier,
    c.vesselImo,
    c.voyageNumber,
    c.route.portOfLoading,
    c.route.portOfDischarge,
    filedAt,
    JSON.stringify(c),
  ]);
  await insertRows(db, CONSIGNMENTS, rows);
  return versions;
}

const CONTAINERS: BulkTable = {
  name: 'consignment_containers',
  columns: [
    ['consignment_id', 'uuid'],
    ['container_number', 'text'],
    ['iso_size_type', 'text'],
    ['full_empty', 'text'],
    ['seals', 'jsonb'],
    ['reefer', 'jsonb'],
  ],
};

/** A container listed twice under one bill is stored once, as first listed. */
function containerRows(chunk: readonly Consignment[], ids: readonly string[]): BulkValue[][] {
  return chunk.flatMap((c, i) => {
    const seen = new Set<string>();
    return c.equipment
      .filter((e) => !seen.has(e.containerNumber) && seen.add(e.containerNumber))
      .map((e): BulkValue[] => [
        ids[i],
        e.containerNumber,
        e.isoSizeType,
        e.fullEmpty,
        JSON.stringify(e.seals),
        e.reefer === undefined ? undefined : JSON.stringify(e.reefer),
      ]);
  });
}

const PARTIES: BulkTable = {
  name: 'parties',
  columns: [
    ['id', 'uuid'],
    ['consignment_id', 'uuid'],
    ['role', 'text'],
    ['name', 'text'],
    ['name_normalised', 'text'],
    ['country', 'text'],
    ['city', 'text'],
    ['eori', 'text'],
    ['document', 'jsonb'],
  ],
};

function partyRows(chunk: readonly Consignment[], ids: readonly string[]): BulkValue[][] {
  return chunk.flatMap((c, i) =>
    c.parties.map((p): BulkValue[] => [
      timeOrderedUuid(),
      ids[i],
      p.role,
      p.name,
      normalisePartyName(p.name),
      p.address?.country,
      p.address?.city,
      p.identifiers?.eori,
      JSON.stringify(p),
    ]),
  );
}

const FILING_EQUIPMENT: BulkTable = {
  name: 'filing_equipment',
  columns: [
    ['filing_id', 'uuid'],
    ['container_number', 'text'],
    ['stowage_position', 'text'],
    ['document', 'jsonb'],
  ],
};

/** Stores the equipment a filing reported outside consignments (a stowage plan). */
export async function insertFilingEquipment(
  db: Db,
  filingId: string,
  equipment: readonly Equipment[],
): Promise<void> {
  const rows = equipment.map((e): BulkValue[] => [
    filingId,
    e.containerNumber,
    e.stowagePosition,
    JSON.stringify(e),
  ]);
  await insertRows(db, FILING_EQUIPMENT, rows);
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
