import { describe, expect, it } from 'vitest';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { ContainerEvent } from '../../core/cargo/events.ts';
import type { CountryCode } from '../../core/identifiers/country-code.ts';
import type { HsCode } from '../../core/identifiers/hs-code.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import { computeFeatures } from './compute-features.ts';
import type { FeatureInput } from './feature-input.ts';
import { FEATURES } from './feature-schema.ts';
import { containerNumber } from './testing/synthetic-consignments.ts';
import { MODEL_COLUMNS, toModelRow } from './to-model-row.ts';

const NOW = Date.parse('2026-03-10T00:00:00Z');
const A = containerNumber('MSCU', 1);
const B = containerNumber('MSCU', 2);
const loc = (s: string) => s as UnLocode;

const consignment: Consignment = {
  billNumber: 'MEDUEC123',
  billKind: 'master',
  bookedAt: '2026-02-20T10:00:00Z',
  route: {
    portOfLoading: loc('ECGYE'),
    transshipmentPorts: [loc('PAPTY')],
    portOfDischarge: loc('BEANR'),
  },
  parties: [
    { role: 'shipper', name: 'Frutas del Sol SA', address: { country: 'EC' as CountryCode } },
    { role: 'consignee', name: 'Fresh Import BV', address: { country: 'BE' as CountryCode } },
  ],
  goods: [
    {
      sequence: 1,
      hsCode: '08039010' as HsCode,
      description: 'Fresh bananas',
      packages: { count: 1000, kind: 'CT' },
      grossWeightKg: 20000,
      containerNumbers: [A],
    },
    {
      sequence: 2,
      hsCode: '09011100' as HsCode,
      description: 'Coffee',
      packages: { count: 100 },
      grossWeightKg: 6000,
      containerNumbers: [B],
    },
  ],
  equipment: [
    {
      containerNumber: A,
      isoSizeType: '45R1',
      seals: [{ number: 'S1' }],
      reefer: { temperatureC: 13.5, active: true },
      grossWeightKg: 26000,
    },
    { containerNumber: B, isoSizeType: '22G1', seals: [{ number: 'S9' }], grossWeightKg: 6000 },
  ],
};

const ev = (
  container: string,
  eventType: ContainerEvent['eventType'],
  at: string,
  location: string,
  seal = 'S1',
): ContainerEvent => ({
  eventType,
  classifier: 'ACT',
  containerNumber: container as ContainerEvent['containerNumber'],
  eventAt: at,
  location: loc(location),
  seals: [{ number: seal }],
});

const events: ContainerEvent[] = [
  ev(A, 'LOAD', '2026-02-24T10:00:00Z', 'ECGYE'),
  ev(A, 'DISC', '2026-02-28T10:00:00Z', 'PAPTY'),
  ev(A, 'LOAD', '2026-03-08T10:00:00Z', 'PAPTY', 'S2'),
  ev(A, 'DISC', '2026-03-09T10:00:00Z', 'COCTG', 'S2'),
  ev(B, 'DISC', '2026-03-01T00:00:00Z', 'BEANR', 'S9'),
  ev(B, 'GTIN', '2026-03-01T00:00:00Z', 'NLRTM', 'S9'),
  { ...ev(A, 'LOAD', '2026-03-01T00:00:00Z', 'USNYC'), classifier: 'PLN' },
];

const input: FeatureInput = {
  consignment,
  events,
  history: {
    parties: {
      consignee: { firstSeenAt: '2026-01-09T00:00:00Z', shipments: 3, seizures: 1, hits: 2 },
    },
    route: { shipments: 200, seizures: 2, dwellP95Hours: 120 },
  },
  lookoutHits: [
    {
      lookoutId: 'L1',
      ownerAgency: 'BE-CUS',
      mandatoryHold: false,
      reason: 'shipper',
      containerNumber: B,
    },
    { lookoutId: 'L2', ownerAgency: 'US-CBP', mandatoryHold: false, reason: 'bill' },
  ],
  watchlistHits: [{ listName: 'OFAC SDN', entryName: 'X', partyRole: 'shipper', score: 0.95 }],
  filedAt: '2026-02-23T22:00:00Z',
  arrivalAt: '2026-03-12T22:00:00Z',
  historySince: '2025-06-01T00:00:00Z',
  now: NOW,
};

