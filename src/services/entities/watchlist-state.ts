/**
 * The state of an agency's watchlists that a party's hits depend on, as one digest: the version
 * of the matching, and for each list in force (the bundled one included) its id, a digest of its
 * entries and its threshold. Loading a list with other entries or a review tuning a threshold
 * changes it, so the consignment versions screened before are screened again; loading the same
 * entries again does not (they cannot hit differently).
 */
import { createHash } from 'node:crypto';

/**
 * Bump when a change to the matching (src/intel/screening, or how many matches a party keeps)
 * changes what a party hits: every consignment version is then screened again on its next call.
 * 2: generic trade words alone, vessels' names, one-word aliases and sound-alikes of another
 * syllable count no longer match (docs/screening.md).
 */
export const MATCHING_VERSION = 2;

/** What of a list in force decides its hits. */
export interface ListInForce {
  readonly listId: string;
  /** `listContentOf` its entries. */
  readonly content: string;
  readonly threshold: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A digest of a list's entries (as stored: the same entries give the same digest). */
export const listContentOf = (entries: unknown): string => sha256(JSON.stringify(entries));

export function watchlistStateOf(lists: readonly ListInForce[]): string {
  const lines = lists.map((l) => [l.listId, l.content, l.threshold].join('\t')).sort();
  return sha256([`matching ${MATCHING_VERSION}`, ...lines].join('\n')).slice(0, 32);
}
