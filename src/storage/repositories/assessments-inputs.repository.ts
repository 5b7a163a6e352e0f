/**
 * What scoring reads: the agency's due scoring jobs (claimed with a lease), then for one filing
 * its consignment versions (with their ids and port-call times) and the stored actual events of
 * their containers, each in one query.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { ContainerEvent } from '../../core/cargo/events.ts';
import type { ImoNumber } from '../../core/identifiers/imo-number.ts';
import { rowsOf, type Db } from '../db.ts';
import { claimJobs } from './jobs.repository.ts';

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

/**
 * The filing's consignment versions, read as ONE text value (unit and record separators around
 * each version's JSON): twenty thousand rows as result rows cost several times more, on PGlite
 * most of all. The arrival is looked up once per call of the filing, not once per consignment.
 */
export async function consignmentsForScoring(
  db: Db,
  filingId: string,
): Promise<ScoringConsignment[]> {
  // NOT MATERIALIZED: read twice, the filing's rows are cheaper to scan again than to spill,
  // documents and all, to a temporary file (19 MB for 20,000 consignments).
  const result = await db.execute(sql`
    WITH filed AS NOT MATERIALIZED (
      SELECT id, agency_id, version, cancelled, filed_at, document, vessel_imo, voyage_number,
        port_of_discharge
      FROM consignments WHERE filing_id = ${filingId}::uuid),
    arrivals AS (
      SELECT pc.vessel_imo, pc.voyage_number, pc.port, coalesce(min(pc.ata), min(pc.eta)) AS at
      FROM port_calls pc
      JOIN (SELECT DISTINCT vessel_imo, voyage_number, port_of_discharge FROM filed) k
        ON pc.vessel_imo = k.vessel_imo AND pc.voyage_number = k.voyage_number
          AND pc.port = k.port_of_discharge
      GROUP BY pc.vessel_imo, pc.voyage_number, pc.port)
    SELECT string_agg(${scoringRowText(sql`c`, sql`a.at`)}, chr(30)) AS rows
    FROM filed c
    LEFT JOIN arrivals a ON a.vessel_imo = c.vessel_imo AND a.voyage_number = c.voyage_number
      AND a.port = c.port_of_discharge`);
  return scoringConsignmentsOf(rowsOf<{ rows: string | null }>(result)[0]?.rows);
}

/**
 * Consignment versions read as one text value: per version its id, agency, version, cancelled,
 * filing time and arrival (epoch ms, '' when unknown) then its JSON document, unit-separated,
 * versions record-separated (`scoringRowText`).
 */
export function scoringConsignmentsOf(text: string | null | undefined): ScoringConsignment[] {
  if (!text) return [];
  return text.split(RS).map((line) => {
    const [id, agencyId, version, cancelled, filedAt, arrival] = fieldsOf(line, 6);
    return {
      id: id!,
      agencyId: agencyId!,
      version: Number(version),
      cancelled: cancelled === 'true',
      filedAt: isoOf(filedAt!),
      consignment: JSON.parse(line.slice(offsetAfter(line, 6))) as Consignment,
      ...(arrival === '' ? {} : { arrivalAt: isoOf(arrival!) }),
    };
  });
}

/**
 * One version's line as `scoringConsignmentsOf` reads it, from a row `c` of consignments'
 * columns and its call's arrival.
 */
export const scoringRowText = (c: SQL, arrival: SQL) =>
  sql`${c}.id::text || chr(31) || ${c}.agency_id || chr(31) || ${c}.version::text
    || chr(31) || ${c}.cancelled::text || chr(31) || ${epochMs(sql`${c}.filed_at`)}
    || chr(31) || coalesce(${epochMs(arrival)}, '') || chr(31) || ${c}.document::text`;

/** How many versions a filing stored, and the arrival of each of its calls (see below). */
export interface FilingCalls {
  readonly versions: number;
  /** ETA (or ATA) at the port of discharge as ISO time, by `imo|voyage|port`. */
  readonly arrivals: ReadonlyMap<string, string>;
}

/**
 * What scoring needs of a filing whose versions it already holds (handed over by the intake in
 * the same process): their number, to tell that it holds them all, and the arrival of each call
 * they name, as `consignmentsForScoring` joins it. One query, a row per call.
 */
export async function filingCalls(db: Db, filingId: string): Promise<FilingCalls> {
  const result = await db.execute(sql`
    WITH filed AS (
      SELECT vessel_imo, voyage_number, port_of_discharge, count(*)::int AS n
      FROM consignments WHERE filing_id = ${filingId}::uuid
      GROUP BY vessel_imo, voyage_number, port_of_discharge)
    SELECT k.vessel_imo, k.voyage_number, k.port_of_discharge, k.n,
      (SELECT ${epochMs(sql`coalesce(min(pc.ata), min(pc.eta))`)} FROM port_calls pc
        WHERE pc.vessel_imo = k.vessel_imo AND pc.voyage_number = k.voyage_number
          AND pc.port = k.port_of_discharge) AS at
    FROM filed k`);
  const rows = rowsOf<{
    vessel_imo: string | null;
    voyage_number: string | null;
    port_of_discharge: string;
    n: number;
    at: string | null;
  }>(result);
  const arrivals = new Map<string, string>();
  let versions = 0;
  for (const r of rows) {
    versions += Number(r.n);
    if (r.at !== null)
      arrivals.set(callKey(r.vessel_imo, r.voyage_number, r.port_of_discharge), isoOf(r.at));
  }
  return { versions, arrivals };
}

