/**
 * Builds the link graph from consignments whose parties are already resolved to entities, with
 * the seizures recorded against containers and any known directors.
 */
import { normalizeAddress, type AddressInput } from '../normalize/normalize-address.ts';
import { identifierKeys } from '../resolution/identifier-keys.ts';
import { addEdge, addNode, createLinkGraph, type LinkGraph } from './link-graph.ts';

export interface GraphParty {
  readonly entityId: string;
  readonly name: string;
  readonly role: string;
  readonly address?: AddressInput;
  readonly phone?: string;
  readonly email?: string;
}

export interface GraphConsignment {
  readonly id: string;
  readonly billNumber: string;
  readonly vesselImo?: string;
  readonly vesselName?: string;
  readonly containers: readonly string[];
  readonly parties: readonly GraphParty[];
}

export interface GraphSeizure {
  readonly id: string;
  readonly containerNumber: string;
  readonly label: string;
}

export interface GraphDirector {
  readonly entityId: string;
  readonly person: string;
}

export interface LinkGraphInput {
  readonly consignments: Iterable<GraphConsignment>;
  readonly seizures?: Iterable<GraphSeizure>;
  readonly directors?: Iterable<GraphDirector>;
}

function addParty(g: LinkGraph, consignment: string, p: GraphParty): void {
  const company = addNode(g, 'company', p.entityId, p.name);
  addEdge(g, company, consignment, 'party-to');
  if (p.address) {
    const key = normalizeAddress(p.address);
    if (key.street !== '' && key.city !== '') {
      const label = [p.address.street, p.address.city, p.address.country]
        .filter(Boolean)
        .join(', ');
      addEdge(g, company, addNode(g, 'address', key.key, label), 'located-at');
    }
  }
  const ids = identifierKeys(p);
  const phone = ids.get('phone');
  if (phone !== undefined && p.phone)
    addEdge(g, company, addNode(g, 'phone', phone, p.phone), 'reached-at');
  const email = ids.get('email');
  if (email !== undefined) addEdge(g, company, addNode(g, 'email', email, email), 'reached-at');
}

export function buildLinkGraph(input: LinkGraphInput): LinkGraph {
  const g = createLinkGraph();
  for (const c of input.consignments) {
    const consignment = addNode(g, 'consignment', c.id, c.billNumber);
    for (const p of c.parties) addParty(g, consignment, p);
    for (const n of c.containers)
      addEdge(g, consignment, addNode(g, 'container', n, n), 'carried-in');
    if (c.vesselImo)
      addEdge(
        g,
        consignment,
        addNode(g, 'vessel', c.vesselImo, c.vesselName ?? `IMO ${c.vesselImo}`),
        'shipped-on',
      );
  }
  for (const s of input.seizures ?? [])
    addEdge(
      g,
      addNode(g, 'seizure', s.id, s.label),
      addNode(g, 'container', s.containerNumber, s.containerNumber),
      'seized-from',
    );
  for (const d of input.directors ?? [])
    addEdge(
      g,
      addNode(g, 'person', d.person, d.person),
      addNode(g, 'company', d.entityId, d.entityId),
      'director-of',
    );
  return g;
}
