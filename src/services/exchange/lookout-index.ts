/**
 * Lookouts indexed for matching many consignments: instead of trying every lookout on every
 * consignment (a node holds hundreds in force, a vessel call brings 20,000 bills), a consignment's
 * container numbers, party identifiers (`identifier-index.ts`) and normalised party names are
 * looked up in maps made once from the lookouts' criteria, and the cargo criteria are tried only
 * on bills carrying their `=` value and the literal head of one of their patterns, compiled once
 * (`cargo-index.ts`). A party name is normalised only when it might have one of the lookouts'
 * name keys (`nameKeyFilter`). The lookouts found are then matched by `matchLookout`, so what
 * comes out is exactly what trying each in turn gives, in the lookouts' order.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { LookoutContent } from '../../exchange/objects/lookout.ts';
import { nameKeyFilter } from '../../intel/normalize/name-key-filter.ts';
import { normalizeName } from '../../intel/normalize/normalize-name.ts';
import { cargoIndex } from './cargo-index.ts';
import { addPosition, CompactKeys } from './compact-keys.ts';
import { identifierIndex } from './identifier-index.ts';
import { matchLookout, type LookoutMatch } from './lookout-matcher.ts';

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
  const byContainer = new CompactKeys();
  const byIdentifier = identifierIndex();
  const byName = new Map<string, number[]>();
  const cargo = cargoIndex();
  lookouts.forEach((l, position) => {
    for (const k of l.content.criteria) {
      if (k.kind === 'container-number') byContainer.add(k.value, position);
      else if (k.kind === 'party-identifier') byIdentifier.add(k.scheme, k.value, position);
      else if (k.kind === 'party-name') {
        const key = normalizeName(k.value).key;
        if (key !== '') addPosition(byName, key, position);
      } else cargo.add(k.conditions, position);
    }
  });
  const nameFilter = nameKeyFilter(byName.keys());
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
        for (const e of c.equipment) take(found, byContainer.positionsOf(e.containerNumber));
      byIdentifier.collect(c, found);
      if (byName.size > 0)
        for (const p of c.parties)
          if (nameFilter.mayHaveKey(p.name)) take(found, byName.get(nameKey(p.name)));
      cargo.collect(c, found);
      if (found.length === 0) return [];
      return matchesAt(
        lookouts,
        found.sort((a, b) => a - b),
        c,
      );
    },
  };
}

/** The lookouts at the sorted positions, once each, that `c` matches. */
function matchesAt<L extends { readonly content: LookoutContent }>(
  lookouts: readonly L[],
  positions: readonly number[],
  c: Consignment,
): IndexedMatch<L>[] {
  const out: IndexedMatch<L>[] = [];
  let last = -1;
  for (const position of positions) {
    if (position === last) continue;
    last = position;
    const lookout = lookouts[position]!;
    const match = matchLookout(lookout.content, c);
    if (match !== undefined) out.push({ lookout, match });
  }
  return out;
}

function take(found: number[], positions: readonly number[] | undefined): void {
  if (positions !== undefined) for (const p of positions) found.push(p);
}
