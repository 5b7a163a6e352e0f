/**
 * Decoys: names that must not match. Invented companies and persons composed from the
 * simulator's name parts (surnames, trade words, legal forms per country), and near misses:
 * one part of a listed narcotics name (a surname, a trade word) with the rest invented.
 */
import { normalizeName } from '../../normalize/normalize-name.ts';
import type { WatchlistEntry } from '../watchlist-entry.ts';
import type { Random } from './seeded-random.ts';

export const DECOY_KINDS = ['decoy-company', 'decoy-person', 'decoy-near-miss'] as const;
export type DecoyKind = (typeof DECOY_KINDS)[number];

/** The shape of data/sim/name-parts.json that decoys use. */
export interface NameParts {
  readonly languages: Readonly<
    Record<
      string,
      {
        readonly surnames: readonly string[];
        readonly words: readonly string[];
        readonly firstNames: readonly string[];
      }
    >
  >;
  readonly countries: Readonly<
    Record<string, { readonly language: string; readonly suffixes: readonly string[] }>
  >;
}

export interface Decoy {
  readonly name: string;
  readonly country: string;
  readonly kind: DecoyKind;
}

function company(parts: NameParts, country: string, rnd: Random): string {
  const c = parts.countries[country];
  const lang = parts.languages[c?.language ?? 'en'] ?? parts.languages.en;
  if (!c || !lang) return 'ACME TRADING';
  const head =
    rnd.next() < 0.5
      ? `${rnd.pick(lang.surnames)} ${rnd.pick(lang.words)}`
      : `${rnd.pick(lang.words)} ${rnd.pick(lang.words)}`;
  return `${head} ${rnd.pick(c.suffixes)}`;
}

function person(parts: NameParts, country: string, rnd: Random): string {
  const lang = parts.languages[parts.countries[country]?.language ?? 'en'] ?? parts.languages.en;
  if (!lang) return 'JOHN SMITH';
  const second = rnd.next() < 0.5 ? ` ${rnd.pick(lang.surnames)}` : '';
  return `${rnd.pick(lang.firstNames)} ${rnd.pick(lang.surnames)}${second}`;
}

/** Keeps one part of a listed narcotics name and invents the rest: same surname or trade word, another party. */
function nearMiss(
  parts: NameParts,
  country: string,
  sources: readonly WatchlistEntry[],
  rnd: Random,
): string {
  const entry = rnd.pick(sources);
  const kept = normalizeName(entry.name).tokens[0] ?? '';
  const lang = parts.languages[parts.countries[country]?.language ?? 'en'] ?? parts.languages.en;
  if (!lang) return kept;
  return entry.kind === 'individual'
    ? `${kept} ${rnd.pick(lang.surnames)}, ${rnd.pick(lang.firstNames)}`
    : `${kept} ${rnd.pick(lang.words)} ${rnd.pick(parts.countries[country]?.suffixes ?? ['LTD'])}`;
}

export function makeDecoy(
  parts: NameParts,
  sources: readonly WatchlistEntry[],
  rnd: Random,
): Decoy {
  const country = rnd.pick(Object.keys(parts.countries));
  const kind = rnd.pick(DECOY_KINDS);
  switch (kind) {
    case 'decoy-company':
      return { name: company(parts, country, rnd), country, kind };
    case 'decoy-person':
      return { name: person(parts, country, rnd), country, kind };
    case 'decoy-near-miss':
      return { name: nearMiss(parts, country, sources, rnd), country, kind };
  }
}
