/**
 * Counting a batch of newly counted shipments into the parties' history: the shipments are
 * tallied here first (per party: shipments, and shipments per HS chapter), so each party's row
 * is written once with its chapters in it (`party_history.chapters`), whatever the number of its
 * bills and chapters. Parties the scoring read before are bumped (counts added, chapters merged,
 * in one upsert), and on PGlite the parties new to the agency copied in.
 */
import { sql } from 'drizzle-orm';
import { canCopy } from '../bulk-copy.ts';
import type { Db } from '../db.ts';
import { insertRows, type BulkTable } from './bulk-rows.ts';
import { keyOrder, partyId, type PartyKey } from './party-keys.ts';

/** What is tallied of one shipment: its parties and the HS chapters of its goods. */
export interface PartyShipment {
  readonly parties: readonly PartyKey[];
  readonly chapters: readonly string[];
}

/** One party's shipments in a batch, and how many of them were in each HS chapter. */
export interface PartyTally extends PartyKey {
  shipments: number;
  readonly chapters: Map<string, number>;
}

/**
 * Each party's shipments and shipments per chapter, in key order (a party named twice on a
 * bill, or a chapter declared twice, counts once).
 */
export function tallyParties(shipments: readonly PartyShipment[]): PartyTally[] {
  const byRole = new Map<string, Map<string, PartyTally>>();
  const out: PartyTally[] = [];
  for (const { parties, chapters } of shipments) {
    for (let i = 0; i < parties.length; i++) {
      const p = parties[i]!;
      if (namedBefore(parties, i)) continue;
      let tallies = byRole.get(p.role);
      if (!tallies) byRole.set(p.role, (tallies = new Map<string, PartyTally>()));
      let t = tallies.get(p.key);
      if (!t) {
        tallies.set(p.key, (t = { role: p.role, key: p.key, shipments: 0, chapters: new Map() }));
        out.push(t);
      }
      t.shipments++;
      for (let j = 0; j < chapters.length; j++) {
        const c = chapters[j]!;
        if (chapters.indexOf(c) === j) t.chapters.set(c, (t.chapters.get(c) ?? 0) + 1);
      }
    }
  }
  return out.sort(keyOrder);
}

/** Whether the party at `i` is named earlier on the bill (a bill names a handful of parties). */
function namedBefore(parties: readonly PartyKey[], i: number): boolean {
  const { role, key } = parties[i]!;
  for (let j = 0; j < i; j++) if (parties[j]!.role === role && parties[j]!.key === key) return true;
  return false;
}

/** A tally's chapters as the JSON object stored in `party_history.chapters`. */
function chaptersJson(chapters: ReadonlyMap<string, number>): string {
  let json = '';
  for (const [chapter, n] of chapters) json += `,${JSON.stringify(chapter)}:${n}`;
  return `{${json.slice(1)}}`;
}

/**
 * Adds the tallies to the parties' history (first seen `at` for a party new to the agency).
 * `isKnown`: whether the party's history was read before in this transaction. PostgreSQL
 * upserts them all (another connection may count the same new party meanwhile); PGlite (one
 * connection: nothing writes between the read and the COPY) copies the new ones in, a fraction
 * of the upsert's cost, and bumps the others.
 */
export async function countPartyShipments(
  db: Db,
  agencyId: string,
  tallies: readonly PartyTally[],
  at: Date,
  isKnown: (id: string) => boolean,
): Promise<void> {
  if (!canCopy(db)) return bumpShipments(db, agencyId, tallies, at);
  const fresh: PartyTally[] = [];
  const known: PartyTally[] = [];
  for (const t of tallies) (isKnown(partyId(t)) ? known : fresh).push(t);
  const since = at.toISOString();
  await insertRows(
    db,
    PARTY_HISTORY,
    fresh.map((t) => {
      const n = t.shipments;
      return [agencyId, t.role, t.key, since, n, 0, 0, n, chaptersJson(t.chapters)];
    }),
  );
  await bumpShipments(db, agencyId, known, at);
}

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
    ['chapters', 'jsonb'],
  ],
};

/**
 * One upsert: counts added, each chapter's count added to the party's (chapters it has not
 * shipped before join its object), first seen kept as the earliest.
 */
async function bumpShipments(
  db: Db,
  agencyId: string,
  tallies: readonly PartyTally[],
  at: Date,
): Promise<void> {
  if (tallies.length === 0) return;
  const rows = tallies.map(
    (t) =>
      `{"r":${JSON.stringify(t.role)},"k":${JSON.stringify(t.key)},"n":${t.shipments},"c":${chaptersJson(t.chapters)}}`,
  );
  await db.execute(sql`
    INSERT INTO party_history AS h (agency_id, role, party_key, first_seen_at, shipments,
      seizures, hits, commodity_shipments, chapters)
    SELECT ${agencyId}, t.r, t.k, ${at.toISOString()}::timestamptz, t.n, 0, 0, t.n, t.c
    FROM json_to_recordset(${`[${rows.join(',')}]`}::json) AS t(r text, k text, n int, c jsonb)
    ON CONFLICT (agency_id, role, party_key) DO UPDATE SET
      shipments = h.shipments + excluded.shipments,
      commodity_shipments = h.commodity_shipments + excluded.commodity_shipments,
      first_seen_at = least(h.first_seen_at, excluded.first_seen_at),
      chapters = h.chapters || coalesce((SELECT jsonb_object_agg(d.key,
          d.value::int + coalesce((h.chapters ->> d.key)::int, 0))
        FROM jsonb_each_text(excluded.chapters) AS d), '{}')`);
}
