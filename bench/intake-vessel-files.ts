/** The intake benchmark's input: a generated vessel's CUSCAR + BAPLIE, and a large CUSCAR interchange. */

import type { Consignment } from '../src/core/cargo/consignment.ts';
import type { Equipment } from '../src/core/cargo/equipment.ts';
import type { PortCall, Vessel } from '../src/core/cargo/vessel.ts';
import {
  containerCheckDigit,
  type ContainerNumber,
} from '../src/core/identifiers/container-number.ts';
import type { CountryCode } from '../src/core/identifiers/country-code.ts';
import type { HsCode } from '../src/core/identifiers/hs-code.ts';
import type { ImoNumber } from '../src/core/identifiers/imo-number.ts';
import type { UnLocode } from '../src/core/identifiers/un-locode.ts';
import { writeBaplie, writeCuscar } from '../src/ingest/edifact/index.ts';

/** Containers aboard the benchmark's vessel (a 24,000-TEU ship's load). */
export const CONTAINERS = 15_000;
const PORTS = ['ECGYE', 'BRSSZ', 'COCTG', 'PECLL', 'CNSHA', 'SGSIN', 'USNYC', 'MAPTM'] as const;
const imo = '9074729' as ImoNumber;
const envelope = (ref: string) => ({
  sender: 'MAEU',
  recipient: 'BECUSTOMS',
  controlReference: ref,
  preparedAt: '2024-03-10T10:00:00Z',
});

function containerNumber(i: number): ContainerNumber {
  const first10 = `MSKU${String(i).padStart(6, '0')}`;
  return `${first10}${containerCheckDigit(first10)}` as ContainerNumber;
}

function equipmentOf(i: number): Equipment {
  const reefer = i % 5 === 0;
  return {
    containerNumber: containerNumber(i),
    isoSizeType: reefer ? '45R1' : '45G1',
    fullEmpty: 'full',
    seals: [{ number: `SL${i}`, source: 'CAR' }],
    ...(reefer ? { reefer: { temperatureC: 13, active: true } } : {}),
    grossWeightKg: 12_000 + (i % 17) * 500,
    stowagePosition: `${String(1 + (i % 90)).padStart(3, '0')}${String(i % 20).padStart(2, '0')}${String(2 + (i % 9) * 2).padStart(2, '0')}`,
    portOfLoading: PORTS[i % PORTS.length] as UnLocode,
    portOfDischarge: 'BEANR' as UnLocode,
  };
}

/** Bills of one to three containers each, until `count` containers are placed. */
export function consignments(first: number, count: number): Consignment[] {
  const out: Consignment[] = [];
  for (let i = first; i < first + count;) {
    const n = Math.min(1 + (i % 3), first + count - i);
    const equipment = Array.from({ length: n }, (_, k) => equipmentOf(i + k));
    out.push({
      billNumber: `MAEU${String(i).padStart(9, '0')}`,
      billKind: 'master',
      vesselImo: imo,
      voyageNumber: '2410W',
      route: {
        portOfLoading: PORTS[i % PORTS.length] as UnLocode,
        transshipmentPorts: [],
        portOfDischarge: 'BEANR' as UnLocode,
      },
      parties: [
        {
          role: 'shipper',
          name: `Exporter ${i % 997} S.A.`,
          address: { city: 'Guayaquil', country: 'EC' as CountryCode },
        },
        {
          role: 'consignee',
          name: `Importer ${i % 613} BV`,
          address: { city: 'Antwerpen', country: 'BE' as CountryCode },
        },
      ],
      goods: [
        {
          sequence: 1,
          description: 'Fresh bananas',
          hsCode: '080390' as HsCode,
          packages: { count: 1000 * n, kind: 'CT' },
          grossWeightKg: 20_000 * n,
          containerNumbers: equipment.map((e) => e.containerNumber),
        },
      ],
      equipment,
    });
    i += n;
  }
  return out;
}

/** One interchange holding the messages of several single-message interchanges. */
export function merged(texts: readonly string[], ref: string): string {
  const first = texts[0] ?? '';
  const head = first.slice(0, first.indexOf('UNH+')).replace(/\+[^+']*'$/, `+${ref}'`);
  const bodies = texts.map((t) => t.slice(t.indexOf('UNH+'), t.indexOf('UNZ+')));
  return `${head}${bodies.join('')}UNZ+${bodies.length}+${ref}'`;
}

function sliced<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
}

/** The vessel's manifest as CUSCAR messages of 1,000 bills and its stowage plan as BAPLIE messages of 3,000 units. */
export function vesselFiles(): { cuscar: Uint8Array; baplie: Uint8Array } {
  const vessel: Vessel = { imo, name: 'MSC IRINA', teu: 24_346 };
  const portCall = {
    vesselImo: imo,
    voyageNumber: '2410W',
    port: 'BEANR',
    eta: '2024-03-12T06:00:00Z',
  } as PortCall;
  const list = consignments(1, CONTAINERS);
  const cuscars = sliced(list, 1000).map((part, i) =>
    writeCuscar({
      envelope: envelope('VSL-C1'),
      documentNumber: `MANIFEST-2410W-${i + 1}`,
      vessel,
      portCall,
      consignments: part,
      reference: String(i + 1),
    }),
  );
  const baplies = sliced(
    list.flatMap((c) => c.equipment),
    3000,
  ).map((part, i) =>
    writeBaplie({
      envelope: envelope('VSL-B1'),
      documentNumber: `STOW-2410W-${i + 1}`,
      vessel,
      portCall,
      equipment: part,
      reference: String(i + 1),
    }),
  );
  const encode = (t: string) => new TextEncoder().encode(t);
  return { cuscar: encode(merged(cuscars, 'VSL-C1')), baplie: encode(merged(baplies, 'VSL-B1')) };
}

export function bigInterchange(bytes: number): string {
  const texts: string[] = [];
  for (let m = 1, size = 0; size < bytes; m++) {
    const text = writeCuscar({
      envelope: envelope('BIG1'),
      documentNumber: `BIG-${m}`,
      voyageNumber: '2410W',
      consignments: consignments(m * 3000, 2000),
      reference: String(m),
    });
    texts.push(text);
    size += text.length;
  }
  return merged(texts, 'BIG1');
}
