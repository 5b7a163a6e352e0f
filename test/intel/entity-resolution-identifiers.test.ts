// Records sharing an EORI, VAT or IMO company number are one entity whatever their number, joined
// in linear time and explained once per identifier; clearly different names under one identifier
// are merged and recorded as a conflict; weak keys shared by more records than the block cap
// still produce no pairs, counted as the pairs scored (not timed).
import { describe, expect, it } from 'vitest';
import { MAX_BLOCK } from '../../src/intel/resolution/candidate-pairs.ts';
import {
  MAX_CONFLICT_NAMES,
  resolveParties,
  splitDecisions,
  type PartyRecord,
  type ResolvedEntity,
} from '../../src/intel/resolution/index.ts';

const EORI = 'BE0470140409';
const kallo = { street: 'Havenweg 3', city: 'Kallo', postcode: '9120', country: 'BE' };
const VARIANTS = [
  'Schelde Logistics BVBA',
  'SCHELDE LOGISTICS BVBA',
  'Schelde Logistics B.V.B.A.',
  'Schelde Logistics',
  'Schelde Lgoistics BVBA',
  'Schelde Logsitics BVBA',
];

/** A big forwarder's records: one EORI (spaced or dotted at times), one switchboard and address. */
const forwarder = (n: number): PartyRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `f${String(i).padStart(4, '0')}`,
    name: VARIANTS[i % VARIANTS.length] ?? '',
    address: kallo,
    eori: i % 7 === 0 ? 'BE 0470.140.409' : EORI,
    phone: '+32 3 896 0226',
    email: 'sales@scheldelogistics.be',
  }));

const UNRELATED = [
  'Acme Trading NV',
  'Polar Fish Export Ltda',
  'Kiwi Motors Ltd',
  'Delta Textiles SA',
  'Orion Spices Pvt Ltd',
  'Zenith Toys GmbH',
  'Umbra Paints BV',
  'Quercus Timber AB',
  'Nandi Tea Estates Ltd',
  'Bora Ceramics Srl',
];

const entityOf = (entities: readonly ResolvedEntity[], id: string) =>
  entities.find((e) => e.memberIds.includes(id));

