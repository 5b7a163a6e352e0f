/**
 * The history targeting reads at scoring time, kept incrementally: per party (role and key)
 * first seen, shipments, hits and seizures, and shipments per HS chapter of their goods; per
 * route pattern shipments and seizures. Updated in the scoring transaction (shipments, once per
 * bill) and when outcomes are recorded (hits, seizures); read in one query per batch, never
 * recomputed from the filings.
 */
import { sql } from 'drizzle-orm';
import { canCopy } from '../bulk-copy.ts';
import { rowsOf, type Db } from '../db.ts';
import { textArray } from './bulk.ts';
import { insertRows, type BulkTable } from './bulk-rows.ts';

export interface PartyKey {
  readonly role: string;
  readonly key: string;
}

export interface PartyCounts {
  readonly firstSeenAt: string;
  readonly shipments: number;
  readonly seizures: number;
  readonly hits: number;
  /** Shipments whose HS chapters are counted in `chapters` (those since chapters were kept). */
  readonly commodityShipments: number;
  /** Shipments by HS chapter (two digits); a shipment counts once in each of its chapters. */
  readonly chapters: Readonly<Record<string, number>>;
}

export interface RouteCounts {
  readonly shipments: number;
  readonly seizures: number;
}

const partyId = (p: PartyKey) => `${p.role}|${p.key}`;

/** Counts of the given parties with their chapters, keyed "role|key"; parties never seen are absent. */
export async function loadPartyHistory(
  db: Db,
  agencyId: string,
  parties: readonly PartyKey[],
): Promise<Map<string, PartyCounts>> {
  const out = new Map<string, PartyCounts>();
  if (parties.length === 0) return out;
  const keys = uniqueParties(parties).map((p) => ({ role: p.role, key: p.key }));
  const result = await db.execute(sql`
    SELECT h.role, h.party_key, h.first_seen_at, h.shipments, h.seizures, h.hits,
      h.commodity_shipments, (SELECT json_object_agg(c.hs_chapter, c.shipments)
        FROM party_commodities c WHERE c.agency_id = h.agency_id AND c.role = h.role
          AND c.party_key = h.party_key)::text AS chapters
    FROM party_history h
    JOIN json_to_recordset(${JSON.stringify(keys)}::json) AS t(role text, key text)
      ON h.role = t.role AND h.party_key = t.key
    WHERE h.agency_id = ${agencyId}`);
  for (const r of rowsOf<PartyRow>(result)) {
    out.set(partyId({ role: r.role, key: r.party_key }), {
      firstSeenAt: new Date(r.first_seen_at).toISOString(),
      shipments: r.shipments,
      seizures: r.seizures,
      hits: r.hits,
      commodityShipments: r.commodity_shipments,
      chapters: r.chapters ? (JSON.parse(r.chapters) as Record<string, number>) : {},
    });
  }
  return out;
}

interface PartyRow {
  role: string;
  party_key: string;
  first_seen_at: string | Date;
  shipments: number;
  seizures: number;
  hits: number;
  commodity_shipments: number;
  chapters: string | null;
}

export async function loadRouteStats(
  db: Db,
  agencyId: string,
  routes: readonly string[],
): Promise<Map<string, RouteCounts>> {
  if (routes.length === 0) return new Map();
  const result = await db.execute(sql`
    SELECT route, shipments, seizures FROM route_stats
    WHERE agency_id = ${agencyId} AND route = ANY(${textArray([...new Set(routes)])}::text[])`);
  const rows = rowsOf<{ route: string; shipments: number; seizures: number }>(result);
  return new Map(rows.map((r) => [r.route, { shipments: r.shipments, seizures: r.seizures }]));
}

export interface ShipmentRecord {
  readonly billNumber: string;
  readonly parties: readonly PartyKey[];
  readonly route: string;
  /** HS chapters (two digits) of the shipment's goods. */
  readonly chapters: readonly string[];
}

/**
 * Counts each bill's shipment once (amendments are not counted again). `known`: the parties'
 * history as this transaction read it before (scoring reads it for the features), so it is not
 * read again.
 */
export async function recordShipments(
  db: Db,
  agencyId: string,
  shipments: readonly ShipmentRecord[],
  at: Date,
  known?: ReadonlyMap<string, PartyCounts>,
): Promise<number> {
  if (shipments.length === 0) return 0;
  const fresh = await claimNewBills(
    db,
    agencyId,
    shipments.map((s) => s.billNumber),
  );
  const counted = shipments.filter((s) => fresh.has(s.billNumber));
  const parties = counted.flatMap((s) => uniqueParties(s.parties));
  await countPartyShipments(db, agencyId, parties, at, known);
  await countPartyChapters(db, agencyId, counted, known);
  await bumpRoutes(
    db,
    agencyId,
    counted.map((s) => s.route),
    1,
    0,
  );
  return counted.length;
}

