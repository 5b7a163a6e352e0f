/**
 * fast-check arbitraries for consignments, equipment and container events shaped as the
 * EDIFACT writers can carry them (what a message cannot hold, e.g. seal types, is left out).
 */
import fc from 'fast-check';
import type {
  Consignment,
  Equipment,
  GoodsItem,
  Party,
  PartyRole,
  Seal,
} from '../../../../core/cargo/index.ts';
import type { ImoNumber } from '../../../../core/identifiers/index.ts';
import {
  codeArb,
  containerNumber,
  countryArb,
  eoriArb,
  hsArb,
  kgArb,
  locodeArb,
  opt,
  ownerArb,
  scacArb,
  textArb,
} from './identifier-arbitraries.ts';

const sealArb: fc.Arbitrary<Seal> = fc
  .tuple(codeArb, fc.option(fc.constantFrom('CAR', 'SHI', 'CUS', 'PHY', 'VET'), { nil: undefined }))
  .map(([number, source]) => (source === undefined ? { number } : { number, source }));

const addressArb = fc
  .record(
    {
      street: textArb(35),
      city: textArb(35),
      postcode: codeArb,
      region: textArb(9),
      country: countryArb,
    },
    { requiredKeys: [] },
  )
  .filter((a) => Object.keys(a).length > 0);

const identifiersArb = fc
  .record(
    {
      eori: eoriArb,
      vat: codeArb,
      other: fc.dictionary(fc.constantFrom('DUNS', 'LEI', 'TIN'), codeArb, { minKeys: 1 }),
    },
    { requiredKeys: [] },
  )
  .filter((i) => Object.keys(i).length > 0);

export const partyArb = (role: PartyRole): fc.Arbitrary<Party> =>
  fc
    .tuple(
      textArb(120),
      opt('address', addressArb),
      opt('identifiers', identifiersArb),
      opt('phone', codeArb),
      opt('email', fc.constant('ops@example.com')),
    )
    .map(([name, ...rest]) => Object.assign({ role, name }, ...rest) as Party);

/** A unit without its number (assigned later so numbers are unique across a whole message). */
export const unitArb = (aboard: boolean) =>
  fc
    .tuple(
      opt('isoSizeType', fc.constantFrom('22G1', '45G1', '45R1', '42G1')),
      opt('fullEmpty', fc.constantFrom('full' as const, 'empty' as const)),
      aboard ? fc.constant([]) : fc.array(sealArb, { maxLength: 2 }),
      opt(
        'reefer',
        fc
          .integer({ min: -250, max: 250 })
          .map((t) => ({ temperatureC: t / 10 || 0, active: true })),
      ),
      opt('grossWeightKg', kgArb),
      opt('tareWeightKg', kgArb),
      opt('vgmKg', kgArb),
      aboard ? aboardArb : fc.constant({}),
    )
    .map(
      ([size, fe, seals, ...rest]) =>
        Object.assign({ seals }, size, fe, ...rest) as Omit<Equipment, 'containerNumber'>,
    );

const aboardArb = fc
  .tuple(
    fc.integer({ min: 10000, max: 999999 }),
    locodeArb,
    locodeArb,
    fc.option(
      fc.constantFrom({ unNumber: '1203', imdgClass: '3' }, { unNumber: '2735', imdgClass: '8' }),
      { nil: undefined },
    ),
  )
  .map(([cell, pol, pod, dg]) => ({
    stowagePosition: String(cell).padStart(7, '0'),
    portOfLoading: pol,
    portOfDischarge: pod,
    ...(dg ? { dangerousGoods: [dg] } : {}),
  }));

const goodsArb = fc.tuple(
  textArb(600),
  fc.integer({ min: 1, max: 5000 }),
  opt('kind', fc.constantFrom('CT', 'BG', 'PK')),
  opt('hsCode', hsArb),
  opt('grossWeightKg', kgArb),
  opt('netWeightKg', kgArb),
  opt(
    'volumeM3',
    fc.integer({ min: 1, max: 700 }).map((v) => v / 10),
  ),
  opt('marks', textArb(60)),
  fc.array(fc.nat(2), { maxLength: 2 }),
);