/** A call as `filingCalls` keys its arrivals. */
export const callKey = (
  imo: string | null | undefined,
  voyage: string | null | undefined,
  port: string,
) => `${imo ?? ''}|${voyage ?? ''}|${port}`;

const RS = '\u001e';
const US = '\u001f';

/** Milliseconds since the epoch as text (truncated, as a JavaScript Date reads a timestamp). */
const epochMs = (column: SQL) => sql`floor(extract(epoch FROM ${column}) * 1000)::bigint::text`;

const isoOf = (ms: string) => new Date(Number(ms)).toISOString();

/** The first `n` unit-separated fields of a line (the rest is a JSON document). */
function fieldsOf(line: string, n: number): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    const to = line.indexOf(US, from);
    out.push(line.slice(from, to));
    from = to + 1;
  }
  return out;
}

function offsetAfter(line: string, n: number): number {
  let from = 0;
  for (let i = 0; i < n; i++) from = line.indexOf(US, from) + 1;
  return from;
}

export interface ClaimedScoringJob {
  readonly id: string;
  readonly payload: unknown;
}

/**
 * Claims up to `limit` due jobs of `kind` queued for one agency (payload `agencyId`), oldest
 * first, through the job queue's claim (`FOR UPDATE SKIP LOCKED`, with a lease): a worker never
 * takes another agency's filings. Completed and failed through the jobs repository.
 */
export async function claimScoringJobs(
  db: Db,
  o: { agencyId?: string; kind: string; worker: string; limit: number; leaseMs: number; now: Date },
): Promise<ClaimedScoringJob[]> {
  const jobs = await claimJobs(db, { ...o, kinds: [o.kind] });
  return jobs.map((j) => ({ id: j.id, payload: j.payload }));
}

/** What scoring reads of a container event (the event features' fields). */
export type ScoringEvent = Pick<
  ContainerEvent,
  'eventType' | 'classifier' | 'containerNumber' | 'eventAt' | 'location' | 'seals'
> & { readonly transportCall?: Pick<NonNullable<ContainerEvent['transportCall']>, 'vesselImo'> };

/**
 * The stored actual (ACT) events of the containers, less those their sender retracted
 * (`event_retractions`), grouped by container number, each
 * container's in time order (then by id): of each event only what features read, the type,
 * location, time as sent, seals and the vessel of a load or discharge (other events and fields
 * are not read by scoring); the time as sent and the seals from their own columns, not the
 * documents. Read as
 * one text value, ordered by the database with room to sort in memory for this transaction
 * (at the default `work_mem` a vessel call's events spill to disk).
 */
export async function actualEventsOfContainers(
  db: Db,
  containerNumbers: readonly string[],
): Promise<Map<string, ScoringEvent[]>> {
  const out = new Map<string, ScoringEvent[]>();
  if (containerNumbers.length === 0) return out;
  // Container numbers (ISO 6346) hold no comma: one text parameter is the cheapest to send,
  // each number once (so the join needs no DISTINCT).
  const numbers = [...new Set(containerNumbers)].join(',');
  await db.execute(sql`SELECT set_config('work_mem', '64MB', true)`);
  const result = await db.execute(sql`
    SELECT string_agg(e.container_number || chr(31) || e.event_type || chr(31)
        || coalesce(e.location, '') || chr(31) || e.sent_at || chr(31)
        || coalesce(e.seals, '') || chr(31) || coalesce(e.vessel_imo, ''),
        chr(30) ORDER BY e.container_number, e.event_at, e.id) AS rows
    FROM container_events e
    JOIN unnest(string_to_array(${numbers}, ',')) AS k(n) ON e.container_number = k.n
    WHERE e.classifier = 'ACT' AND NOT (e.source_event_id <> '' AND EXISTS (
      SELECT 1 FROM event_retractions x
      WHERE x.sender = e.sender AND x.source_event_id = e.source_event_id))`);
  const text = rowsOf<{ rows: string | null }>(result)[0]?.rows;
  if (!text) return out;
  let list: ScoringEvent[] = [];
  let previous = '';
  for (let at = 0; at < text.length;) {
    const end = nextOr(text, RS, at, text.length);
    const a = text.indexOf(US, at);
    const b = text.indexOf(US, a + 1);
    const c = text.indexOf(US, b + 1);
    const d = text.indexOf(US, c + 1);
    const e = text.indexOf(US, d + 1);
    const number = text.slice(at, a);
    const event = eventOf(
      number,
      text.slice(a + 1, b),
      text.slice(b + 1, c),
      text.slice(c + 1, d),
      text.slice(d + 1, e),
    );
    if (e + 1 < end) event.transportCall = { vesselImo: text.slice(e + 1, end) as ImoNumber };
    if (number !== previous) {
      list = [];
      out.set(number, list);
      previous = number;
    }
    list.push(event);
    at = end + 1;
  }
  return out;
}

const nextOr = (text: string, mark: string, from: number, otherwise: number) => {
  const i = text.indexOf(mark, from);
  return i < 0 ? otherwise : i;
};

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function eventOf(
  containerNumber: string,
  eventType: string,
  location: string,
  eventAt: string,
  seals: string,
): Writable<ScoringEvent> {
  // Members added to one literal rather than spread in: 63,000 events of a call, one shape.
  const event: Writable<ScoringEvent> = {
    eventType: eventType as ScoringEvent['eventType'],
    classifier: 'ACT',
    containerNumber: containerNumber as ScoringEvent['containerNumber'],
    eventAt,
  };
  if (location !== '') event.location = location as NonNullable<ScoringEvent['location']>;
  if (seals !== '') event.seals = JSON.parse(seals) as NonNullable<ScoringEvent['seals']>;
  return event;
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
