/**
 * The labelled screening set: variants of OFAC narcotics designations (each labelled with the
 * entry it must find) and decoys (labelled with none) that must not match. Seeded, so a seed
 * always gives the same set. How it is made is described in docs/screening.md.
 */
import { normalizeName } from '../../normalize/normalize-name.ts';
import type { WatchlistEntry } from '../watchlist-entry.ts';
import {
  legalFormVariant,
  missingPartVariant,
  onBase,
  reorderVariant,
  transliterationVariant,
  typoVariant,
  VARIANT_KINDS,
  type VariantKind,
} from './name-variants.ts';
import { makeDecoy, type DecoyKind, type NameParts } from './decoys.ts';
import { seededRandom, type Random } from './seeded-random.ts';

export interface LabelledName {
  readonly name: string;
  readonly country?: string;
  /** Entry id it must match; undefined for decoys. */
  readonly expected?: string;
  readonly kind: VariantKind | DecoyKind;
}

/** Narcotics entries whose primary name is specific enough to screen for. */
export function screenableNarcoticsEntries(entries: readonly WatchlistEntry[]): WatchlistEntry[] {
  return entries.filter((e) => {
    if (!e.narcotics || (e.kind !== 'individual' && e.kind !== 'entity')) return false;
    const tokens = normalizeName(e.name).tokens;
    return tokens.length >= 2 || (tokens[0]?.length ?? 0) >= 7;
  });
}

function variantOf(entry: WatchlistEntry, kind: VariantKind, rnd: Random): string | undefined {
  switch (kind) {
    case 'typo':
      return onBase(entry.name, (b) => typoVariant(b, rnd));
    case 'transliteration':
      return onBase(entry.name, (b) => transliterationVariant(b, rnd));
    case 'legal-form':
      return legalFormVariant(entry.name, entry.kind === 'entity', rnd);
    case 'reorder':
      return onBase(entry.name, (b) => reorderVariant(b, entry.kind === 'individual', rnd));
    case 'missing-part':
      return onBase(entry.name, (b) => missingPartVariant(b, entry.kind === 'individual', rnd));
  }
}

export function generateLabelledSet(
  entries: readonly WatchlistEntry[],
  nameParts: NameParts,
  options: { seed: number; variants: number; decoys: number },
): LabelledName[] {
  const rnd = seededRandom(options.seed);
  const sources = screenableNarcoticsEntries(entries);
  const listKeys = new Set(
    entries.flatMap((e) => [e.name, ...e.aliases].map((n) => normalizeName(n).key)),
  );
  const out: LabelledName[] = [];
  for (let guard = 0; out.length < options.variants && guard < options.variants * 20; guard++) {
    const entry = rnd.pick(sources);
    const kind = rnd.pick(VARIANT_KINDS);
    const name = variantOf(entry, kind, rnd);
    if (name === undefined) continue;
    const country =
      entry.countries.length > 0 && rnd.next() < 0.5 ? rnd.pick(entry.countries) : undefined;
    out.push(
      country === undefined
        ? { name, expected: entry.id, kind }
        : { name, country, expected: entry.id, kind },
    );
  }
  for (
    let guard = 0;
    out.length < options.variants + options.decoys && guard < options.decoys * 20;
    guard++
  ) {
    const decoy = makeDecoy(nameParts, sources, rnd);
    if (!listKeys.has(normalizeName(decoy.name).key)) out.push(decoy);
  }
  return out;
}
