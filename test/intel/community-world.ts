/**
 * A small world for party communities: two shippers sharing a telephone ship to one consignee
 * (a ring); four companies of one group share an e-mail domain and an address (a family); 200
 * shippers share nothing but the vessel and a forwarder, whose records carry one telephone,
 * EORI and address (one company, joined by its EORI); and an importer deals twice with each of
 * twelve shippers (a party hub). All bills are on the same vessel.
 */
import type { Party } from '../../src/core/cargo/party.ts';
import type { Eori } from '../../src/core/identifiers/eori.ts';

export const RING_PHONE = '+593 4 222 3333';
export const RING = {
  shipperA: 'Exportadora Sol Andino S.A.',
  shipperB: 'Frutera Costa Azul Cia. Ltda.',
  consignee: 'Kempen Fresh Trading BV',
  bills: ['RING0001', 'RING0002'],
} as const;
export const FAMILY = {
  names: ['Kortrijk Koel BVBA', 'Mechelen Verse Groenten BV', 'Leuven Agro NV', 'Brugge Fruit BV'],
  domain: 'brabantgroup.be',
} as const;
export const FORWARDER = {
  name: 'Schelde Forwarding NV',
  phone: '+32 3 999 0000',
  eori: 'BE0999999999',
} as const;
export const CROWD = 200;
export const IMPORTER = { name: 'Groot Import NV', shippers: 12 } as const;

export interface WorldBill {
  readonly bill: string;
  readonly parties: readonly Party[];
}

type Address = NonNullable<Party['address']>;
const at = (street: string, city: string, country: string) =>
  ({ street, city, country }) as Address;
const shipper = (name: string, extra: Partial<Party> = {}): Party => ({
  role: 'shipper',
  name,
  ...extra,
});
const consignee = (name: string, extra: Partial<Party> = {}): Party => ({
  role: 'consignee',
  name,
  ...extra,
});
const pad = (i: number) => String(i).padStart(4, '0');

function ring(): WorldBill[] {
  const to = consignee(RING.consignee, {
    address: at('Kempenlaan 4', 'Geel', 'BE'),
    phone: '+32 14 555 1212',
  });
  return [
    {
      bill: RING.bills[0],
      parties: [
        shipper(RING.shipperA, {
          phone: RING_PHONE,
          address: at('Av. Quito 12', 'Guayaquil', 'EC'),
        }),
        to,
      ],
    },
    {
      bill: RING.bills[1],
      parties: [
        shipper(RING.shipperB, {
          phone: '00593 4 2223333',
          address: at('Calle Bolivar 7', 'Machala', 'EC'),
        }),
        to,
      ],
    },
  ];
}

function family(): WorldBill[] {
  return FAMILY.names.map((name, i) => ({
    bill: `FAM${pad(i)}`,
    parties: [
      shipper(`Hacienda Numero ${i + 1} S.A.`, { address: at(`Finca ${i + 1}`, 'Quevedo', 'EC') }),
      consignee(name, {
        email: `office${i}@${FAMILY.domain}`,
        address: at('Industrieweg 5', 'Geel', 'BE'),
      }),
    ],
  }));
}

function forwarder(): Party {
  return {
    role: 'forwarder',
    name: FORWARDER.name,
    phone: FORWARDER.phone,
    address: at('Havenstraat 300', 'Kallo', 'BE'),
    identifiers: { eori: FORWARDER.eori as Eori },
  };
}

function crowd(): WorldBill[] {
  return Array.from({ length: CROWD }, (_, i) => ({
    bill: `CRWD${pad(i)}`,
    parties: [
      shipper(`Crowd Shipper ${pad(i)}`, { phone: `+593 7 ${pad(i)} 100` }),
      consignee(`Crowd Buyer ${pad(i)}`, { phone: `+31 10 ${pad(i)} 200` }),
      forwarder(),
    ],
  }));
}

function importer(): WorldBill[] {
  return Array.from({ length: IMPORTER.shippers * 2 }, (_, i) => ({
    bill: `IMP${pad(i)}`,
    parties: [
      shipper(`Supplier ${pad(i % IMPORTER.shippers)} Ltda.`, {
        phone: `+57 4 ${pad(i % IMPORTER.shippers)} 300`,
      }),
      consignee(IMPORTER.name, { address: at('Dok 1', 'Antwerpen', 'BE') }),
    ],
  }));
}

export const communityWorld = (): WorldBill[] => [
  ...ring(),
  ...family(),
  ...crowd(),
  ...importer(),
];
