/**
 * The watchlists in force for an agency, as screening uses them: the bundled OFAC SDN list
 * unless the agency loaded its own copy, the lists it loaded, one index over all their entries,
 * each list's threshold, a summary per list, and the digest of what their hits depend on
 * (watchlist-state.ts).
 */
import { buildScreeningIndex, type ScreeningIndex } from '../../intel/screening/screening-index.ts';
import { DEFAULT_THRESHOLD } from '../../intel/screening/screen-name.ts';
import type { WatchlistEntry } from '../../intel/screening/watchlist-entry.ts';
import { listWatchlists, type Db } from '../../storage/index.ts';
import { bundledSdnEntries } from './bundled-watchlist.ts';
import { listContentOf, watchlistStateOf, type ListInForce } from './watchlist-state.ts';

export interface WatchlistSummary {
  readonly listId: string;
  readonly name: string;
  readonly source: string;
  readonly entries: number;
  readonly threshold: number;
  readonly loadedAt?: string;
}

export interface AgencyLists {
  readonly index: ScreeningIndex;
  readonly thresholds: ReadonlyMap<string, number>;
  readonly summaries: readonly WatchlistSummary[];
  /** Digest of what the hits depend on: what screened consignment versions are marked with. */
  readonly state: string;
  /** Listed vessels by IMO number (exact identifiers, not names). */
  readonly vessels: ReadonlyMap<string, readonly WatchlistEntry[]>;
}

function vesselsByImo(entries: readonly WatchlistEntry[]): Map<string, WatchlistEntry[]> {
  const out = new Map<string, WatchlistEntry[]>();
  for (const e of entries)
    for (const imo of e.imoNumbers ?? []) {
      const listed = out.get(imo);
      if (listed) listed.push(e);
      else out.set(imo, [e]);
    }
  return out;
}

const BUNDLED: WatchlistSummary = {
  listId: 'ofac-sdn',
  name: 'OFAC SDN (bundled, 2024-05-03)',
  source: 'data/watchlists/ofac-sdn-2024-05-03.csv.gz',
  entries: 0,
  threshold: DEFAULT_THRESHOLD,
};

export async function loadAgencyLists(db: Db, agencyId: string): Promise<AgencyLists> {
  const stored = await listWatchlists(db, agencyId);
  const entries: WatchlistEntry[] = [];
  const thresholds = new Map<string, number>();
  const summaries: WatchlistSummary[] = [];
  const inForce: ListInForce[] = [];
  if (!stored.some((l) => l.listId === 'ofac-sdn')) {
    const sdn = bundledSdnEntries();
    entries.push(...sdn);
    summaries.push({ ...BUNDLED, entries: sdn.length });
    inForce.push({
      listId: BUNDLED.listId,
      content: listContentOf(sdn),
      threshold: DEFAULT_THRESHOLD,
    });
  }
  for (const l of stored) {
    entries.push(...(l.entries as WatchlistEntry[]));
    thresholds.set(l.listId, l.threshold ?? DEFAULT_THRESHOLD);
    inForce.push({
      listId: l.listId,
      content: listContentOf(l.entries),
      threshold: l.threshold ?? DEFAULT_THRESHOLD,
    });
    summaries.push({
      listId: l.listId,
      name: l.name,
      source: l.source,
      entries: l.entryCount,
      threshold: l.threshold ?? DEFAULT_THRESHOLD,
      loadedAt: l.loadedAt.toISOString(),
    });
  }
  const index = buildScreeningIndex(entries);
  return {
    index,
    thresholds,
    summaries,
    state: watchlistStateOf(inForce),
    vessels: vesselsByImo(entries),
  };
}
