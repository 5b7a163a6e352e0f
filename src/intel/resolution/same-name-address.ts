/**
 * Records filed with the same name (normalised) at the same full address (street and city, in one
 * country) are one company: identical name and address score over the threshold whatever else
 * the two carry, so they are joined directly, like records sharing an EORI, before any pair is
 * scored. Blocking alone would miss them when they are many: a big shipper filing without EORI,
 * VAT or IMO has more records at its address and telephone than the block cap, and no pair of
 * them was ever scored (on the five-day demo, 76 identical records of one Yiwu manufacturer were
 * 76 entities: docs/entities.md). A common name at another address, a record whose EORI, VAT or
 * IMO contradicts the cluster's, and an analyst's split still keep records apart. Explained once
 * per name and address ("76 records filed as … at …"), not as pair links.
 */
import { addressLine } from '../normalize/normalize-address.ts';
import type { Clusters } from './cluster-records.ts';
import type { PreparedRecord } from './party-record.ts';
import { MAX_ANCHORS } from './shared-identifiers.ts';

export interface SameNameAndAddress {
  /** The name as filed most often under the normalised one (first by spelling on a tie). */
  readonly name: string;
  /** The address as its first record filed it: street, postcode and city. */
  readonly address: string;
  readonly country: string;
  /** Members of the entity filed with that name at that address. */
  readonly records: number;
  /** Records with that name and address in other entities (another identifier, an analyst). */
  readonly elsewhere: number;
}

/** The normalised name and full address key, or '' when either is missing. */
export function nameAddressKey(r: PreparedRecord): string {
  return r.nameKey === '' || r.addressKey === '' ? '' : `${r.nameKey}\u0000${r.addressKey}`;
}

/**
 * Joins every record to the first record of its name and address (or the next one kept apart,
 * up to MAX_ANCHORS); returns the keys under which some record joined another cluster.
 */
export function joinSameNameAddress(
  records: readonly PreparedRecord[],
  clusters: Clusters,
): Set<string> {
  const anchors = new Map<string, number[]>();
  const joined = new Set<string>();
  records.forEach((r, i) => {
    const key = nameAddressKey(r);
    if (key === '') return;
    const list = anchors.get(key);
    if (!list) return void anchors.set(key, [i]);
    for (const a of list) {
      const apart = clusters.find(a) !== clusters.find(i);
      if (!clusters.join(a, i)) continue;
      if (apart) joined.add(key);
      return;
    }
    if (list.length < MAX_ANCHORS) list.push(i);
  });
  return joined;
}

interface Group {
  readonly first: number;
  records: number;
  readonly spellings: Map<string, number>;
}

function mostFiled(spellings: ReadonlyMap<string, number>): string {
  let name = '';
  let most = 0;
  for (const [spelling, n] of spellings)
    if (n > most || (n === most && spelling < name)) [name, most] = [spelling, n];
  return name;
}

function describe(r: PreparedRecord, g: Group, total: number): SameNameAndAddress {
  return {
    name: mostFiled(g.spellings),
    address: addressLine(r.record.address),
    country: r.country,
    records: g.records,
    elsewhere: total - g.records,
  };
}

/** Per cluster root: the names and addresses that joined its records, most records first. */
export function explainSameNameAddress(
  records: readonly PreparedRecord[],
  rootOf: (i: number) => number,
  joined: ReadonlySet<string>,
): Map<number, SameNameAndAddress[]> {
  const groups = new Map<number, Map<string, Group>>();
  const totals = new Map<string, number>();
  records.forEach((r, i) => {
    const key = nameAddressKey(r);
    if (!joined.has(key)) return;
    totals.set(key, (totals.get(key) ?? 0) + 1);
    const root = rootOf(i);
    let byKey = groups.get(root);
    if (!byKey) groups.set(root, (byKey = new Map<string, Group>()));
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { first: i, records: 0, spellings: new Map() }));
    g.records++;
    g.spellings.set(r.record.name, (g.spellings.get(r.record.name) ?? 0) + 1);
  });
  const out = new Map<number, SameNameAndAddress[]>();
  for (const [root, byKey] of groups) {
    const list = [...byKey]
      .filter(([, g]) => g.records >= 2)
      .map(([key, g]) => describe(records[g.first] as PreparedRecord, g, totals.get(key) ?? 0))
      .sort((a, b) => b.records - a.records || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (list.length > 0) out.set(root, list);
  }
  return out;
}
