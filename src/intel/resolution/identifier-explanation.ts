/**
 * Why records joined by a shared EORI, VAT or IMO company number are one entity, told per
 * identifier ("353 records share EORI BE0470140409") rather than pair by pair; and where the names
 * filed under one identifier are clearly different companies' names, a conflict an analyst should
 * look at (a borrowed or misused identifier). Linear in the records: each distinct name under an
 * identifier is compared once, with the name filed most often under it.
 */
import { nameSimilarity } from '../screening/name-similarity.ts';
import { EXCLUSIVE_IDENTIFIERS, type ExclusiveKind } from './identifier-keys.ts';
import { exclusiveKeys } from './shared-identifiers.ts';
import type { ScoredRecord } from './score-pair.ts';

/** Below this name similarity (either way round), two names under one identifier conflict. */
export const UNLIKE_NAME = 0.7;
/** Names listed in a conflict besides the main one. */
export const MAX_CONFLICT_NAMES = 5;

export interface SharedIdentifier {
  readonly kind: ExclusiveKind;
  readonly value: string;
  /** Members of the entity that carry it. */
  readonly records: number;
  /** Records that carry it in other entities (kept apart by another identifier or an analyst). */
  readonly elsewhere: number;
}

export interface FiledName {
  readonly name: string;
  readonly countries: readonly string[];
  readonly records: number;
}

export interface IdentifierConflict {
  /** The identifiers under which the names were filed (an EORI and its VAT number: one entry). */
  readonly identifiers: readonly { readonly kind: ExclusiveKind; readonly value: string }[];
  /** The name filed most often under them (on a tie, first by name): the others' yardstick. */
  readonly name: FiledName;
  /** Names unlike it, most filed first, at most MAX_CONFLICT_NAMES. */
  readonly others: readonly FiledName[];
  readonly othersTotal: number;
}

export interface IdentifierExplanation {
  readonly shared: readonly SharedIdentifier[];
  readonly conflicts: readonly IdentifierConflict[];
}

interface NameGroup {
  /** The normalised name, and the first record filed with it. */
  readonly key: string;
  readonly first: number;
  records: number;
  readonly countries: Set<string>;
  /** Each spelling of the name and how often it was filed. */
  readonly spellings: Map<string, number>;
}

/** Identifiers in a fixed order (EORI, VAT, IMO, then by value), whatever the records' order. */
const byIdentifier = (
  a: { readonly kind: ExclusiveKind; readonly value: string },
  b: { readonly kind: ExclusiveKind; readonly value: string },
): number =>
  EXCLUSIVE_IDENTIFIERS.indexOf(a.kind) - EXCLUSIVE_IDENTIFIERS.indexOf(b.kind) ||
  (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

const splitKey = (key: string) => {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at) as ExclusiveKind, value: key.slice(at + 1) };
};

/** The name as filed most often (first by spelling on a tie), its countries and records. */
function filed(g: NameGroup): FiledName {
  let name = '';
  let most = 0;
  for (const [spelling, n] of g.spellings)
    if (n > most || (n === most && spelling < name)) [name, most] = [spelling, n];
  return { name, countries: [...g.countries].sort(), records: g.records };
}

function unlike(a: ScoredRecord, b: ScoredRecord): boolean {
  const ab = nameSimilarity(a.nameTokens, b.nameTokens, false).score;
  const ba = nameSimilarity(b.nameTokens, a.nameTokens, false).score;
  return Math.max(ab, ba) < UNLIKE_NAME;
}

/** The names under one identifier in one entity that clearly differ from its main name. */
function conflictOf(
  records: readonly ScoredRecord[],
  members: readonly number[],
): Omit<IdentifierConflict, 'identifiers'> | undefined {
  const byName = new Map<string, NameGroup>();
  for (const i of members) {
    const p = (records[i] as ScoredRecord).prepared;
    if (p.nameKey === '') continue;
    let g = byName.get(p.nameKey);
    if (!g)
      byName.set(
        p.nameKey,
        (g = { key: p.nameKey, first: i, records: 0, countries: new Set(), spellings: new Map() }),
      );
    g.records++;
    g.spellings.set(p.record.name, (g.spellings.get(p.record.name) ?? 0) + 1);
    if (p.country !== '') g.countries.add(p.country);
  }
  if (byName.size < 2) return undefined;
  const [main, ...rest] = [...byName.values()].sort(
    // Ties by name, not by the records' order, which follows the store's ids.
    (a, b) => b.records - a.records || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  ) as [NameGroup, ...NameGroup[]];
  const mainRecord = records[main.first] as ScoredRecord;
  const others = rest.filter((g) => unlike(mainRecord, records[g.first] as ScoredRecord));
  if (others.length === 0) return undefined;
  return {
    name: filed(main),
    others: others.slice(0, MAX_CONFLICT_NAMES).map(filed),
    othersTotal: others.length,
  };
}

/** Conflicts naming the same companies under several identifiers are told once. */
function addConflict(
  into: Map<string, IdentifierConflict>,
  key: string,
  found: Omit<IdentifierConflict, 'identifiers'>,
): void {
  const names = [found.name, ...found.others].map((n) => n.name).join('\u0000');
  const before = into.get(names);
  const identifiers = [...(before?.identifiers ?? []), splitKey(key)].sort(byIdentifier);
  into.set(names, { ...found, identifiers });
}

/** One entity: the identifiers its members carry (`byKey`), of `totals` carried in all. */
function explainRoot(
  records: readonly ScoredRecord[],
  byKey: ReadonlyMap<string, readonly number[]>,
  totals: ReadonlyMap<string, number>,
): IdentifierExplanation {
  const shared: SharedIdentifier[] = [];
  const conflicts = new Map<string, IdentifierConflict>();
  for (const [key, members] of byKey) {
    const elsewhere = (totals.get(key) ?? 0) - members.length;
    if (members.length < 2 && elsewhere === 0) continue;
    shared.push({ ...splitKey(key), records: members.length, elsewhere });
    const found = members.length >= 2 ? conflictOf(records, members) : undefined;
    if (found) addConflict(conflicts, key, found);
  }
  shared.sort((a, b) => b.records - a.records || byIdentifier(a, b));
  // Each conflict has at least the identifier it was found under.
  const first = (c: IdentifierConflict) => c.identifiers[0] as IdentifierConflict['identifiers'][0];
  return {
    shared,
    conflicts: [...conflicts.values()].sort((a, b) => byIdentifier(first(a), first(b))),
  };
}

/** Per cluster root: its shared exclusive identifiers and the conflicting names under them. */
export function explainIdentifiers(
  records: readonly ScoredRecord[],
  rootOf: (i: number) => number,
): Map<number, IdentifierExplanation> {
  const groups = new Map<number, Map<string, number[]>>();
  const totals = new Map<string, number>();
  records.forEach((r, i) => {
    for (const key of exclusiveKeys(r.prepared)) {
      totals.set(key, (totals.get(key) ?? 0) + 1);
      const root = rootOf(i);
      let byKey = groups.get(root);
      if (!byKey) groups.set(root, (byKey = new Map<string, number[]>()));
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  const out = new Map<number, IdentifierExplanation>();
  for (const [root, byKey] of groups) {
    const explained = explainRoot(records, byKey, totals);
    if (explained.shared.length > 0) out.set(root, explained);
  }
  return out;
}
