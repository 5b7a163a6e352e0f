/**
 * The link graph of cargo and the people behind it: companies (resolved entities), persons,
 * addresses, telephone numbers, e-mail addresses, consignments, containers, vessels and seizures
 * as nodes; who filed what, where, with which contact, carried in which container, on which
 * vessel, seized from which container as edges. Built with graphology (undirected, one edge per
 * pair and kind).
 */
import { UndirectedGraph } from 'graphology';

export const NODE_KINDS = [
  'company',
  'person',
  'address',
  'phone',
  'email',
  'consignment',
  'container',
  'vessel',
  'seizure',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = [
  'party-to',
  'located-at',
  'reached-at',
  'director-of',
  'carried-in',
  'shipped-on',
  'seized-from',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: EdgeKind;
}

export interface LinkGraph {
  readonly graph: UndirectedGraph<{ kind: NodeKind; label: string }, { kind: EdgeKind }>;
}

export const nodeId = (kind: NodeKind, key: string): string => `${kind}:${key}`;

export function createLinkGraph(): LinkGraph {
  return { graph: new UndirectedGraph({ multi: false, allowSelfLoops: false }) };
}

export function addNode(g: LinkGraph, kind: NodeKind, key: string, label: string): string {
  const id = nodeId(kind, key);
  if (!g.graph.hasNode(id)) g.graph.addNode(id, { kind, label });
  return id;
}

export function addEdge(g: LinkGraph, source: string, target: string, kind: EdgeKind): void {
  if (source === target || g.graph.hasEdge(source, target)) return;
  g.graph.addEdge(source, target, { kind });
}

export function nodeOf(g: LinkGraph, id: string): GraphNode | undefined {
  if (!g.graph.hasNode(id)) return undefined;
  const a = g.graph.getNodeAttributes(id);
  return { id, kind: a.kind, label: a.label };
}

/** The nodes and edges among `ids`, ready to present. */
export function subgraph(
  g: LinkGraph,
  ids: Iterable<string>,
): {
  nodes: GraphNode[];
  edges: GraphEdge[];
} {
  const keep = new Set(ids);
  const nodes = [...keep].flatMap((id) => nodeOf(g, id) ?? []);
  const edges: GraphEdge[] = [];
  g.graph.forEachEdge((_, attr, source, target) => {
    if (keep.has(source) && keep.has(target)) edges.push({ source, target, kind: attr.kind });
  });
  return { nodes, edges };
}