describe('records sharing an exclusive identifier', () => {
  it('resolves 200 records sharing one EORI, with name variants, into one entity', () => {
    const { entities, candidatePairs } = resolveParties(forwarder(200));
    expect(entities).toHaveLength(1);
    const [e] = entities;
    expect(e?.memberIds).toHaveLength(200);
    // Told once, not as 199 pair links; and no record of it was paired with another.
    expect(e?.shared).toEqual([{ kind: 'eori', value: EORI, records: 200, elsewhere: 0 }]);
    expect(e?.links).toEqual([]);
    expect(e?.conflicts).toEqual([]);
    expect(candidatePairs).toBe(0);
  });

  it('pairs a few records sharing its switchboard with the forwarder, not its 200 records', () => {
    const visitors: PartyRecord[] = UNRELATED.slice(0, 10).map((other, i) => ({
      id: `v${i}`,
      // A spelling none of its records has: paired through the switchboard, not joined directly.
      name: i === 0 ? 'Schelde Logistic BVBA' : other,
      phone: '+32 3 896 0226',
      address: i === 0 ? kallo : { street: `Dok ${i}`, city: 'Antwerpen', country: 'BE' },
    }));
    const { entities, candidatePairs } = resolveParties([...forwarder(200), ...visitors]);
    // The forwarder stands in the switchboard's block once per distinct record (6 names).
    expect(candidatePairs).toBeLessThanOrEqual((VARIANTS.length + 10) ** 2 / 2);
    expect(entityOf(entities, 'v0')?.memberIds).toHaveLength(201);
    expect(entityOf(entities, 'v0')?.links.map((l) => l.b)).toEqual(['v0']);
    expect(entityOf(entities, 'v1')?.memberIds).toEqual(['v1']);
  });

  it('merges records sharing an EORI under unrelated names, and records the conflict', () => {
    const records: PartyRecord[] = [
      {
        id: 'a',
        name: 'Acme Trading BV',
        eori: 'NL812345678B01',
        address: { city: 'Rotterdam', country: 'NL' },
      },
      {
        id: 'b',
        name: 'Polar Fish Export Ltda',
        eori: 'NL812345678B01',
        address: { city: 'Callao', country: 'PE' },
      },
    ];
    const { entities } = resolveParties(records);
    expect(entities).toHaveLength(1);
    expect(entities[0]?.conflicts).toEqual([
      {
        identifiers: [{ kind: 'eori', value: 'NL812345678B01' }],
        name: { name: 'Acme Trading BV', countries: ['NL'], records: 1 },
        others: [{ name: 'Polar Fish Export Ltda', countries: ['PE'], records: 1 }],
        othersTotal: 1,
      },
    ]);
  });

  it('tells a conflict under an EORI and its VAT number once, with at most 5 other names', () => {
    const names = UNRELATED.slice(0, 7);
    const records: PartyRecord[] = [
      ...forwarder(20).map((r) => ({ ...r, vat: EORI })),
      ...names.map((name, i) => ({ id: `x${i}`, name, eori: EORI, vat: EORI })),
    ];
    const [e, more] = resolveParties(records).entities;
    expect(more).toBeUndefined();
    expect(e?.conflicts).toHaveLength(1);
    const [c] = e?.conflicts ?? [];
    expect(c?.identifiers.map((i) => i.kind)).toEqual(['eori', 'vat']);
    expect(c?.name).toMatchObject({ name: 'SCHELDE LOGISTICS BVBA', records: 14 });
    expect(c?.others).toHaveLength(MAX_CONFLICT_NAMES);
    expect(c?.othersTotal).toBe(names.length);
  });

  it('keeps apart records whose other exclusive identifier contradicts, and says so', () => {
    const records: PartyRecord[] = [
      { id: 'a', name: 'Acme Trading BV', eori: EORI, vat: 'BE0470140409' },
      { id: 'b', name: 'Acme Trading BV', eori: EORI },
      { id: 'c', name: 'Acme Trading BV', eori: EORI, vat: 'BE0999999999' },
    ];
    const { entities } = resolveParties(records);
    expect(entityOf(entities, 'a')?.memberIds).toEqual(['a', 'b']);
    expect(entityOf(entities, 'c')?.memberIds).toEqual(['c']);
    expect(entityOf(entities, 'c')?.shared).toContainEqual({
      kind: 'eori',
      value: EORI,
      records: 1,
      elsewhere: 2,
    });
  });

  it("respects an analyst's split of records sharing an EORI", () => {
    const records = forwarder(100);
    const ids = records.map((r) => r.id);
    const { entities } = resolveParties(records, { decisions: splitDecisions(ids, ['f0003']) });
    expect(entityOf(entities, 'f0003')?.memberIds).toEqual(['f0003']);
    expect(entityOf(entities, 'f0000')?.memberIds).toHaveLength(99);
    expect(entityOf(entities, 'f0000')?.shared[0]).toMatchObject({ records: 99, elsewhere: 1 });
  });
});

describe('weak keys above the block cap', () => {
  it('scores no pair for 500 records sharing only a switchboard and an address', () => {
    const records: PartyRecord[] = Array.from({ length: 500 }, (_, i) => ({
      id: `p${i}`,
      name: `Tenant ${i} Trading NV`,
      phone: '+32 3 200 0000',
      address: { street: 'Noorderlaan 1', city: 'Antwerpen', country: 'BE' },
    }));
    const { entities, candidatePairs } = resolveParties(records);
    expect(records.length).toBeGreaterThan(MAX_BLOCK);
    expect(candidatePairs).toBe(0);
    expect(entities).toHaveLength(500);
  });
});
