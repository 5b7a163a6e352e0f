/**
 * Lookouts indexed for matching many consignments: instead of trying every lookout on every
 * consignment (a node holds hundreds in force, a vessel call brings 20,000 bills), a consignment's
 * container numbers, party identifiers and normalised party names are looked up in maps made once
 * from the lookouts' criteria, and only the cargo criteria (patterns over ports, HS codes, types)
 * are tried on each, compiled once. The lookouts found are then matched by `matchLookout`, so what
 * comes out is exactly what trying each in turn gives, in the lookouts' order.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type {
  CargoCondition,
  LookoutContent,
  PartyScheme,
} from '../../exchange/objects/lookout.ts';
import { normalizeName } from '../../intel/normalize/normalize-name.ts';
import {
  compact,
  compileCargo,
  consignmentValues,
  identifiersOf,
  matchLookout,
  type CargoMatcher,
  type LookoutMatch,
} from './lookout-matcher.ts';

export interface IndexedMatch<L> {
  readonly lookout: L;
  readonly match: LookoutMatch;
}

export interface LookoutIndex<L> {
  readonly lookouts: readonly L[];
  /** The lookouts `c` matches, in the order they were given, each with its match. */
  match(c: Consignment): IndexedMatch<L>[];
}

/** Party names normalised once per name while an index lives (names repeat across bills). */
const NAME_MEMO_LIMIT = 100_000;

export function indexLookouts<L extends { readonly content: LookoutContent }>(
  lookouts: readonly L[],
): LookoutIndex<L> {
  const byContainer = new Map<string, number[]>();
  const byIdentifier = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const schemes = new Set<PartyScheme>();
  // Cargo criteria with an `=` on a consignment's value (a port, an HS code) are tried only on
  // bills with that value; the others on every bill.
  const cargoByValue = new Map<string, CargoEntry[]>();
  const anchors = new Set<string>();
  const cargoAlways: CargoEntry[] = [];
  const add = (map: Map<string, number[]>, key: string, position: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  lookouts.forEach((l, position) => {
    for (const k of l.content.criteria) {
      if (k.kind === 'container-number') add(byContainer, compact(k.value), position);
      else if (k.kind === 'party-identifier') {
        schemes.add(k.scheme);
        add(byIdentifier, `${k.scheme} ${compact(k.value)}`, position);
      } else if (k.kind === 'party-name') {
        const key = normalizeName(k.value).key;
        if (key !== '') add(byName, key, position);
      } else {
        const entry = { position, matcher: compileCargo(k.conditions) };
        const anchor = anchorOf(k.conditions);
        if (anchor === undefined) cargoAlways.push(entry);
        else {
          anchors.add(anchor.property);
          const key = `${anchor.property} ${anchor.value.toUpperCase()}`;
          const entries = cargoByValue.get(key);
          if (entries === undefined) cargoByValue.set(key, [entry]);
          else entries.push(entry);
        }
      }
    }
  });
  const names = new Map<string, string>();
  const nameKey = (name: string): string => {
    let key = names.get(name);
    if (key === undefined) {
      if (names.size >= NAME_MEMO_LIMIT) names.clear();
      key = normalizeName(name).key;
      names.set(name, key);
    }
    return key;
  };
  return {
    lookouts,
    match(c) {
      const found: number[] = [];
      if (byContainer.size > 0)
        for (const e of c.equipment) take(found, byContainer.get(compact(e.containerNumber)));
      for (const scheme of schemes)
        for (const id of identifiersOf(c, scheme)) take(found, byIdentifier.get(`${scheme} ${id}`));
      if (byName.size > 0)
        for (const p of c.parties) {
          const key = nameKey(p.name);
          if (key !== '') take(found, byName.get(key));
        }
      const values = new BillValues(c);
      tryCargo(found, cargoAlways, values);
      for (const property of anchors)
        for (const v of values.of(property))
          tryCargo(found, cargoByValue.get(`${property} ${v.toUpperCase()}`), values);
      if (found.length === 0) return [];
      const out: IndexedMatch<L>[] = [];
      let last = -1;
      for (const position of found.sort((a, b) => a - b)) {
        if (position === last) continue;
        last = position;
        const lookout = lookouts[position]!;
        const match = matchLookout(lookout.content, c);
        if (match !== undefined) out.push({ lookout, match });
      }
      return out;
    },
  };
}

function take(found: number[], positions: readonly number[] | undefined): void {
  if (positions !== undefined) for (const p of positions) found.push(p);
}

function tryCargo(
  found: number[],
  entries: readonly CargoEntry[] | undefined,
  values: BillValues,
): void {
  if (entries !== undefined)
    for (const e of entries)
      if (e.matcher(values.bill, values.of) !== undefined) found.push(e.position);
}

/** A bill's values read once for all the cargo criteria tried on it. */
class BillValues {
  private readonly read = new Map<string, readonly string[]>();
  constructor(readonly bill: Consignment) {}
  readonly of = (property: string): readonly string[] => {
    let v = this.read.get(property);
    if (v === undefined) this.read.set(property, (v = consignmentValues(this.bill, property)));
    return v;
  };
}

interface CargoEntry {
  readonly position: number;
  readonly matcher: CargoMatcher;
}

/** A condition every bill the criterion matches must meet exactly: an `=` on the consignment. */
function anchorOf(conditions: readonly CargoCondition[]): CargoCondition | undefined {
  return conditions.find((d) => d.entity === 'consignment' && d.operator === '=');
}
