/**
 * The in-memory screening index over one or more watchlists: every entry's name and aliases
 * normalised, token weights from their frequency over the lists, and blocking postings (key →
 * indexed names). Built once per list version; screening then reads it.
 */
import { normalizeName } from '../normalize/normalize-name.ts';
import type { LegalForm } from '../normalize/legal-forms.ts';
import { blockingKeys } from './blocking-keys.ts';
import { nameToken, type NameToken } from './name-token.ts';
import type { WatchlistEntry } from './watchlist-entry.ts';

export interface IndexedName {
  readonly entry: number;
  readonly text: string;
  readonly isAlias: boolean;
  readonly tokens: readonly NameToken[];
  readonly legalForms: readonly LegalForm[];
}

export interface ScreeningIndex {
  readonly entries: readonly WatchlistEntry[];
  readonly names: readonly IndexedName[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Weight of a token by its inverse document frequency; unknown tokens get `rareWeight`. */
  readonly weights: ReadonlyMap<string, number>;
  readonly rareWeight: number;
}

function documentFrequencies(texts: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const tokens of texts) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

export function buildScreeningIndex(entries: readonly WatchlistEntry[]): ScreeningIndex {
  const raw = entries
    .flatMap((e, entry) =>
      [e.name, ...e.aliases].map((text, i) => ({
        entry,
        text,
        isAlias: i > 0,
        norm: normalizeName(text),
      })),
    )
    .filter((n) => n.norm.tokens.length > 0);
  const df = documentFrequencies(raw.map((n) => [...n.norm.tokens]));
  const total = raw.length;
  const weights = new Map<string, number>();
  for (const [t, f] of df) weights.set(t, Math.log(1 + total / f));
  const rareWeight = Math.log(1 + total);
  const postings = new Map<string, number[]>();
  // One token object per spelling, shared by every name using it (screening remembers pairs).
  const shared = new Map<string, NameToken>();
  const tokenOf = (token: string): NameToken => {
    let t = shared.get(token);
    if (t === undefined) {
      t = nameToken(token, weights.get(token) ?? rareWeight);
      shared.set(token, t);
    }
    return t;
  };
  const names = raw.map((n, id): IndexedName => {
    const tokens = n.norm.tokens.map(tokenOf);
    const keys = new Set(tokens.flatMap((t) => blockingKeys(t.token, t.phonetic, t.skeleton)));
    for (const k of keys) {
      const list = postings.get(k);
      if (list) list.push(id);
      else postings.set(k, [id]);
    }
    return {
      entry: n.entry,
      text: n.text,
      isAlias: n.isAlias,
      tokens,
      legalForms: n.norm.legalForms,
    };
  });
  return { entries, names, postings, weights, rareWeight };
}
