/**
 * Customs statuses told to carriers and terminals (CUSS, CUSI, CUSR per selection, each once),
 * and the reading a carrier is allowed: the statuses of containers on bills it filed itself.
 */
import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { customsStatusEvents } from '../schema/outcomes.ts';
import { textArray } from './bulk.ts';

export interface CustomsStatusRecord {
  readonly agencyId: string;
  readonly selectionId: string;
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly code: string;
  readonly at: Date;
  readonly port: string;
  readonly vesselImo: string;
  readonly voyageNumber: string;
}

/** Inserts the statuses (a status already told for the selection is skipped). */
export async function insertCustomsStatuses(
  db: Db,
  records: readonly CustomsStatusRecord[],
): Promise<void> {
  if (records.length === 0) return;
  const col = (f: (r: CustomsStatusRecord) => string) => textArray(records.map(f));
  await db.execute(sql`
    INSERT INTO customs_status_events (agency_id, selection_id, container_number, bill_number,
      code, at, port, vessel_imo, voyage_number)
    SELECT t.agency, t.sel::uuid, t.num, t.bill, t.code, t.at::timestamptz, t.port, t.imo, t.voy
    FROM unnest(${col((r) => r.agencyId)}::text[], ${col((r) => r.selectionId)}::text[],
      ${col((r) => r.containerNumber)}::text[], ${col((r) => r.billNumber)}::text[],
      ${col((r) => r.code)}::text[], ${col((r) => r.at.toISOString())}::text[],
      ${col((r) => r.port)}::text[], ${col((r) => r.vesselImo)}::text[],
      ${col((r) => r.voyageNumber)}::text[])
      AS t(agency, sel, num, bill, code, at, port, imo, voy)
    ON CONFLICT (selection_id, code) DO NOTHING`);
}

export async function customsCodesOf(db: Db, selectionId: string): Promise<string[]> {
  const rows = await db
    .select({ code: customsStatusEvents.code })
    .from(customsStatusEvents)
    .where(eq(customsStatusEvents.selectionId, selectionId));
  return rows.map((r) => r.code);
}

export interface SenderCustomsStatus {
  readonly id: string;
  readonly code: string;
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly at: Date;
  readonly port: string;
  readonly vesselImo: string;
  readonly voyageNumber: string;
}

/**
 * Where a read of statuses starts: after this time, or, with an id, after this event in the order
 * of time then id (the events of one scan plan share one time).
 */
export interface CustomsStatusAfter {
  readonly at: Date;
  readonly id?: string;
}

/**
 * Statuses after `after` (oldest first, by time then id) of containers on bills the sender filed
 * with the agency.
 */
export async function customsStatusesForSender(
  db: Db,
  agencyId: string,
  senderId: string,
  after: CustomsStatusAfter,
  limit: number,
): Promise<SenderCustomsStatus[]> {
  const at = after.at.toISOString();
  const start =
    after.id === undefined
      ? sql`e.at > ${at}::timestamptz`
      : sql`(e.at, e.id) > (${at}::timestamptz, ${after.id}::uuid)`;
  const result = await db.execute(sql`
    SELECT e.id, e.code, e.container_number, e.bill_number, e.at, e.port, e.vessel_imo,
      e.voyage_number
    FROM customs_status_events e
    WHERE e.agency_id = ${agencyId} AND ${start}
      AND EXISTS (
        SELECT 1 FROM consignment_containers cc
        JOIN consignments c ON c.id = cc.consignment_id
        JOIN filings f ON f.id = c.filing_id
        WHERE cc.container_number = e.container_number AND c.bill_number = e.bill_number
          AND c.agency_id = e.agency_id AND f.sender = ${senderId})
    ORDER BY e.at, e.id
    LIMIT ${limit}`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    id: String(r.id),
    code: String(r.code),
    containerNumber: String(r.container_number),
    billNumber: String(r.bill_number),
    at: new Date(r.at as string | Date),
    port: String(r.port),
    vesselImo: String(r.vessel_imo),
    voyageNumber: String(r.voyage_number),
  }));
}