/** Adds an outcome to the history of the consignment's parties and route. */
export async function recordOutcomeHistory(
  db: Db,
  agencyId: string,
  shipment: ShipmentRecord,
  outcome: { readonly hit: boolean; readonly seizure: boolean },
  at: Date,
): Promise<void> {
  if (!outcome.hit && !outcome.seizure) return;
  const delta = { shipments: 0, seizures: outcome.seizure ? 1 : 0, hits: outcome.hit ? 1 : 0 };
  await bumpParties(db, agencyId, uniqueParties(shipment.parties), delta, at);
  await bumpRoutes(db, agencyId, [shipment.route], 0, delta.seizures);
}

async function claimNewBills(db: Db, agencyId: string, bills: readonly string[]) {
  const unique = [...new Set(bills)];
  if (canCopy(db)) {
    // PGlite (one connection: nothing writes between the look-up and the COPY) stores the new
    // bills by COPY, a third of the insert's cost.
    const known = await knownBills(db, agencyId, unique);
    const fresh = unique.filter((b) => !known.has(b));
    await insertRows(
      db,
      HISTORY_BILLS,
      fresh.map((b) => [agencyId, b]),
    );
    return new Set(fresh);
  }
  // One JSON text parameter: PGlite sends it far faster than a text array of 20,000 bills.
  const result = await db.execute(sql`
    INSERT INTO history_bills (agency_id, bill_number)
    SELECT ${agencyId}, b FROM json_array_elements_text(${JSON.stringify(unique)}::json) AS b
    ON CONFLICT DO NOTHING RETURNING bill_number`);
  return new Set(rowsOf<{ bill_number: string }>(result).map((r) => r.bill_number));
}

/** Which of the bills are counted already, read as one JSON value. */
async function knownBills(db: Db, agencyId: string, bills: readonly string[]) {
  const result = await db.execute(sql`
    SELECT json_agg(h.bill_number)::text AS bills FROM history_bills h
    JOIN json_array_elements_text(${JSON.stringify(bills)}::json) AS b ON h.bill_number = b
    WHERE h.agency_id = ${agencyId}`);
  const text = rowsOf<{ bills: string | null }>(result)[0]?.bills;
  return new Set<string>(text ? (JSON.parse(text) as string[]) : []);
}

const SHIPMENT = { shipments: 1, seizures: 0, hits: 0 };

const HISTORY_BILLS: BulkTable = {
  name: 'history_bills',
  columns: [
    ['agency_id', 'text'],
    ['bill_number', 'text'],
  ],
};

const PARTY_HISTORY: BulkTable = {
  name: 'party_history',
  columns: [
    ['agency_id', 'text'],
    ['role', 'text'],
    ['party_key', 'text'],
    ['first_seen_at', 'timestamptz'],
    ['shipments', 'integer'],
    ['seizures', 'integer'],
    ['hits', 'integer'],
    ['commodity_shipments', 'integer'],
  ],
};

/**
 * One shipment more for each occurrence of a party. PGlite (one connection: nothing writes
 * between the look-up and the COPY) bumps the parties it knows and copies the new ones, a
 * fraction of the upsert's cost for a call of new parties; PostgreSQL upserts them all.
 */
async function countPartyShipments(
  db: Db,
  agencyId: string,
  parties: readonly PartyKey[],
  at: Date,
  read?: ReadonlyMap<string, PartyCounts>,
): Promise<void> {
  if (!canCopy(db) || parties.length === 0) return bumpParties(db, agencyId, parties, SHIPMENT, at);
  const known = read ?? (await loadPartyHistory(db, agencyId, parties));
  const fresh = new Map<string, { party: PartyKey; n: number }>();
  for (const p of parties) {
    const id = partyId(p);
    if (known.has(id)) continue;
    const entry = fresh.get(id);
    if (entry) entry.n++;
    else fresh.set(id, { party: p, n: 1 });
  }
  const since = at.toISOString();
  await insertRows(
    db,
    PARTY_HISTORY,
    // In key order, as the call queue's rows: each index entry goes next to the one before.
    [...fresh.values()]
      .sort((a, b) => keyOrder(a.party, b.party))
      .map(({ party, n }) => [agencyId, party.role, party.key, since, n, 0, 0, n]),
  );

  await bumpParties(
    db,
    agencyId,
    parties.filter((p) => known.has(partyId(p))),
    SHIPMENT,
    at,
  );
}

/**
 * One shipment more in each HS chapter of each shipment for each of its parties (a party named
 * twice on a bill, or a chapter declared twice, counts once). PGlite copies the chapters new to
 * a party (known from the history read before, as for the parties) and bumps the others;
 * PostgreSQL upserts them all, in one statement.
 */
