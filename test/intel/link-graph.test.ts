import { describe, expect, it } from 'vitest';
import {
  buildLinkGraph,
  neighbourhood,
  nodeId,
  seizureNetwork,
  shortestPaths,
  subgraph,
  type GraphConsignment,
} from '../../src/intel/graph/index.ts';

const party = (entityId: string, phone: string, street: string) => ({
  entityId,
  name: entityId,
  role: 'consignee',
  phone,
  address: { street, city: 'Antwerpen', country: 'BE' },
});

// Two front consignees share a telephone; a seizure hits the first one's container.
const consignments: GraphConsignment[] = [
  {
    id: 'c1',
    billNumber: 'B1',
    vesselImo: '9000001',
    containers: ['MSCU1234567'],
    parties: [
      party('front-a', '+32 3 111 2222', 'Kaai 1'),
      party('shipper-x', '+593 4 555 6666', 'Av 9'),
    ],
  },
  {
    id: 'c2',
    billNumber: 'B2',
    vesselImo: '9000001',
    containers: ['MSCU7654321'],
    parties: [party('front-b', '0032 3 1112222', 'Dok 5')],
  },
  {
    id: 'c3',
    billNumber: 'B3',
    vesselImo: '9000002',
    containers: ['TGHU0000001'],
    parties: [party('clean-c', '+32 9 999 9999', 'Markt 3')],
  },
];
const g = buildLinkGraph({
  consignments,
  seizures: [{ id: 's1', containerNumber: 'MSCU1234567', label: '120 kg cocaine' }],
  directors: [{ entityId: 'front-b', person: 'J. Peeters' }],
});
const company = (id: string) => nodeId('company', id);

describe('link graph', () => {
  it('links companies through shared contacts', () => {
    const near = neighbourhood(g, company('front-a'), 2);
    expect(near).toContain(company('front-b'));
    expect(near).not.toContain(company('clean-c'));
    const view = subgraph(g, near);
    expect(view.edges.some((e) => e.kind === 'reached-at' && e.target.startsWith('phone:'))).toBe(
      true,
    );
  });

  it('finds the shortest paths between two entities', () => {
    const paths = shortestPaths(g, company('front-a'), company('front-b'));
    expect(paths.length).toBeGreaterThanOrEqual(1);
    expect(paths[0]).toHaveLength(3);
    expect(paths[0]?.[1]).toMatch(/^phone:/);
    expect(shortestPaths(g, company('front-a'), company('clean-c'), 2)).toEqual([]);
  });

  it('reaches from a seizure to the network behind it', () => {
    const net = seizureNetwork(g, nodeId('seizure', 's1'), 2);
    expect(net).toContain(company('front-a'));
    expect(net).toContain(company('front-b'));
    expect(net).not.toContain(company('clean-c'));
  });
});
