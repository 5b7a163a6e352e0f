/**
 * Vessel calls whose vessel is on a watchlist in force: the IMO number of each call's vessel
 * looked up, exactly, among the listed vessels' IMO numbers (the OFAC SDN list gives 841 of its
 * 851 vessels one), so the arrivals board can say so before any container is scored. A listing
 * does not change any score: it tells the officer which list names the vessel and why.
 */
import type { Db } from '../../storage/index.ts';
import type { CallSummary } from './targeting-types.ts';

export interface VesselListing {
  readonly listId: string;
  readonly entryId: string;
  /** The vessel's name on the list. */
  readonly name: string;
  readonly programmes: readonly string[];
  readonly narcotics: boolean;
}

/** Listings of the given IMO numbers for the agency's lists in force; unlisted ones absent. */
export type VesselListingSource = (
  db: Db,
  agencyId: string,
  imos: readonly string[],
) => Promise<ReadonlyMap<string, readonly VesselListing[]>>;

export type ListedCallSummary = CallSummary & {
  /** The watchlist entries that name the call's vessel by IMO number, when any. */
  readonly listed?: readonly VesselListing[];
};

/** The calls with their vessels' listings (unchanged when no source is wired). */
export async function withListings(
  db: Db,
  agencyId: string,
  calls: readonly CallSummary[],
  source: VesselListingSource | undefined,
): Promise<ListedCallSummary[]> {
  if (!source || calls.length === 0) return [...calls];
  const listed = await source(db, agencyId, [...new Set(calls.map((c) => c.vesselImo))]);
  return calls.map((c) => {
    const found = listed.get(c.vesselImo);
    return found && found.length > 0 ? { ...c, listed: found } : c;
  });
}
