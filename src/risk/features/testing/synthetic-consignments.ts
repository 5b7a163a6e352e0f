/**
 * Synthetic consignments with their container events and history, for tests and benchmarks of
 * targeting: South American fruit and coffee routes mixed with ordinary Asian and North American
 * trade. Deterministic for a given random source; identifiers are well formed (valid check digits).
 */
import type { Consignment } from '../../../core/cargo/consignment.ts';
import type { ContainerEvent } from '../../../core/cargo/events.ts';
import type { ContainerNumber } from '../../../core/identifiers/container-number.ts';
import { containerCheckDigit } from '../../../core/identifiers/container-number.ts';
import type { CountryCode } from '../../../core/identifiers/country-code.ts';
import type { HsCode } from '../../../core/identifiers/hs-code.ts';
import type { UnLocode } from '../../../core/identifiers/un-locode.ts';
import type { FeatureInput } from '../feature-input.ts';
import type { PartyRecord } from '../history.ts';

export type Random = () => number;

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** How long the synthetic node has kept party history, in days. */
const HISTORY_DAYS = 2100;

/** A small deterministic generator (mulberry32) for reproducible data. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

export function containerNumber(owner: string, serial: number): ContainerNumber {
  const first10 = `${owner}U${String(serial % 1_000_000).padStart(6, '0')}`;
  return `${first10}${containerCheckDigit(first10)}` as ContainerNumber;
}

const ROUTES: readonly (readonly string[])[] = [
  ['ECGYE', 'PAPTY', 'BEANR'],
  ['ECGYE', 'BEANR'],
  ['COCTG', 'PAMIT', 'NLRTM'],
  ['BRSSZ', 'ESALG', 'BEANR'],
  ['PECLL', 'PABLB', 'DEHAM'],
  ['CNSHA', 'SGSIN', 'BEANR'],
  ['CNNGB', 'NLRTM'],
  ['USNYC', 'BEANR'],
  ['INNSA', 'AEJEA', 'DEHAM'],
  ['CRMOB', 'BEANR'],
  ['TRMER', 'BEANR'],
  ['GHTEM', 'ESALG', 'NLRTM'],
];
const GOODS: readonly (readonly [string, string, number])[] = [
  ['080390', 'FRESH BANANAS CAVENDISH', 19],
  ['080430', 'FRESH PINEAPPLES', 12],
  ['090111', 'GREEN COFFEE BEANS', 69],
  ['180100', 'COCOA BEANS', 62],
  ['200989', 'FROZEN FRUIT PULP', 200],
  ['847130', 'LAPTOP COMPUTERS', 8],
  ['940360', 'WOODEN FURNITURE', 35],
  ['610910', 'COTTON T-SHIRTS', 15],
  ['870899', 'VEHICLE PARTS', 120],
  ['440799', 'SAWN TIMBER', 900],
];

interface Options {
  readonly now: number;
  /** Share of consignments with seal, clone or unplanned-port anomalies. */
  readonly anomalyRate?: number;
}

/** A synthetic input whose events are whole container events (storable as they are). */
export interface SyntheticInput extends FeatureInput {
  readonly events: readonly ContainerEvent[];
}

