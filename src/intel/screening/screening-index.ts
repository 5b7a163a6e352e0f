/**
 * The in-memory screening index over one or more watchlists: every entry's name and aliases
 * normalised, token weights from their frequency over the lists, and blocking postings (key →
 * indexed names). Built once per list version; screening then reads it.
 */
import { normalizeName, type NormalizedName } from '../normalize/normalize-name.ts';
import type { LegalForm } from '../normalize/legal-forms.ts';
import { blockingKeys } from './blocking-keys.ts';
import { BlockingPostings } from './blocking-postings.ts';
import { nameToken, SCREENING_NAME_PARTS, type NameToken } from './name-token.ts';
import type { EntryKind, WatchlistEntry } from './watchlist-entry.ts';

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
  readonly postings: BlockingPostings;
  /** Weight of a token by its inverse document frequency; unknown tokens get `rareWeight`. */
  readonly weights: ReadonlyMap<string, number>;
  readonly rareWeight: number;
}

interface RawName {
  readonly entry: number;
  readonly text: string;
  readonly isAlias: boolean;
  readonly norm: NormalizedName;
}

function documentFrequencies(names: readonly RawName[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const n of names) for (const t of new Set(n.norm.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/**
 * Distinct spellings, each made a token once (shared by every name using it) with its blocking
 * keys as numbers; keys are numbered in the order names first use them.
 */
class TokenTable {
  readonly tokens: NameToken[] = [];
  readonly keysOf: Int32Array[] = [];
  readonly keyIds = new Map<string, number>();
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly weights: ReadonlyMap<string, number>,
    private readonly rareWeight: number,
  ) {}

  idOf(spelling: string): number {
    let id = this.ids.get(spelling);
    if (id !== undefined) return id;
    const t = nameToken(spelling, this.weights.get(spelling) ?? this.rareWeight);
    const keys = blockingKeys(t.token, t.phonetic, t.skeleton).map((k) => this.keyId(k));
    id = this.tokens.push(t) - 1;
    this.keysOf.push(Int32Array.from(keys));
    this.ids.set(spelling, id);
    return id;
  }

  private keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keyIds.size;
      this.keyIds.set(key, id);
    }
    return id;
  }
}

/**
 * Screening matches party names (shippers, consignees, notify parties, forwarders): persons and
 * companies. A vessel's or an aircraft's names ("SOL", "ATLANTIS", "GILDA") name no party and
 * are left out of the index, their weights included.
 */
const PARTY_KINDS: ReadonlySet<EntryKind> = new Set(['individual', 'entity']);

/**
 * The names screened for an entry: its name, and its aliases of two words or more. A one-word
 * alias ('ABDULLAH', 'KIMO', 'EL AGUILA') is what OFAC calls a weak a.k.a.: a nickname or nom de
 * guerre too broad to screen for alone (OFAC does not expect it screened; the legacy sdn.csv
 * carries only weak aliases, in its remarks), matching every party whose name holds that word.
 */
function screenedNames(e: WatchlistEntry): readonly string[] {
  if (!PARTY_KINDS.has(e.kind)) return [];
  return [e.name, ...e.aliases.filter((a) => normalizeName(a).tokens.length > 1)];
}

export function buildScreeningIndex(entries: readonly WatchlistEntry[]): ScreeningIndex {
  const raw = entries
    .flatMap((e, entry) =>
      screenedNames(e).map((text, i): RawName => ({
        entry,
        text,
        isAlias: i > 0,
        norm: normalizeName(text, SCREENING_NAME_PARTS),
      })),
    )
    .filter((n) => n.norm.tokens.length > 0);
  const df = documentFrequencies(raw);
  const total = raw.length;
  const weights = new Map<string, number>();
  for (const [t, f] of df) weights.set(t, Math.log(1 + total / f));
  const rareWeight = Math.log(1 + total);
  const table = new TokenTable(weights, rareWeight);
  const tokenIds = raw.map((n) => Int32Array.from(n.norm.tokens, (t) => table.idOf(t)));
  const names = raw.map((n, id): IndexedName => ({
    entry: n.entry,
    text: n.text,
    isAlias: n.isAlias,
    tokens: Array.from(tokenIds[id] as Int32Array, (t) => table.tokens[t] as NameToken),
    legalForms: n.norm.legalForms,
  }));
  const postings = BlockingPostings.build(table.keyIds, tokenIds, table.keysOf);
  return { entries, names, postings, weights, rareWeight };
}