const routeArb = fc
  .tuple(
    locodeArb,
    fc.array(locodeArb, { maxLength: 2 }),
    locodeArb,
    opt('placeOfReceipt', locodeArb),
    opt('placeOfDelivery', locodeArb),
  )
  .map(([portOfLoading, transshipmentPorts, portOfDischarge, r, d]) => ({
    portOfLoading,
    transshipmentPorts,
    portOfDischarge,
    ...r,
    ...d,
  }));

const OTHER_ROLES: PartyRole[] = ['shipper', 'consignee', 'notify', 'forwarder', 'agent'];

type GoodsRaw = typeof goodsArb extends fc.Arbitrary<infer T> ? T : never;

function assembleGoods(raw: readonly GoodsRaw[], units: readonly Equipment[]): GoodsItem[] {
  return raw.map(([description, count, kind, hs, g, n, v, marks, extra], i) => {
    const own = i === raw.length - 1 ? units.slice(i) : units.slice(i, i + 1);
    const more = extra.flatMap((k) => units[k] ?? []);
    const containerNumbers = [...new Set([...own, ...more].map((u) => u.containerNumber))];
    return {
      sequence: i + 1,
      description,
      packages: { count, ...kind },
      containerNumbers,
      ...hs,
      ...g,
      ...n,
      ...v,
      ...marks,
    };
  });
}

export interface VoyageRef {
  readonly vesselImo: ImoNumber;
  readonly voyageNumber: string;
}

const valueArb = fc.record({
  amount: fc.integer({ min: 1, max: 9_999_999 }).map((a) => a / 100),
  currency: fc.constantFrom('USD', 'EUR'),
});

const partiesArb = fc
  .tuple(
    fc.option(partyArb('carrier'), { nil: undefined }),
    fc.subarray(OTHER_ROLES, { minLength: 1 }).chain((roles) => fc.tuple(...roles.map(partyArb))),
  )
  // The writer puts the carrier's NAD first, so a generated carrier comes first too.
  .map(([carrier, others]): Party[] => [...(carrier ? [carrier] : []), ...others]);

const billsArb = fc
  .tuple(codeArb, fc.boolean(), codeArb)
  .map(([bill, house, master]) =>
    house
      ? { billNumber: `H${bill}`, billKind: 'house' as const, masterBillNumber: master }
      : { billNumber: bill, billKind: 'master' as const },
  );

const draftArb = fc.record({
  bills: billsArb,
  extras: fc.tuple(
    opt('carrier', scacArb),
    opt('bookingReference', codeArb),
    opt('declaredValue', valueArb),
    opt('freightPrepaid', fc.boolean()),
  ),
  route: routeArb,
  parties: partiesArb,
  goods: fc.array(goodsArb, { minLength: 1, maxLength: 4 }),
  units: fc.array(unitArb(false), { minLength: 1, maxLength: 3 }),
  owner: ownerArb,
  base: fc.integer({ min: 0, max: 900000 }),
});

function assembleConsignment(d: Draft, index: number, voyage: VoyageRef): Consignment {
  const units = d.units.map((u, i) => ({
    ...u,
    containerNumber: containerNumber(d.owner, d.base + index * 10 + i),
  }));
  const goods = assembleGoods(d.goods, units);
  const used = [...new Set(goods.flatMap((g) => g.containerNumbers))];
  const equipment = used.map((n) => units.find((u) => u.containerNumber === n) as Equipment);
  return Object.assign(
    { ...d.bills, ...voyage, route: d.route, parties: d.parties, goods, equipment },
    ...d.extras,
  ) as Consignment;
}

type Draft = typeof draftArb extends fc.Arbitrary<infer T> ? T : never;

/** Consignments on one voyage with unique container numbers, each unit named by a goods item. */
export const consignmentsArb = (voyage: VoyageRef) =>
  fc
    .array(draftArb, { minLength: 1, maxLength: 4 })
    .map((drafts) => drafts.map((d, i) => assembleConsignment(d, i, voyage)))
    .filter(
      (cs) =>
        unique(cs.map((c) => c.billNumber)) &&
        unique(cs.flatMap((c) => c.equipment.map((e) => e.containerNumber))),
    );

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}