describe('computeFeatures', () => {
  const [a, b] = computeFeatures(input);

  it('returns one vector per container with every schema feature present', () => {
    expect(a?.containerNumber).toBe(A);
    expect(b?.containerNumber).toBe(B);
    expect(Object.keys(a!.values)).toEqual(FEATURES.map((f) => f.name));
  });

  it('describes the route', () => {
    const v = a!.values;
    expect(v.routePattern).toBe('ECGYE>PAPTY>BEANR');
    expect(v.originCountry).toBe('EC');
    expect(v.transshipmentPorts).toEqual(['PAPTY']);
    expect(v.transshipmentCount).toBe(1);
    expect(v.routeCountries).toEqual(['EC', 'PA', 'BE']);
    expect(v.sourceRegion).toBe('south-america');
    expect(v.originHighRisk).toBe(true);
    expect(v.viaHighRiskHub).toBe(true);
    expect(v.routeSeizureRate).toBeCloseTo(0.01);
  });

  it('reads goods and equipment per container', () => {
    expect(a!.values.coverLoad).toBe('bananas');
    expect(a!.values.hsHeading).toBe('0803');
    expect(a!.values.coverLoadFromSource).toBe(true);
    expect(a!.values.isReefer).toBe(true);
    expect(a!.values.reeferTemperatureC).toBe(13.5);
    expect(a!.values.weightPerPackageKg).toBe(20);
    expect(a!.values.weightMismatchRatio).toBeCloseTo(6000 / 26000);
    expect(b!.values.coverLoad).toBe('coffee');
    expect(b!.values.isReefer).toBe(false);
    expect(b!.values.weightMismatchRatio).toBe(0);
  });

  it('reads parties against history', () => {
    const v = a!.values;
    expect(v.firstShipmentShipper).toBe(true);
    expect(v.shipperAgeDays).toBe(0);
    expect(v.firstShipmentConsignee).toBe(false);
    expect(v.consigneeAgeDays).toBe(60);
    expect(v.partyPriorSeizures).toBe(1);
    expect(v.partyPriorHits).toBe(2);
    expect(v.partyHistoryDays).toBe(282);
  });

  it('tells how much party history the node holds, and no age it cannot know', () => {
    // Nine days of history: the shipper is the first this node counted, but may simply not
    // have shipped since; the ages are unknown.
    const [young] = computeFeatures({ ...input, historySince: '2026-03-01T00:00:00Z' });
    expect(young!.values).toMatchObject({
      partyHistoryDays: 9,
      shipperPriorShipments: 0,
      firstShipmentShipper: true,
    });
    expect(young!.values.shipperAgeDays).toBeUndefined();
    expect(young!.values.consigneeAgeDays).toBeUndefined();
    // None at all.
    const { historySince: _, ...none } = input;
    const [cold] = computeFeatures(none);
    expect(cold!.values.partyHistoryDays).toBe(0);
    expect(cold!.values.shipperAgeDays).toBeUndefined();
    // 68 days: new parties are new; the consignee, first seen 8 days after the history began,
    // may be older than that, so its age is unknown while its count is not.
    const [later] = computeFeatures({ ...input, historySince: '2026-01-01T00:00:00Z' });
    expect(later!.values).toMatchObject({
      partyHistoryDays: 68,
      firstShipmentShipper: true,
      shipperAgeDays: 0,
      firstShipmentConsignee: false,
      consigneePriorShipments: 3,
    });
    expect(later!.values.consigneeAgeDays).toBeUndefined();
    // First seen 14 days or more after the history began: its age is known.
    const [known] = computeFeatures({ ...input, historySince: '2025-12-26T00:00:00Z' });
    expect(known!.values.consigneeAgeDays).toBe(60);
  });

  it('measures timing against booking, loading and arrival', () => {
    expect(a!.values.bookingToFilingHours).toBe(3 * 24 + 12);
    expect(a!.values.filingToLoadingHours).toBe(12);
    expect(a!.values.lateFiling).toBe(true);
    expect(a!.values.filingToArrivalHours).toBe(17 * 24);
    expect(b!.values.filingToLoadingHours).toBeUndefined();
    expect(b!.values.lateFiling).toBeUndefined();
  });

  it('finds seal changes, long dwell and unplanned discharge, ignoring planned events', () => {
    const v = a!.values;
    expect(v.sealChanges).toBe(1);
    expect(v.maxDwellHours).toBe(8 * 24);
    expect(v.unusualDwell).toBe(true);
    expect(v.unplannedPorts).toEqual(['COCTG']);
    expect(v.discAtUnplannedPort).toBe(true);
    expect(v.missingLoad).toBe(false);
    expect(v.cloneSuspected).toBe(false);
  });

  it('flags discharge without load and a container at two places at once', () => {
    const v = b!.values;
    expect(v.missingLoad).toBe(true);
    expect(v.cloneSuspected).toBe(true);
    expect(v.eventAnomalies).toBe(1);
  });

  it('counts lookout hits per container and watchlist hits per consignment', () => {
    expect(a!.values.lookoutHits).toBe(1);
    expect(b!.values.lookoutHits).toBe(2);
    expect(a!.values.watchlistHits).toBe(1);
  });

  it('gives one vector for a consignment without equipment', () => {
    const vs = computeFeatures({ ...input, consignment: { ...consignment, equipment: [] } });
    expect(vs).toHaveLength(1);
    expect(vs[0]!.containerNumber).toBeUndefined();
    expect(vs[0]!.values.hsChapters).toEqual(['08', '09']);
    expect(vs[0]!.values.isReefer).toBeUndefined();
  });
});

