/** Link graphs of cargo and the people behind it, and the queries analysts run on them. */
export {
  NODE_KINDS,
  EDGE_KINDS,
  nodeId,
  nodeOf,
  subgraph,
  type NodeKind,
  type EdgeKind,
  type GraphNode,
  type GraphEdge,
  type LinkGraph,
} from './link-graph.ts';
export {
  buildLinkGraph,
  type GraphConsignment,
  type GraphParty,
  type GraphSeizure,
  type GraphDirector,
  type LinkGraphInput,
} from './build-link-graph.ts';
export {
  neighbourhood,
  shortestPaths,
  communities,
  seizureNetwork,
  type Community,
} from './graph-queries.ts';
