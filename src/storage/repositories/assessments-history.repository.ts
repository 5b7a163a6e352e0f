/**
 * The history targeting reads at scoring time, kept incrementally: per party (role and key)
 * first seen, shipments, hits and seizures, and shipments per HS chapter of their goods (one
 * JSON object in the party's row); per route pattern shipments and seizures. Updated in the
 * scoring transaction (shipments, once per bill: `party-shipments.repository.ts`) and when
 * outcomes are recorded (hits, seizures); read in one query per batch, never recomputed from the
 * filings.
 */
import { sql } from 'drizzle-orm';
import { canCopy } from '../bulk-copy.ts';
import { rowsOf, type Db } from '../db.ts';
import { textArray } from './bulk.ts';
import { insertRows, type BulkTable } from './bulk-rows.ts';
import { partyId, uniqueParties, type PartyKey } from './party-keys.ts';
import { countPartyShipments, tallyParties } from './party-shipments.repository.ts';

export type { PartyKey } from './party-keys.ts';

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

/** Counts of the given parties with their chapters, keyed "role|key"; parties never seen are absent. */
export async function loadPartyHistory(
  db: Db,
  agencyId: string,
  parties: readonly PartyKey[],
): Promise<Map<string, PartyCounts>> {
  const out = new Map<string, PartyCounts>();
  if (parties.length === 0) return out;
  const keys = uniqueParties(parties).map(
    (p) => `{"role":${JSON.stringify(p.role)},"key":${JSON.stringify(p.key)}}`,
  );
  // One JSON value rather than a row per party: on PGlite a third of the cost.
  const result = await db.execute(sql`
    SELECT json_agg(json_build_array(h.role, h.party_key, h.first_seen_at, h.shipments,
      h.seizures, h.hits, h.commodity_shipments, h.chapters))::text AS parties
    FROM party_history h
    JOIN json_to_recordset(${`[${keys.join(',')}]`}::json) AS t(role text, key text)
      ON h.role = t.role AND h.party_key = t.key
    WHERE h.agency_id = ${agencyId}`);
  const text = rowsOf<{ parties: string | null }>(result)[0]?.parties;
  for (const [
    role,
    key,
    firstSeen,
    shipments,
    seizures,
    hits,
    commodityShipments,
    chapters,
  ] of (text ? JSON.parse(text) : []) as PartyRow[]) {
    out.set(partyId({ role, key }), {
      firstSeenAt: new Date(firstSeen).toISOString(),
      shipments,
      seizures,
      hits,
      commodityShipments,
      chapters,
    });
  }
  return out;
}

/** role, party key, first seen (ISO time), shipments, seizures, hits, commodity shipments, chapters */
type PartyRow = [string, string, string, number, number, number, number, Record<string, number>];

/**
 * When the agency's party history begins: the earliest first sighting of any of its parties
 * (the first shipment scoring counted), or undefined when it has none. By the index on
 * (agency, first seen), one entry read however long the history.
 */
export async function partyHistorySince(db: Db, agencyId: string): Promise<string | undefined> {
  const result = await db.execute(sql`
    SELECT first_seen_at AS since FROM party_history WHERE agency_id = ${agencyId}
    ORDER BY first_seen_at LIMIT 1`);
  const since = rowsOf<{ since: string | Date }>(result)[0]?.since;
  return since === undefined ? undefined : new Date(since).toISOString();
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
 * Counts each bill's shipment once (amendments are not counted again). `read`: the parties'
 * history as this transaction read it before (scoring reads it for the features), so it is not
 * read again.
 */
export async function recordShipments(
  db: Db,
  agencyId: string,
  shipments: readonly ShipmentRecord[],
  at: Date,
  read?: ReadonlyMap<string, PartyCounts>,
): Promise<number> {
  if (shipments.length === 0) return 0;
  const fresh = await claimNewBills(
    db,
    agencyId,
    shipments.map((s) => s.billNumber),
  );
  const counted = shipments.filter((s) => fresh.has(s.billNumber));
  const known =
    read ??
    (await loadPartyHistory(
      db,
      agencyId,
      counted.flatMap((s) => s.parties),
    ));
  await countPartyShipments(db, agencyId, tallyParties(counted), at, (id) => known.has(id));
  await bumpRoutes(db, agencyId, tallyRoutes(counted), 0);
  return counted.length;
}

/** Shipments per route pattern. */
function tallyRoutes(shipments: readonly ShipmentRecord[]): Map<string, number> {
  const routes = new Map<string, number>();
  for (const s of shipments) routes.set(s.route, (routes.get(s.route) ?? 0) + 1);
  return routes;
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
  if (delta.seizures > 0) await bumpRoutes(db, agencyId, new Map([[shipment.route, 0]]), 1);
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

/** Which of the bills are counted in the agency's history already, read as one JSON value. */
export async function knownBills(db: Db, agencyId: string, bills: readonly string[]) {
  const result = await db.execute(sql`
    SELECT json_agg(h.bill_number)::text AS bills FROM history_bills h
    JOIN json_array_elements_text(${JSON.stringify(bills)}::json) AS b ON h.bill_number = b
    WHERE h.agency_id = ${agencyId}`);
  const text = rowsOf<{ bills: string | null }>(result)[0]?.bills;
  return new Set<string>(text ? (JSON.parse(text) as string[]) : []);
}

const HISTORY_BILLS: BulkTable = {
  name: 'history_bills',
  columns: [
    ['agency_id', 'text'],
    ['bill_number', 'text'],
  ],
};

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

/** Adds shipments (by route) and seizures (to each of those routes) to the routes' counts. */
async function bumpRoutes(
  db: Db,
  agencyId: string,
  shipments: ReadonlyMap<string, number>,
  seizures: number,
) {
  if (shipments.size === 0) return;
  const rows = [...shipments].map(([route, n]) => ({ route, n }));
  await db.execute(sql`
    INSERT INTO route_stats AS r (agency_id, route, shipments, seizures)
    SELECT ${agencyId}, t.route, t.n, ${seizures}::int
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS t(route text, n int)
    ON CONFLICT (agency_id, route) DO UPDATE SET
      shipments = r.shipments + excluded.shipments, seizures = r.seizures + excluded.seizures`);
}
