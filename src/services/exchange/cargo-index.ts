/**
 * The cargo criteria of many lookouts, for the lookout index. A criterion with an `=` on a
 * consignment value (a port, an HS code) is kept under that value and tried only on bills that
 * carry it; within that, one with a `LIKE` whose pattern begins with literal characters (`0803%`,
 * `ZZZU2846%`) is kept under that head and tried only on bills with a value that begins so (for
 * a container condition, on some container). Each is compiled once into a filter that gives what
 * `compileCargo(conditions)(bill) !== undefined` gives (`cargo-filter.ts`), so these keys only
 * spare trying criteria a bill cannot meet.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { CargoCondition } from '../../exchange/objects/lookout.ts';
import { cargoFilter, valuesOn, type Filter } from './cargo-filter.ts';
import { consignmentProperty, consignmentValue, type SomeValue } from './cargo-values.ts';
import { literalPrefix } from './condition-test.ts';
import { PrefixTrie } from './prefix-trie.ts';

export interface CargoIndex {
  /** Adds a cargo criterion of the lookout at `position`. */
  add(conditions: readonly CargoCondition[], position: number): void;
  /** Pushes onto `found` the position of each criterion `c` meets (more than once, at times). */
  collect(c: Consignment, found: number[]): void;
}

interface Entry {
  readonly position: number;
  readonly filter: Filter<Consignment>;
}

/** Criteria sharing an anchor value (or all without one). */
interface Group {
  /** Those without a literal head to key them by. */
  readonly rest: Entry[];
  readonly byHead: Headed[];
}

/** Criteria keyed by the literal head of a condition on one property. */
interface Headed {
  readonly values: SomeValue<Consignment>;
  readonly heads: PrefixTrie<Entry>;
}

interface Anchor {
  readonly values: SomeValue<Consignment>;
  /** The groups by value, upper-cased. */
  readonly groups: Map<string, Group>;
}

export function cargoIndex(): CargoIndex {
  const unanchored: Group = { rest: [], byHead: [] };
  const anchors: Anchor[] = [];
  // What the visitors below need, set for each bill (matching is synchronous).
  let bill: Consignment | undefined;
  let out: number[] = [];
  let groups = new Map<string, Group>();
  let heads: PrefixTrie<Entry> | undefined;
  const tryAll = (entries: readonly Entry[]): void => {
    for (const e of entries) if (e.filter(bill!)) out.push(e.position);
  };
  const tryHeads = (v: string): boolean => {
    heads!.prefixesOf(v, tryAll);
    return false;
  };
  const tryGroup = (group: Group): void => {
    tryAll(group.rest);
    for (const h of group.byHead) {
      heads = h.heads;
      h.values(bill!, tryHeads);
    }
  };
  const tryAnchored = (v: string): boolean => {
    const group = groups.get(upperCased(v));
    if (group !== undefined) tryGroup(group);
    return false;
  };
  return {
    add(conditions, position) {
      const anchor = conditions.find((d) => d.entity === 'consignment' && d.operator === '=');
      const filter = cargoFilter(conditions, anchor);
      if (filter === undefined) return;
      addTo(groupOf(unanchored, anchors, anchor), conditions, { position, filter });
    },
    collect(c, found) {
      bill = c;
      out = found;
      tryGroup(unanchored);
      for (const a of anchors) {
        groups = a.groups;
        a.values(c, tryAnchored);
      }
      bill = undefined;
    },
  };
}

function groupOf(unanchored: Group, anchors: Anchor[], anchor: CargoCondition | undefined): Group {
  if (anchor === undefined) return unanchored;
  // cargoFilter has seen that the anchor's property has values.
  const values = consignmentValue[consignmentProperty(anchor.property)!];
  let a = anchors.find((x) => x.values === values);
  if (a === undefined) anchors.push((a = { values, groups: new Map() }));
  const key = anchor.value.toUpperCase();
  let group = a.groups.get(key);
  if (group === undefined) a.groups.set(key, (group = { rest: [], byHead: [] }));
  return group;
}

/** Keys the entry by its condition with the longest literal head, if any. */
function addTo(group: Group, conditions: readonly CargoCondition[], entry: Entry): void {
  let best: { values: SomeValue<Consignment>; head: string } | undefined;
  for (const d of conditions) {
    const head = literalPrefix(d);
    const values = head === undefined ? undefined : valuesOn(d);
    if (head !== undefined && values !== undefined && head.length > (best?.head.length ?? 0))
      best = { values, head };
  }
  if (best === undefined) {
    group.rest.push(entry);
    return;
  }
  let headed = group.byHead.find((h) => h.values === best.values);
  if (headed === undefined)
    group.byHead.push((headed = { values: best.values, heads: new PrefixTrie() }));
  headed.heads.add(best.head, entry);
}

/** `v.toUpperCase()`, without a copy when `v` is ASCII with no lower-case letter. */
function upperCased(v: string): string {
  for (let j = 0; j < v.length; j++) {
    const c = v.charCodeAt(j);
    if (c >= 0x61) return v.toUpperCase();
  }
  return v;
}
