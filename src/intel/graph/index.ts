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
export { neighbourhood, shortestPaths, seizureNetwork } from './graph-queries.ts';
export {
  BINDING_KINDS,
  HUB_KINDS,
  REASON_KINDS,
  type BindingKind,
  type HubKind,
  type ReasonKind,
} from './community-kinds.ts';
export {
  buildPartyNetwork,
  BINDING_WEIGHT,
  DEALING_ROLES,
  DEFAULT_MAX_COMPANIES,
  REPEATED_DEALINGS,
  type Hub,
  type NetworkConsignment,
  type NetworkParty,
  type PartyNetwork,
  type PartyNetworkInput,
} from './party-network.ts';
export { partyCommunities, type PartyCommunity, type SharedBinding } from './party-communities.ts';
export {
  describeReason,
  rankCommunities,
  type CommunityReason,
  type CommunitySignals,
  type LookoutSignal,
  type RankedCommunity,
  type SeizureSignal,
  type WatchlistSignal,
} from './community-ranking.ts';
