// Small, valid cargo records for storage and service tests, built through the core parsers.
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import type { ContainerEvent } from '../../src/core/cargo/events.ts';
import {
  containerCheckDigit,
  parseContainerNumber,
  type ContainerNumber,
} from '../../src/core/identifiers/container-number.ts';
import { parseImoNumber, type ImoNumber } from '../../src/core/identifiers/imo-number.ts';
import { parseScac } from '../../src/core/identifiers/scac.ts';
import { parseUnLocode, type UnLocode } from '../../src/core/identifiers/un-locode.ts';
import { unwrap } from '../../src/core/result.ts';

export const imo = (raw: string): ImoNumber => unwrap(parseImoNumber(raw));
export const locode = (raw: string): UnLocode => unwrap(parseUnLocode(raw));

/** A valid container number with owner `MSKU` (or another) and the given serial. */
export function containerNo(serial: number, owner = 'MSKU'): ContainerNumber {
  const first10 = `${owner}${String(serial).padStart(6, '0')}`;
  return unwrap(parseContainerNumber(`${first10}${containerCheckDigit(first10)}`));
}

export const VESSEL_IMO = imo('9074729');

export function consignmentFixture(billNumber: string, overrides: Partial<Consignment> = {}) {
  const consignment: Consignment = {
    billNumber,
    billKind: 'master',
    carrier: unwrap(parseScac('MAEU')),
    vesselImo: VESSEL_IMO,
    voyageNumber: '2403W',
    route: {
      portOfLoading: locode('ECGYE'),
      transshipmentPorts: [locode('PAMIT')],
      portOfDischarge: locode('BEANR'),
    },
    parties: [
      { role: 'shipper', name: 'Frutas del Pacífico S.A.', address: { city: 'Guayaquil' } },
      { role: 'consignee', name: 'Antwerp Fresh Imports BV', address: { city: 'Antwerpen' } },
    ],
    goods: [
      {
        sequence: 1,
        description: 'Fresh bananas',
        packages: { count: 1080, kind: 'CT' },
        grossWeightKg: 21_600,
        containerNumbers: [containerNo(100001)],
      },
    ],
    equipment: [
      {
        containerNumber: containerNo(100001),
        isoSizeType: '45R1',
        fullEmpty: 'full',
        seals: [{ number: 'ML-123456', source: 'CAR' }],
        reefer: { temperatureC: 13.3, active: true },
      },
    ],
    ...overrides,
  };
  return consignment;
}

/** The bill with its goods and its equipment on container `n` instead of the fixture's. */
export function onContainer(bill: Consignment, n: ContainerNumber): Consignment {
  return {
    ...bill,
    goods: bill.goods.map((g) => ({ ...g, containerNumbers: [n] })),
    equipment: bill.equipment.map((e) => ({ ...e, containerNumber: n })),
  };
}

export function containerEventFixture(i: number, overrides: Partial<ContainerEvent> = {}) {
  const event: ContainerEvent = {
    eventType: 'DISC',
    classifier: 'ACT',
    containerNumber: containerNo(200000 + (i % 1000)),
    eventAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    location: locode('BEANR'),
    facility: 'PSA-869',
    transportCall: { mode: 'VESSEL', vesselImo: VESSEL_IMO, voyageNumber: '2403W' },
    seals: [{ number: `S${i}` }],
    sourceEventId: `evt-${i}`,
    ...overrides,
  };
  return event;
}
