/**
 * Communities of the party network: Louvain over the weighted links that bind (seeded, so
 * repeatable); then a party bound to no one that dealt with two or more members of one group
 * joins it (a counterpart the group shares). Each group comes with what binds it — the identifiers and directors two or more of its members
 * share, its dealings — and how densely it hangs together.
 */
import louvainModule from 'graphology-communities-louvain';
import {
  PAIR_SEPARATOR,
  type Binding,
  type BindingKind,
  type PartyNetwork,
} from './party-network.ts';

/** The one call used; the package is CommonJS whose typings declare an ES default export. */
type Louvain = (
  graph: PartyNetwork['graph'],
  options: { rng: () => number; getEdgeWeight: 'weight' },
) => Record<string, number>;
const louvain = louvainModule as unknown as Louvain;

/** What two or more members share, and how many of them do. */
export interface SharedBinding {
  readonly kind: BindingKind;
  readonly value: string;
  readonly label: string;
  readonly members: number;
}

export interface PartyCommunity {
  /** Node ids (`company:E-…`, `person:…`), sorted. */
  readonly members: readonly string[];
  /** Shared identifiers and directors, the most widely shared first. */
  readonly binds: readonly SharedBinding[];
  /** Pairs of members that dealt with each other, and the consignments they shared. */
  readonly dealings: { readonly pairs: number; readonly consignments: number };
  /** Links among the members over the links they could have (1 for a pair). */
  readonly density: number;
  /** Links per member: density × (size − 1). */
  readonly cohesion: number;
}

function groupsOf(net: PartyNetwork, rng: () => number): string[][] {
  if (net.graph.size === 0) return [];
  const mapping = louvain(net.graph, { rng, getEdgeWeight: 'weight' });
  const groups = new Map<number, string[]>();
  for (const node of net.graph.nodes()) {
    const c = mapping[node] ?? -1;
    const list = groups.get(c);
    if (list) list.push(node);
    else groups.set(c, [node]);
  }
  return [...groups.values()]
    .map((g) => g.sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** Parties outside every group join the group two or more of their counterparts belong to. */
function attachCounterparts(net: PartyNetwork, groups: string[][]): void {
  const home = new Map(groups.flatMap((g, i) => g.map((n) => [n, i] as const)));
  const counts = new Map<string, Map<number, number>>();
  for (const key of net.dealings.keys()) {
    const [a = '', b = ''] = key.split(PAIR_SEPARATOR);
    for (const [inner, outer] of [
      [a, b],
      [b, a],
    ] as const) {
      const g = home.get(inner);
      if (g === undefined || home.has(outer)) continue;
      const per = counts.get(outer) ?? new Map<number, number>();
      counts.set(outer, per.set(g, (per.get(g) ?? 0) + 1));
    }
  }
  for (const outer of [...counts.keys()].sort()) {
    let best: [number, number] | undefined;
    for (const [g, n] of counts.get(outer) ?? [])
      if (n >= 2 && (!best || n > best[1] || (n === best[1] && g < best[0]))) best = [g, n];
    if (best) groups[best[0]]?.push(outer);
  }
  for (const g of groups) g.sort();
}

function sharedBindings(
  bindings: readonly Binding[],
  home: ReadonlyMap<string, number>,
  count: number,
): SharedBinding[][] {
  const out = Array.from({ length: count }, (): SharedBinding[] => []);
  for (const b of bindings) {
    const per = new Map<number, number>();
    for (const h of b.holders) {
      const c = home.get(h);
      if (c !== undefined) per.set(c, (per.get(c) ?? 0) + 1);
    }
    for (const [c, members] of per)
      if (members >= 2) out[c]?.push({ kind: b.kind, value: b.value, label: b.label, members });
  }
  for (const list of out)
    list.sort(
      (a, b) =>
        b.members - a.members || a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value),
    );
  return out;
}

function dealingsOf(
  net: PartyNetwork,
  home: ReadonlyMap<string, number>,
  count: number,
): Array<{ pairs: number; consignments: number }> {
  const out = Array.from({ length: count }, () => ({ pairs: 0, consignments: 0 }));
  for (const [key, n] of net.dealings) {
    const [a = '', b = ''] = key.split(PAIR_SEPARATOR);
    const c = home.get(a);
    const d = c === undefined ? undefined : out[c];
    if (d === undefined || home.get(b) !== c) continue;
    d.pairs++;
    d.consignments += n;
  }
  return out;
}

/** Per community, the pairs of members that share something or dealt with each other. */
function linksWithin(
  net: PartyNetwork,
  home: ReadonlyMap<string, number>,
  count: number,
): number[] {
  const pairs = Array.from({ length: count }, () => new Set<string>());
  const add = (a: string, b: string): void => {
    const c = home.get(a);
    if (c !== undefined && home.get(b) === c)
      pairs[c]?.add(a < b ? `${a}${PAIR_SEPARATOR}${b}` : `${b}${PAIR_SEPARATOR}${a}`);
  };
  net.graph.forEachEdge((_, __, a, b) => add(a, b));
  for (const key of net.dealings.keys()) {
    const [a = '', b = ''] = key.split(PAIR_SEPARATOR);
    add(a, b);
  }
  return pairs.map((p) => p.size);
}

/** Louvain communities of at least `minSize` members (companies and persons); `rng` makes them repeatable. */
export function partyCommunities(
  net: PartyNetwork,
  rng: () => number,
  minSize = 2,
): PartyCommunity[] {
  const all = groupsOf(net, rng);
  attachCounterparts(net, all);
  const groups = all.filter((g) => g.length >= minSize);
  const home = new Map(groups.flatMap((g, i) => g.map((n) => [n, i] as const)));
  const binds = sharedBindings(net.bindings, home, groups.length);
  const dealings = dealingsOf(net, home, groups.length);
  const links = linksWithin(net, home, groups.length);
  return groups.map((members, i) => {
    const possible = (members.length * (members.length - 1)) / 2;
    const density = possible === 0 ? 0 : (links[i] ?? 0) / possible;
    return {
      members,
      binds: binds[i] ?? [],
      dealings: dealings[i] ?? { pairs: 0, consignments: 0 },
      density,
      cohesion: density * (members.length - 1),
    };
  });
}
