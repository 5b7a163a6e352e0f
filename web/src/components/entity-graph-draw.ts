/** Builds the graphology graph, lays it out on a circle per ring of expansion, and renders it with sigma. */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { EntityGraph } from '../api/types.ts';

const COLORS: Record<string, string> = {
  person: '#1f5f99',
  company: '#2e7d32',
  organisation: '#2e7d32',
  address: '#8d6e63',
  consignment: '#6a1b9a',
  container: '#ef6c00',
};

interface Hooks {
  readonly expand: (nodeId: string) => Promise<EntityGraph>;
  readonly open: (nodeId: string, kind: string) => void;
  readonly onSize: (n: number) => void;
}

function merge(graph: Graph, g: EntityGraph, around?: { x: number; y: number }) {
  const fresh = g.nodes.filter((n) => !graph.hasNode(n.id));
  fresh.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
    const r = around ? 1 : 3;
    graph.addNode(n.id, {
      label: n.label,
      x: (around?.x ?? 0) + r * Math.cos(angle),
      y: (around?.y ?? 0) + r * Math.sin(angle),
      size: 6,
      kind: n.kind,
      color: COLORS[n.kind] ?? '#546e7a',
    });
  });
  for (const e of g.edges)
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target))
      graph.addEdge(e.source, e.target, { label: e.kind, size: 1, color: '#9aa5b1' });
}

export function drawEntityGraph(
  container: HTMLElement,
  initial: EntityGraph,
  hooks: Hooks,
): () => void {
  const graph = new Graph();
  merge(graph, initial);
  const renderer = new Sigma(graph, container, { renderEdgeLabels: false });
  hooks.onSize(graph.order);
  renderer.on('clickNode', ({ node }) => {
    const at = graph.getNodeAttributes(node) as { x: number; y: number };
    hooks.expand(node).then(
      (g) => {
        merge(graph, g, at);
        hooks.onSize(graph.order);
      },
      () => undefined, // a node without neighbours to add stays as it is
    );
  });
  renderer.on('doubleClickNode', ({ node }) => {
    const { kind } = graph.getNodeAttributes(node) as { kind: string };
    hooks.open(node, kind);
  });
  return () => renderer.kill();
}
