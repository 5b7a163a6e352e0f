/**
 * What scoring reads: the agency's due scoring jobs (claimed with a lease), then for one filing
 * its consignment versions (with their ids and port-call times) and the stored events of their
 * containers, each in one query.
 */
import { sql } from 'drizzle-orm';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { ContainerEvent } from '../../core/cargo/events.ts';
import { rowsOf, type Db } from '../db.ts';
import { textArray } from './bulk.ts';

export interface ScoringConsignment {
  readonly id: string;
  readonly agencyId: string;
  readonly version: number;
  readonly cancelled: boolean;
  readonly filedAt: string;
  readonly consignment: Consignment;
  /** ETA (or ATA) of the call at the port of discharge, when known. */
  readonly arrivalAt?: string;
}

export async function consignmentsForScoring(
  db: Db,
  filingId: string,
): Promise<ScoringConsignment[]> {
  const result = await db.execute(sql`
    SELECT c.id, c.agency_id, c.version, c.cancelled, c.filed_at, c.document,
      (SELECT coalesce(min(pc.ata), min(pc.eta)) FROM port_calls pc
        WHERE pc.vessel_imo = c.vessel_imo AND pc.voyage_number = c.voyage_number
          AND pc.port = c.port_of_discharge) AS arrival
    FROM consignments c WHERE c.filing_id = ${filingId}::uuid`);
  return rowsOf<Row>(result).map((r) => ({
    id: r.id,
    agencyId: r.agency_id,
    version: r.version,
    cancelled: r.cancelled,
    filedAt: new Date(r.filed_at).toISOString(),
    consignment: (typeof r.document === 'string'
      ? JSON.parse(r.document)
      : r.document) as Consignment,
    ...(r.arrival === null ? {} : { arrivalAt: new Date(r.arrival).toISOString() }),
  }));
}

export interface ClaimedScoringJob {
  readonly id: string;
  readonly payload: unknown;
}

/**
 * Claims up to `limit` due jobs of `kind` queued for one agency (payload `agencyId`), oldest
 * first, with `FOR UPDATE SKIP LOCKED` and a lease like every job claim: a worker never takes
 * another agency's filings. Completed and failed through the jobs repository.
 */
export async function claimScoringJobs(
  db: Db,
  o: { agencyId: string; kind: string; worker: string; limit: number; leaseMs: number; now: Date },
): Promise<ClaimedScoringJob[]> {
  const now = o.now.toISOString();
  const until = new Date(o.now.getTime() + o.leaseMs).toISOString();
  const result = await db.execute(sql`
    UPDATE jobs SET status = 'running', locked_by = ${o.worker},
      locked_until = ${until}::timestamptz, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM jobs
      WHERE kind = ${o.kind} AND payload->>'agencyId' = ${o.agencyId}
        AND ((status = 'queued' AND run_at <= ${now}::timestamptz)
          OR (status = 'running' AND locked_until < ${now}::timestamptz))
      ORDER BY run_at, seq LIMIT ${o.limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, payload, run_at, seq`);
  type JobRow = { id: string; payload: unknown; run_at: string | Date; seq: string | number };
  return rowsOf<JobRow>(result)
    .sort((a, b) => +new Date(a.run_at) - +new Date(b.run_at) || Number(a.seq) - Number(b.seq))
    .map((r) => ({
      id: r.id,
      payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as unknown) : r.payload,
    }));
}

interface Row {
  id: string;
  agency_id: string;
  version: number;
  cancelled: boolean;
  filed_at: string | Date;
  document: unknown;
  arrival: string | Date | null;
}

/** Stored events of the containers, grouped by container number. */
export async function eventsOfContainers(
  db: Db,
  containerNumbers: readonly string[],
): Promise<Map<string, ContainerEvent[]>> {
  const out = new Map<string, ContainerEvent[]>();
  if (containerNumbers.length === 0) return out;
  const result = await db.execute(sql`
    SELECT container_number, document FROM container_events
    WHERE container_number = ANY(${textArray([...new Set(containerNumbers)])}::text[])
    ORDER BY event_at, id`);
  for (const r of rowsOf<{ container_number: string; document: unknown }>(result)) {
    const e = (
      typeof r.document === 'string' ? JSON.parse(r.document) : r.document
    ) as ContainerEvent;
    const list = out.get(r.container_number);
    if (list) list.push(e);
    else out.set(r.container_number, [e]);
  }
  return out;
}

/** The consignment version an assessment was made from. */
export async function consignmentById(db: Db, id: string): Promise<Consignment | undefined> {
  const result = await db.execute(
    sql`SELECT document FROM consignments WHERE id = ${id}::uuid LIMIT 1`,
  );
  const [row] = rowsOf<{ document: unknown }>(result);
  if (!row) return undefined;
  return (
    typeof row.document === 'string' ? JSON.parse(row.document) : row.document
  ) as Consignment;
}
