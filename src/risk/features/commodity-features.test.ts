import { describe, expect, it } from 'vitest';
import type { Consignment, GoodsItem } from '../../core/cargo/consignment.ts';
import type { HsCode } from '../../core/identifiers/hs-code.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import { computeFeatures } from './compute-features.ts';
import type { PartyHistory, PartyRecord } from './history.ts';
import { containerNumber } from './testing/synthetic-consignments.ts';

const A = containerNumber('MSCU', 1);
const B = containerNumber('MSCU', 2);
const C = containerNumber('MSCU', 3);
const loc = (s: string) => s as UnLocode;

const item = (sequence: number, hsCode: string | undefined, container: string): GoodsItem => ({
  sequence,
  ...(hsCode ? { hsCode: hsCode as HsCode } : {}),
  description: `item ${sequence}`,
  packages: { count: 10 },
  containerNumbers: [container as GoodsItem['containerNumbers'][number]],
});

// A: bananas (chapter 08); B: frozen fish (03) with bananas; C: goods without an HS code.
const consignment: Consignment = {
  billNumber: 'MEDUEC777',
  billKind: 'master',
  route: { portOfLoading: loc('ECGYE'), transshipmentPorts: [], portOfDischarge: loc('BEANR') },
  parties: [
    { role: 'shipper', name: 'Bananera El Oro SA' },
    { role: 'consignee', name: 'Nordic Fish Import BV' },
  ],
  goods: [
    item(1, '08039010', A),
    item(2, '03038990', B),
    item(3, '08039010', B),
    item(4, undefined, C),
  ],
  equipment: [A, B, C].map((containerNumber) => ({ containerNumber, seals: [] })),
};

const record = (commodityShipments: number, chapters: Record<string, number>): PartyRecord => ({
  firstSeenAt: '2025-06-01T00:00:00Z',
  shipments: commodityShipments + 20,
  seizures: 0,
  hits: 0,
  commodityShipments,
  chapters,
});

/** The two features for each container, in equipment order. */
function novelty(parties: PartyHistory['parties']) {
  return computeFeatures({
    consignment,
    events: [],
    history: { parties },
    now: Date.parse('2026-03-10T00:00:00Z'),
  }).map((f) => [f.values.consigneeNewCommodity, f.values.shipperNewCommodity]);
}

describe('new-commodity features', () => {
  it('flag a party with three or more prior shipments, none in any chapter of the container', () => {
    const fishOnly = record(12, { '03': 12 });
    const bananasOnly = record(3, { '08': 3 });
    expect(novelty({ consignee: fishOnly, shipper: bananasOnly })).toEqual([
      [true, false],
      [false, false],
      [undefined, undefined],
    ]);
  });

  it('are missing for a party with fewer than three shipments, or one never seen', () => {
    expect(novelty({ consignee: record(2, { '03': 2 }) })).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('count only the shipments whose chapters were kept, not the older history', () => {
    const older = { firstSeenAt: '2024-01-01T00:00:00Z', shipments: 40, seizures: 0, hits: 0 };
    expect(
      novelty({ consignee: older, shipper: { ...older, commodityShipments: 0, chapters: {} } }),
    ).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    // Shipments without an HS code still count as prior shipments: none was in chapter 08.
    expect(novelty({ consignee: record(3, {}) })[0]).toEqual([true, undefined]);
  });
});