export function syntheticInput(rnd: Random, index: number, options: Options): SyntheticInput {
  const route = pick(rnd, ROUTES);
  const [hs, description, kgPerPackage] = pick(rnd, GOODS);
  const reefer = hs.startsWith('08') || hs.startsWith('20') ? true : rnd() < 0.1;
  const container = containerNumber(pick(rnd, ['MSCU', 'MAEU', 'CMAU', 'HLXU']), index);
  const packages = 200 + Math.floor(rnd() * 1200);
  const weight = packages * kgPerPackage * (rnd() < 0.05 ? 1.4 : 1);
  const consignment: Consignment = {
    billNumber: `BL${String(index).padStart(9, '0')}`,
    billKind: rnd() < 0.2 ? 'house' : 'master',
    bookedAt: new Date(options.now - (3 + rnd() * 20) * 86_400_000).toISOString(),
    route: {
      portOfLoading: route[0] as UnLocode,
      transshipmentPorts: route.slice(1, -1) as UnLocode[],
      portOfDischarge: route[route.length - 1] as UnLocode,
    },
    parties: [
      {
        role: 'shipper',
        name: `EXPORTADORA ${index % 5000}`,
        address: { country: route[0]!.slice(0, 2) as CountryCode },
      },
      {
        role: 'consignee',
        name: `IMPORT BV ${index % 7000}`,
        address: { country: route[route.length - 1]!.slice(0, 2) as CountryCode },
      },
    ],
    goods: [
      {
        sequence: 1,
        hsCode: hs as HsCode,
        description,
        packages: { count: packages, kind: 'CT' },
        grossWeightKg: weight,
        containerNumbers: [container],
      },
    ],
    equipment: [
      {
        containerNumber: container,
        isoSizeType: reefer ? '45R1' : '45G1',
        seals: [{ number: `SL${index}`, source: 'CAR' }],
        ...(reefer
          ? {
              reefer: {
                temperatureC: hs === '080390' ? 13.5 : hs === '080430' ? 7.5 : -18,
                active: rnd() > 0.03,
              },
            }
          : {}),
        grossWeightKg: packages * kgPerPackage,
      },
    ],
  };
  return {
    consignment,
    events: syntheticEvents(rnd, consignment, container, options),
    history: syntheticHistory(rnd, options.now, hs.slice(0, 2), index),
    // Filed before loading (ten days before now), a few inside the 24-hour window.
    filedAt: new Date(
      options.now - 10 * DAY_MS - (rnd() < 0.05 ? 6 : 30 + rnd() * 72) * HOUR_MS,
    ).toISOString(),
    arrivalAt: new Date(options.now + (5 + rnd() * 10) * 86_400_000).toISOString(),
    // A node that has kept party history for longer than any party's first sighting below.
    historySince: new Date(options.now - HISTORY_DAYS * DAY_MS).toISOString(),
    now: options.now,
  };
}

/** Events start ten days before `now`: load, a voyage, then discharge and reload at each hub. */
function syntheticEvents(
  rnd: Random,
  c: Consignment,
  container: ContainerNumber,
  o: Options,
): ContainerEvent[] {
  const r = c.route;
  const ports = [r.portOfLoading, ...r.transshipmentPorts, r.portOfDischarge];
  let t = o.now - 10 * DAY_MS;
  const seal = c.equipment[0]!.seals;
  const anomalous = rnd() < (o.anomalyRate ?? 0.05);
  const out: ContainerEvent[] = [];
  const at = (location: UnLocode, eventType: ContainerEvent['eventType'], seals = seal): void => {
    const eventAt = new Date(t).toISOString();
    out.push({
      eventType,
      classifier: 'ACT',
      containerNumber: container,
      eventAt,
      location,
      seals,
    });
  };
  ports.forEach((p, i) => {
    if (i > 0) {
      t += (2 + rnd() * 10) * DAY_MS;
      at(p, 'DISC', anomalous && i === ports.length - 1 ? [{ number: 'SWAPPED1' }] : seal);
    }
    if (i === ports.length - 1) return;
    t += (i === 0 ? 12 : rnd() < 0.03 ? 300 : 24 + rnd() * 120) * HOUR_MS;
    at(p, 'LOAD');
  });
  return out;
}

/**
 * Party history as storage reads it, commodities included: every party ships the goods' chapter
 * but one in 40 consignments, whose parties never shipped it (chapter 03 instead).
 */
function syntheticHistory(
  rnd: Random,
  now: number,
  chapter: string,
  index: number,
): FeatureInput['history'] {
  const shipped = index % 40 === 7 && chapter !== '03' ? '03' : chapter;
  const record = (): PartyRecord | undefined => {
    if (rnd() < 0.1) return undefined;
    const firstSeenAt = new Date(now - rnd() * 2000 * DAY_MS).toISOString();
    const shipments = Math.floor(rnd() * 300);
    return {
      firstSeenAt,
      shipments,
      seizures: rnd() < 0.01 ? 1 : 0,
      hits: rnd() < 0.03 ? 1 : 0,
      commodityShipments: shipments,
      chapters: shipments > 0 ? { [shipped]: shipments } : {},
    };
  };
  const shipper = record();
  const consignee = record();
  return {
    parties: { ...(shipper ? { shipper } : {}), ...(consignee ? { consignee } : {}) },
    route: {
      shipments: 40 + Math.floor(rnd() * 2000),
      seizures: Math.floor(rnd() * 5),
      dwellP95Hours: 200,
    },
  };
}
