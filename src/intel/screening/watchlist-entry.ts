/** A watchlist entry as screening sees it, whatever list it came from. */
export const ENTRY_KINDS = ['individual', 'entity', 'vessel', 'aircraft'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface WatchlistEntry {
  /** Unique within its list, e.g. the OFAC entity number. */
  readonly id: string;
  /** e.g. "ofac-sdn". */
  readonly listId: string;
  readonly kind: EntryKind;
  /** As published ("CARO QUINTERO, Rafael"). */
  readonly name: string;
  /** Strong and weak aliases (a.k.a., f.k.a., n.k.a.) as published. */
  readonly aliases: readonly string[];
  readonly programmes: readonly string[];
  /** True when any programme is a narcotics programme. */
  readonly narcotics: boolean;
  /** ISO 3166-1 alpha-2 codes named in the entry (nationality, birth place, documents). */
  readonly countries: readonly string[];
  /** A vessel's IMO numbers (7 digits, check digit valid), matched exactly against calls. */
  readonly imoNumbers?: readonly string[];
}