async function countPartyChapters(
  db: Db,
  agencyId: string,
  shipments: readonly ShipmentRecord[],
  read?: ReadonlyMap<string, PartyCounts>,
): Promise<void> {
  const counts = new Map<string, ChapterCount>();
  for (const s of shipments) {
    const chapters = [...new Set(s.chapters)];
    for (const p of uniqueParties(s.parties)) {
      for (const chapter of chapters) {
        const id = `${partyId(p)}|${chapter}`;
        const entry = counts.get(id);
        if (entry) entry.n++;
        else counts.set(id, { role: p.role, key: p.key, chapter, n: 1 });
      }
    }
  }
  const rows = [...counts.values()];
  if (rows.length === 0) return;
  if (!canCopy(db)) return bumpChapters(db, agencyId, rows);
  const known = read ?? (await loadPartyHistory(db, agencyId, rows));
  const shipped = (r: ChapterCount) => (known.get(partyId(r))?.chapters[r.chapter] ?? 0) > 0;
  await insertRows(
    db,
    PARTY_COMMODITIES,
    rows
      .filter((r) => !shipped(r))
      .sort((a, b) => keyOrder(a, b) || (a.chapter < b.chapter ? -1 : 1))
      .map((r) => [agencyId, r.role, r.key, r.chapter, r.n]),
  );
  await bumpChapters(db, agencyId, rows.filter(shipped));
}

interface ChapterCount extends PartyKey {
  readonly chapter: string;
  n: number;
}

const PARTY_COMMODITIES: BulkTable = {
  name: 'party_commodities',
  columns: [
    ['agency_id', 'text'],
    ['role', 'text'],
    ['party_key', 'text'],
    ['hs_chapter', 'text'],
    ['shipments', 'integer'],
  ],
};

async function bumpChapters(db: Db, agencyId: string, rows: readonly ChapterCount[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    INSERT INTO party_commodities AS c (agency_id, role, party_key, hs_chapter, shipments)
    SELECT ${agencyId}, t.role, t.key, t.chapter, t.n
    FROM json_to_recordset(${JSON.stringify(rows)}::json)
      AS t(role text, key text, chapter text, n int)
    ON CONFLICT (agency_id, role, party_key, hs_chapter) DO UPDATE SET
      shipments = c.shipments + excluded.shipments`);
}

/** Role then key, as party_history's key orders them (code units, as `C` collation). */
function keyOrder(a: PartyKey, b: PartyKey): number {
  if (a.role !== b.role) return a.role < b.role ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function uniqueParties(parties: readonly PartyKey[]): PartyKey[] {
  const seen = new Map(parties.map((p) => [partyId(p), p]));
  return [...seen.values()];
}

async function bumpParties(
  db: Db,
  agencyId: string,
  parties: readonly PartyKey[],
  d: { shipments: number; seizures: number; hits: number },
  at: Date,
) {
  if (parties.length === 0) return;
  await db.execute(sql`
    INSERT INTO party_history AS h
      (agency_id, role, party_key, first_seen_at, shipments, seizures, hits, commodity_shipments)
    SELECT ${agencyId}, t.role, t.key, ${at.toISOString()}::timestamptz,
      count(*)::int * ${d.shipments}::int, count(*)::int * ${d.seizures}::int,
      count(*)::int * ${d.hits}::int, count(*)::int * ${d.shipments}::int
    FROM json_to_recordset(${JSON.stringify(parties.map((p) => ({ role: p.role, key: p.key })))}::json)
      AS t(role text, key text)
    GROUP BY t.role, t.key
    ON CONFLICT (agency_id, role, party_key) DO UPDATE SET
      shipments = h.shipments + excluded.shipments, seizures = h.seizures + excluded.seizures,
      hits = h.hits + excluded.hits,
      commodity_shipments = h.commodity_shipments + excluded.commodity_shipments,
      first_seen_at = least(h.first_seen_at, excluded.first_seen_at)`);
}

async function bumpRoutes(
  db: Db,
  agencyId: string,
  routes: readonly string[],
  shipments: number,
  seizures: number,
) {
  if (routes.length === 0 || (shipments === 0 && seizures === 0)) return;
  await db.execute(sql`
    INSERT INTO route_stats AS r (agency_id, route, shipments, seizures)
    SELECT ${agencyId}, t.route, count(*)::int * ${shipments}::int, count(*)::int * ${seizures}::int
    FROM json_array_elements_text(${JSON.stringify(routes)}::json) AS t(route) GROUP BY t.route
    ON CONFLICT (agency_id, route) DO UPDATE SET
      shipments = r.shipments + excluded.shipments, seizures = r.seizures + excluded.seizures`);
}
