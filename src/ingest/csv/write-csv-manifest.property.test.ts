// Property: any consignments the CSV manifest format can carry survive core → CSV → core and
// read back without errors, whatever commas, quotes and line breaks their texts hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Consignment, GoodsItem } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import type { Party } from '../../core/cargo/party.ts';
import {
  containerCheckDigit,
  type ContainerNumber,
} from '../../core/identifiers/container-number.ts';
import type { CountryCode } from '../../core/identifiers/country-code.ts';
import type { Eori } from '../../core/identifiers/eori.ts';
import type { HsCode } from '../../core/identifiers/hs-code.ts';
import type { Scac } from '../../core/identifiers/scac.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import { PARTY_COLUMN_ROLES } from './csv-columns.ts';
import { parseCsvManifest } from './parse-csv-manifest.ts';
import { writeCsvManifest } from './write-csv-manifest.ts';

/** Cells are trimmed on reading, so texts neither start nor end with white space. */
const text = fc
  .string({
    unit: fc.constantFrom('a', 'Z', 'ü', '7', ' ', ',', ';', '"', '\n', '-'),
    minLength: 1,
    maxLength: 16,
  })
  .filter((s) => s.trim() === s && s !== '');
const code = fc.stringMatching(/^[A-Z0-9]{1,12}$/);
const locode = fc.constantFrom(
  'BEANR',
  'NLRTM',
  'ECGYE',
  'COCTG',
  'PAMIT',
) as fc.Arbitrary<UnLocode>;
const weight = fc
  .double({ min: 0, max: 40_000, noNaN: true, noDefaultInfinity: true })
  .filter((n) => !Object.is(n, -0));
const container = fc.integer({ min: 0, max: 999_999 }).map((n) => {
  const first10 = `MSKU${String(n).padStart(6, '0')}`;
  return `${first10}${containerCheckDigit(first10)}` as ContainerNumber;
});

const party = (role: Party['role']) =>
  fc
    .record(
      {
        name: text,
        street: text,
        city: text,
        postcode: code,
        country: fc.constantFrom('BE', 'EC', 'CO', 'NL') as fc.Arbitrary<CountryCode>,
        eori: fc.stringMatching(/^BE\d{10}$/) as fc.Arbitrary<Eori>,
      },
      { requiredKeys: ['name'] },
    )
    .map(({ name, eori, ...address }): Party => ({
      role,
      name,
      ...(Object.keys(address).length > 0 ? { address } : {}),
      ...(eori === undefined ? {} : { identifiers: { eori } }),
    }));

const equipmentFields = fc.record(
  {
    isoSizeType: fc.constantFrom('45R1', '22G1', '45G1'),
    seals: fc.array(
      code.map((number) => ({ number })),
      { maxLength: 3 },
    ),
    reefer: fc
      .integer({ min: -700, max: 400 })
      .map((t) => ({ temperatureC: t / 10, active: true })),
  },
  { requiredKeys: ['seals'] },
);

const goodsFields = fc.record(
  {
    hsCode: fc.stringMatching(/^(\d{6}|\d{8}|\d{10})$/) as fc.Arbitrary<HsCode>,
    description: text,
    packages: fc.record(
      { count: fc.nat(100_000), kind: fc.constantFrom('CT', 'BG', 'PK') },
      { requiredKeys: ['count'] },
    ),
    grossWeightKg: weight,
    volumeM3: weight,
    marks: text,
    containerNumbers: fc.uniqueArray(container, { maxLength: 3 }),
  },
  { requiredKeys: ['description', 'packages', 'containerNumbers'] },
);

const consignment = fc
  .record({
    bill: fc.record(
      {
        masterBillNumber: code,
        carrier: fc.stringMatching(/^[A-Z]{4}$/) as fc.Arbitrary<Scac>,
        bookingReference: text,
        voyageNumber: code,
      },
      { requiredKeys: [] },
    ),
    billKind: fc.constantFrom('master', 'house'),
    route: fc.record({
      portOfLoading: locode,
      transshipmentPorts: fc.array(locode, { maxLength: 2 }),
      portOfDischarge: locode,
    }),
    parties: fc.tuple(...PARTY_COLUMN_ROLES.map((r) => fc.option(party(r), { nil: undefined }))),
    goods: fc.array(goodsFields, { minLength: 1, maxLength: 4 }),
    equipment: equipmentFields,
  })
  .map(({ bill, billKind, route, parties, goods, equipment }): Omit<Consignment, 'billNumber'> => {
    const items = goods.map((g, i): GoodsItem => ({ ...g, sequence: i + 1 }));
    const boxes = [...new Set(items.flatMap((g) => g.containerNumbers))];
    return {
      ...bill,
      billKind,
      route,
      parties: parties.filter((p): p is Party => p !== undefined),
      goods: items,
      equipment: boxes.map((containerNumber): Equipment => ({ containerNumber, ...equipment })),
    };
  });

describe('CSV manifest writer round-trips any representable consignments', () => {
  it('core → CSV → core', () => {
    fc.assert(
      fc.property(fc.array(consignment, { minLength: 1, maxLength: 4 }), (drafts) => {
        const consignments = drafts.map((c, i): Consignment => ({ ...c, billNumber: `BILL-${i}` }));
        const back = parseCsvManifest(writeCsvManifest(consignments));
        expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(back.records.consignments).toEqual(consignments);
      }),
      { numRuns: 150 },
    );
  });
});
