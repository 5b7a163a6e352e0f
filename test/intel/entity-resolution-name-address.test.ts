// Records filed with the same name (normalised) at the same full address in one country are one
// entity however many they are: a shipper filing without EORI, VAT or IMO has more records at its
// address and telephone than the block cap, and none of its pairs was scored. A common name at
// other addresses, contradicting identifiers and an analyst's split still keep records apart.
import { describe, expect, it } from 'vitest';
import { MAX_BLOCK } from '../../src/intel/resolution/candidate-pairs.ts';
import {
  DEFAULT_WEIGHTS,
  resolveParties,
  splitDecisions,
  type PartyRecord,
  type ResolvedEntity,
} from '../../src/intel/resolution/index.ts';

const gangwan = { street: '69 Gangwan Avenue', city: 'Yiwu', postcode: '3220', country: 'CN' };
const hongqiao = { street: '373 Hongqiao Avenue', city: 'Yiwu', postcode: '3220', country: 'CN' };
const dongguan = {
  street: 'Building 109, Keji Industrial Park',
  city: 'Dongguan',
  postcode: '5230',
  country: 'CN',
};
const SPELLINGS = ['Manufacturing Li Co., Ltd.', 'MANUFACTURING LI CO LTD', 'Manufacturing Li'];

/** A shipper's records, as carriers retype its name, at one address with one switchboard. */
const shipper = (prefix: string, n: number, address: PartyRecord['address'], phone: string) =>
  Array.from({ length: n }, (_, i): PartyRecord => ({
    id: `${prefix}${String(i).padStart(3, '0')}`,
    name: SPELLINGS[i % 7 === 0 ? 1 + (i % 2) : 0] ?? '',
    ...(address ? { address } : {}),
    phone,
    email: `${prefix}@manufacturingltd.cn`,
  }));

const entityOf = (entities: readonly ResolvedEntity[], id: string) =>
  entities.find((e) => e.memberIds.includes(id));

describe('records filed with one name at one address', () => {
  it('resolves 64 records of a shipper without identifiers into one entity, told in one line', () => {
    const records = shipper('y', 64, gangwan, '+86 43 180 3336');
    expect(records.length).toBeGreaterThan(MAX_BLOCK);
    const { entities, candidatePairs } = resolveParties(records);
    expect(entities).toHaveLength(1);
    expect(candidatePairs).toBe(0);
    expect(entities[0]?.links).toEqual([]);
    expect(entities[0]?.sameNameAndAddress).toEqual([
      {
        name: 'Manufacturing Li Co., Ltd.',
        address: '69 Gangwan Avenue, 3220 Yiwu',
        country: 'CN',
        records: 64,
        elsewhere: 0,
      },
    ]);
  });

  it('keeps a common name at other addresses, and a name at an incomplete address, apart', () => {
    const records = [
      ...shipper('y', 64, gangwan, '+86 43 180 3336'),
      ...shipper('h', 7, hongqiao, '+86 39 706 9593'),
      ...shipper('d', 5, dongguan, '+86 96 194 6047'),
      { id: 'c1', name: 'Manufacturing Li Co., Ltd.', address: { city: 'Yiwu', country: 'CN' } },
      { id: 'c2', name: 'Manufacturing Li Co., Ltd.', address: { city: 'Yiwu', country: 'CN' } },
    ];
    const { entities } = resolveParties(records);
    expect(entityOf(entities, 'y000')?.memberIds).toHaveLength(64);
    expect(entityOf(entities, 'h000')?.memberIds).toHaveLength(7);
    expect(entityOf(entities, 'd000')?.memberIds).toHaveLength(5);
    expect(entityOf(entities, 'c1')?.memberIds).toEqual(['c1']);
    expect(entities).toHaveLength(5);
  });

  it('keeps apart records whose EORI contradicts, and joins a record without one', () => {
    const base = { name: 'Kempen Koel NV', address: { ...gangwan, country: 'BE' } };
    const records: PartyRecord[] = [
      { id: 'a', ...base, eori: 'BE0123456789' },
      { id: 'b', ...base, eori: 'BE0999999999' },
      { id: 'c', ...base },
    ];
    const { entities } = resolveParties(records);
    expect(entityOf(entities, 'a')?.memberIds).toEqual(['a', 'c']);
    expect(entityOf(entities, 'b')?.memberIds).toEqual(['b']);
    expect(entityOf(entities, 'a')?.sameNameAndAddress[0]).toMatchObject({
      records: 2,
      elsewhere: 1,
    });
  });

  it("respects an analyst's split of identical records", () => {
    const records = shipper('y', 64, gangwan, '+86 43 180 3336');
    const ids = records.map((r) => r.id);
    const { entities } = resolveParties(records, {
      decisions: splitDecisions(ids, ['y003', 'y004']),
    });
    expect(entityOf(entities, 'y003')?.memberIds).toEqual(['y003', 'y004']);
    expect(entityOf(entities, 'y000')?.memberIds).toHaveLength(62);
  });

  it('joins nothing directly when a name and an address would not link two records', () => {
    const records = shipper('y', 64, gangwan, '+86 43 180 3336');
    const weights = { ...DEFAULT_WEIGHTS, threshold: DEFAULT_WEIGHTS.name + 0.5 };
    const { entities } = resolveParties(records, { weights });
    expect(entities).toHaveLength(64);
  });
});
