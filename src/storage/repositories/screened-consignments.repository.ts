/**
 * Which state of an agency's watchlists each of its consignment versions was screened against
 * (`screened_consignments`): screening marks the versions it is about to screen, in the
 * transaction that stores their hits, and skips the versions already marked with the current
 * state.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';

/** The consignment versions a screening is about. */
export type ScreenedVersions =
  /** The agency's uncancelled versions of a filing. */
  | { readonly filingId: string }
  /** The agency's uncancelled versions among these ids. */
  | { readonly consignmentIds: readonly string[] }
  /** Versions the caller has read (the agency's, uncancelled), taken as they are. */
  | { readonly read: readonly string[] };

/** One text parameter, not one per id: a vessel call names 20,000 versions. */
const idArray = (ids: readonly string[]) => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

/**
 * A query of the versions' ids, as `id`, each once (one statement cannot mark a row twice).
 */
export function versionIdsOf(agencyId: string, versions: ScreenedVersions): SQL {
  if ('read' in versions) return sql`SELECT unnest(${idArray([...new Set(versions.read)])}) AS id`;
  const which =
    'filingId' in versions
      ? sql`c.filing_id = ${versions.filingId}::uuid`
      : sql`c.id = ANY (${idArray(versions.consignmentIds)})`;
  return sql`SELECT c.id FROM consignments c
    WHERE c.agency_id = ${agencyId} AND NOT c.cancelled AND ${which}`;
}

/** The versions to screen now: all of them, or those (none: nothing to screen). */
export type PendingVersions =
  { readonly all: true } | { readonly all: false; readonly ids: readonly string[] };

/** No ids given: no version at all. */
export const noVersions = (v: ScreenedVersions): boolean =>
  ('read' in v && v.read.length === 0) || ('consignmentIds' in v && v.consignmentIds.length === 0);

/**
 * Marks the versions screened under `state` and tells which were not marked so before: the ones
 * the caller screens now, in the same transaction. A version that another transaction is marking
 * is waited for (its row stays locked until that transaction ends) and is not pending when that
 * transaction committed the same state, so two screenings of one version at once screen it once.
 * Versions are marked in id order, so two such transactions cannot wait for each other.
 */
export async function markScreened(
  db: Db,
  agencyId: string,
  versions: ScreenedVersions,
  state: string,
  at: Date,
): Promise<PendingVersions> {
  if (noVersions(versions)) return { all: false, ids: [] };
  const result = await db.execute(sql`
    WITH v AS (${versionIdsOf(agencyId, versions)}), m AS (
      INSERT INTO screened_consignments AS s
        (consignment_id, agency_id, watchlist_state, screened_at)
      SELECT v.id, ${agencyId}, ${state}, ${at.toISOString()}::timestamptz FROM v
      WHERE NOT EXISTS (
        SELECT 1 FROM screened_consignments k
        WHERE k.consignment_id = v.id AND k.agency_id = ${agencyId}
          AND k.watchlist_state = ${state})
      ORDER BY v.id
      ON CONFLICT (consignment_id, agency_id) DO UPDATE
        SET watchlist_state = EXCLUDED.watchlist_state, screened_at = EXCLUDED.screened_at
        WHERE s.watchlist_state <> EXCLUDED.watchlist_state
      RETURNING s.consignment_id
    )
    SELECT (SELECT count(*) FROM v)::int AS versions, (SELECT count(*) FROM m)::int AS marked,
      CASE WHEN (SELECT count(*) FROM m) < (SELECT count(*) FROM v)
        THEN (SELECT string_agg(consignment_id::text, ',') FROM m) END AS ids`);
  const [row] = rowsOf<{ versions: number; marked: number; ids: string | null }>(result);
  if (!row || row.marked === 0) return { all: false, ids: [] };
  if (row.marked === row.versions) return { all: true };
  return { all: false, ids: (row.ids ?? '').split(',') };
}
