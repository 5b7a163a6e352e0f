/**
 * Questions analysts ask of the link graph: what lies within k hops of an entity, how two
 * entities are connected (shortest paths), and everything linked to the parties of a seizure.
 * Which groups hang together is asked of the party network instead (`party-communities.ts`):
 * over the link graph, vessels and forwarders glued unrelated shippers into groups of hundreds.
 */
import type { LinkGraph } from './link-graph.ts';

/** Nodes within `hops` of `start` (start included), breadth first, at most `limit`. */
export function neighbourhood(g: LinkGraph, start: string, hops: number, limit = 500): string[] {
  if (!g.graph.hasNode(start)) return [];
  const seen = new Set([start]);
  let frontier = [start];
  for (let h = 0; h < hops && frontier.length > 0; h++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const n of g.graph.neighbors(id)) {
        if (seen.has(n)) continue;
        if (seen.size >= limit) return [...seen];
        seen.add(n);
        next.push(n);
      }
    frontier = next;
  }
  return [...seen];
}

/** Shortest paths from `from` to `to` (every one of minimal length, up to `limit`), none past `maxLength` edges. */
export function shortestPaths(
  g: LinkGraph,
  from: string,
  to: string,
  maxLength = 6,
  limit = 10,
): string[][] {
  if (!g.graph.hasNode(from) || !g.graph.hasNode(to)) return [];
  const depth = new Map([[from, 0]]);
  const parents = new Map<string, string[]>();
  let frontier = [from];
  for (let d = 1; d <= maxLength && frontier.length > 0 && !depth.has(to); d++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const n of g.graph.neighbors(id)) {
        const known = depth.get(n);
        if (known === undefined) {
          depth.set(n, d);
          parents.set(n, [id]);
          next.push(n);
        } else if (known === d) parents.get(n)?.push(id);
      }
    frontier = next;
  }
  if (!depth.has(to)) return [];
  const paths: string[][] = [];
  const walk = (node: string, suffix: string[]): void => {
    if (paths.length >= limit) return;
    if (node === from) {
      paths.push([from, ...suffix]);
      return;
    }
    for (const p of parents.get(node) ?? []) walk(p, [node, ...suffix]);
  };
  walk(to, []);
  return paths;
}

/**
 * Everything linked to a seizure's parties: the companies on the consignments that carried the
 * seized container, then `hops` further out from them.
 */
export function seizureNetwork(g: LinkGraph, seizure: string, hops = 2): string[] {
  if (!g.graph.hasNode(seizure)) return [];
  const companies = new Set<string>();
  for (const container of g.graph.neighbors(seizure))
    for (const consignment of g.graph.neighbors(container))
      for (const n of g.graph.neighbors(consignment))
        if (g.graph.getNodeAttribute(n, 'kind') === 'company') companies.add(n);
  const out = new Set([seizure, ...g.graph.neighbors(seizure)]);
  for (const c of companies) for (const n of neighbourhood(g, c, hops)) out.add(n);
  return [...out];
}