describe('toModelRow', () => {
  it('lays numeric and categorical columns out in MODEL_COLUMNS order', () => {
    const [a] = computeFeatures(input);
    const row = toModelRow(a!);
    expect(row).toHaveLength(MODEL_COLUMNS.length);
    const at = (name: string) => row[MODEL_COLUMNS.findIndex((c) => c.name === name)];
    expect(at('originCountry')).toBe('EC');
    expect(at('isReefer')).toBe(1);
    expect(at('transshipmentCount')).toBe(1);
    expect(at('shipperCountry')).toBe('EC');
    expect(at('filingToArrivalHours')).toBe(408);
    expect(MODEL_COLUMNS.some((c) => c.name === 'routePattern')).toBe(false);
    const [, b] = computeFeatures(input);
    expect(
      toModelRow(b!)[MODEL_COLUMNS.findIndex((c) => c.name === 'reeferTemperatureC')],
    ).toBeNaN();
  });
});

describe('computeFeatures: a goods item stuffed in a 20-foot and two 40-foot reefers', () => {
  const C = containerNumber('MSCU', 3);
  const reefer = { temperatureC: 13.3, active: true };
  // 9 000 kg of bananas in the 20', 19 000 kg in each 40': 47 000 kg declared for the three.
  const bananas: Consignment = {
    ...consignment,
    goods: [
      {
        sequence: 1,
        hsCode: '08039010' as HsCode,
        description: 'Fresh bananas',
        packages: { count: 2350, kind: 'CT' },
        grossWeightKg: 47000,
        containerNumbers: [A, B, C],
      },
    ],
    equipment: [
      {
        containerNumber: A,
        isoSizeType: '22R1',
        seals: [],
        reefer,
        tareWeightKg: 3050,
        vgmKg: 12050,
      },
      {
        containerNumber: B,
        isoSizeType: '45R1',
        seals: [],
        reefer,
        tareWeightKg: 4800,
        vgmKg: 23800,
      },
      {
        containerNumber: C,
        isoSizeType: '45R1',
        seals: [],
        reefer,
        tareWeightKg: 4800,
        vgmKg: 23800,
      },
    ],
  };
  const features = (c: Consignment) =>
    computeFeatures({ ...input, consignment: c, lookoutHits: [] }).map((f) => f.values);

  it('parts the declared weight by each container cargo, not in equal thirds', () => {
    const [twenty, forty] = features(bananas);
    expect(twenty!.declaredWeightKg).toBeCloseTo(9000);
    expect(twenty!.equipmentWeightKg).toBe(9000);
    expect(twenty!.weightMismatchRatio).toBeCloseTo(0);
    expect(twenty!.packageCount).toBeCloseTo(450);
    expect(twenty!.weightPerPackageKg).toBeCloseTo(20);
    expect(forty!.declaredWeightKg).toBeCloseTo(19000);
    expect(forty!.weightMismatchRatio).toBeCloseTo(0);
  });

  it("gives each container the item's gap when the equipment weighs more than declared", () => {
    const heavier = bananas.equipment.map((e, i) => (i === 1 ? { ...e, vgmKg: 23800 + 4700 } : e));
    const values = features({ ...bananas, equipment: heavier });
    for (const v of values) expect(v.weightMismatchRatio).toBeCloseTo(4700 / 51700);
  });

  it('parts equally when the equipment does not weigh every container', () => {
    const unweighed = bananas.equipment.map((e, i) =>
      i === 2 ? { containerNumber: C, isoSizeType: '45R1', seals: [] } : e,
    );
    const [twenty] = features({ ...bananas, equipment: unweighed });
    expect(twenty!.declaredWeightKg).toBeCloseTo(47000 / 3);
  });
});
