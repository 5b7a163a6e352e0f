/**
 * Records that carry the same EORI, VAT or IMO company number are one legal person, so they are
 * joined directly — one union per record and identifier, whatever their number (a big forwarder
 * files hundreds of records under one EORI) — before any pair is scored. Analysts' `different`
 * decisions and a contradicting exclusive identifier (the same EORI with another VAT number)
 * still keep clusters apart; such records form a cluster of their own under the identifier.
 */
import type { Clusters } from './cluster-records.ts';
import { EXCLUSIVE_KINDS } from './identifier-keys.ts';
import type { PreparedRecord } from './party-record.ts';

/**
 * Clusters kept apart under one identifier (by contradicting identifiers or analysts) that a record
 * is tried against; past this a record joins none. Bounds the work per record.
 */
export const MAX_ANCHORS = 8;

/** "kind:value" of each exclusive identifier the record carries. */
export function exclusiveKeys(r: PreparedRecord): string[] {
  const keys: string[] = [];
  for (const [kind, value] of r.identifiers)
    if (EXCLUSIVE_KINDS.has(kind)) keys.push(`${kind}:${value}`);
  return keys;
}

/** Joins every record to the first record of each exclusive identifier it carries. */
export function joinSharedIdentifiers(
  records: readonly PreparedRecord[],
  clusters: Clusters,
): void {
  const anchors = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const key of exclusiveKeys(r)) {
      const list = anchors.get(key);
      if (!list) anchors.set(key, [i]);
      else if (!list.some((a) => clusters.join(a, i)) && list.length < MAX_ANCHORS) list.push(i);
    }
  });
}
