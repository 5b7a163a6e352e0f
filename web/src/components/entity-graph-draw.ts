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

/** A node as drawn: where it is, in pixels from the canvas's top left, and whether it was expanded. */
export interface DrawnNode {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly expanded: boolean;
}

interface Hooks {
  readonly expand: (nodeId: string) => Promise<EntityGraph>;
  readonly open: (nodeId: string, kind: string) => void;
  /** After the first drawing and after each expansion: every node, in the order added. */
  readonly onChange: (nodes: readonly DrawnNode[]) => void;
}

export interface DrawnGraph {
  /** Adds the node's neighbours (what a click on it does); resolves when they are drawn. */
  expand(nodeId: string): Promise<void>;
  dispose(): void;
}

interface NodeAttributes {
  label: string;
  kind: string;
  x: number;
  y: number;
}

function merge(graph: Graph, g: EntityGraph, around?: { x: number; y: number }) {
  const fresh = g.nodes.filter((n) => !graph.hasNode(n.id));
  // The first drawing puts its first node (the entity asked for) in the middle, its neighbours
  // on a circle round it; an expansion puts the new nodes on a small circle round the one clicked.
  const centred = around ? 0 : 1;
  const ring = Math.max(1, fresh.length - centred);
  fresh.forEach((n, i) => {
    const angle = (2 * Math.PI * (i - centred)) / ring;
    const r = i < centred ? 0 : around ? 1 : 3;
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
): DrawnGraph {
  const graph = new Graph();
  merge(graph, initial);
  const renderer = new Sigma(graph, container, { renderEdgeLabels: false });
  const expanded = new Set<string>();
  let live = true;
  let last = '';
  // Reported after every render, when anything moved or changed: sigma re-frames the whole graph
  // when nodes are added or the canvas is resized, and the list beside it follows.
  const report = () => {
    const nodes = graph.mapNodes((id, a): DrawnNode => {
      const { label, kind, x, y } = a as NodeAttributes;
      const at = renderer.graphToViewport({ x, y });
      const px = { x: Math.round(at.x), y: Math.round(at.y) };
      return { id, kind, label, ...px, expanded: expanded.has(id) };
    });
    const key = JSON.stringify(nodes);
    if (key === last) return;
    last = key;
    hooks.onChange(nodes);
  };
  renderer.on('afterRender', report);
  const expand = async (node: string) => {
    if (!graph.hasNode(node) || expanded.has(node)) return;
    const at = graph.getNodeAttributes(node) as NodeAttributes;
    const g = await hooks.expand(node);
    if (!live) return;
    expanded.add(node);
    merge(graph, g, at);
    // Re-frame and draw now, so the positions reported are those of the new drawing.
    renderer.refresh();
    report();
  };
  // A node whose neighbours cannot be read stays as it is; the list beside the graph still offers it.
  renderer.on('clickNode', ({ node }) => void expand(node).catch(() => undefined));
  renderer.on('doubleClickNode', ({ node }) => {
    const { kind } = graph.getNodeAttributes(node) as NodeAttributes;
    hooks.open(node, kind);
  });
  report();
  return {
    expand,
    dispose: () => {
      live = false;
      renderer.kill();
    },
  };
}
