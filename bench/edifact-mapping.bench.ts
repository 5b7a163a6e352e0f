// EDIFACT intake throughput: container records per second to parse, validate (check digits,
// UN/LOCODE and HS formats) and map a large CUSCAR and a large COARRI interchange, against the
// `edifact` npm package (1.2, the best existing JavaScript parser) only parsing the same bytes
// into segments — less work than ours, measured in the same run. Inputs are generated with the
// product's own writers from a seeded random source, so every run sees the same bytes.
import { createRequire } from 'node:module';
import type { Consignment, ContainerEvent } from '../src/core/cargo/index.ts';
import {
  containerCheckDigit,
  parseContainerNumber,
  parseHsCode,
  parseImoNumber,
  parseUnLocode,
} from '../src/core/identifiers/index.ts';
import { unwrap } from '../src/core/result.ts';
import {
  mapMessage,
  readInterchange,
  writeCoarri,
  writeCuscar,
} from '../src/ingest/edifact/index.ts';

/** The peer, described by the few members used (it ships no types). */
const edifact = createRequire(import.meta.url)('edifact') as { Parser: new () => PeerParser };

export const title = 'EDIFACT parse + validate + map (records/s) vs edifact npm parse only';

const PORTS = ['ECGYE', 'COCTG', 'PAMIT', 'BEANR', 'NLRTM', 'ESALG'].map((p) =>
  unwrap(parseUnLocode(p)),
);
const HS = ['080390', '09011100', '8471300000'].map((h) => unwrap(parseHsCode(h)));
const IMO = unwrap(parseImoNumber('9321483'));
const envelope = {
  sender: 'CARRIER',
  recipient: 'CUSTOMS',
  controlReference: 'B1',
  preparedAt: '2024-03-01T10:00:00Z',
  syntax: 'UNOC' as const,
};

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function container(serial: number) {
  const first10 = `MSKU${String(serial).padStart(6, '0')}`;
  return unwrap(parseContainerNumber(`${first10}${containerCheckDigit(first10)}`));
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function consignments(n: number, rnd: () => number): Consignment[] {
  let serial = 0;
  return Array.from({ length: n }, (_, i) => {
    const units = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => container(serial++));
    return {
      billNumber: `MAEU${String(i).padStart(8, '0')}`,
      billKind: 'master',
      vesselImo: IMO,
      voyageNumber: '412W',
      route: {
        portOfLoading: pick(rnd, PORTS),
        transshipmentPorts: [pick(rnd, PORTS)],
        portOfDischarge: PORTS[3]!,
      },
      parties: [
        {
          role: 'shipper',
          name: `EXPORTADORA ${i} S.A.`,
          address: { street: 'AV. 9 DE OCTUBRE 100', city: 'GUAYAQUIL' },
        },
        {
          role: 'consignee',
          name: `IMPORT ${i} BV`,
          address: { city: 'ANTWERPEN', postcode: '2030' },
        },
      ],
      goods: units.map((u, k) => ({
        sequence: k + 1,
        description: 'FRESH BANANAS',
        hsCode: pick(rnd, HS),
        packages: { count: 1080, kind: 'CT' },
        grossWeightKg: 21600,
        containerNumbers: [u],
      })),
      equipment: units.map((u) => ({
        containerNumber: u,
        isoSizeType: '45R1',
        fullEmpty: 'full',
        seals: [{ number: `ML${Math.floor(rnd() * 1e6)}`, source: 'CAR' }],
        reefer: { temperatureC: 13.5, active: true },
      })),
    };
  });
}

function events(n: number, rnd: () => number): ContainerEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    eventType: 'DISC',
    classifier: 'ACT',
    containerNumber: container(i),
    eventAt: new Date(Date.UTC(2024, 2, 1) + i * 30_000).toISOString(),
    location: PORTS[3]!,
    facility: 'K1742',
    fullEmpty: 'full',
    seals: [{ number: `S${Math.floor(rnd() * 1e6)}`, source: 'SHI' }],
    transportCall: {
      mode: 'VESSEL',
      vesselImo: IMO,
      voyageNumber: '412W',
      location: PORTS[3]!,
      facility: 'K1742',
    },
  }));
}

/** Ours: bytes → messages → validated, mapped records; returns the number of container records. */
function ours(bytes: Uint8Array): number {
  let records = 0;
  for (const m of readInterchange(bytes).messages) {
    const r = mapMessage(m).records;
    records +=
      r.consignments.reduce((s, c) => s + c.equipment.length, 0) + r.containerEvents.length;
  }
  return records;
}

interface PeerParser {
  onopensegment: (tag: string) => void;
  onelement: () => void;
  oncomponent: (value: string) => void;
  encoding(level: string): void;
  write(text: string): void;
  end(): void;
}

/**
 * Peer: the same bytes decoded and split into segments, elements and components by edifact's
 * Parser (without its segment-table validator, which rejects valid D95B TDT segments), building
 * the same array its Reader returns.
 */
function peer(bytes: Uint8Array): number {
  const parser = new edifact.Parser();
  parser.encoding('UNOC');
  const segments: { name: string; elements: string[][] }[] = [];
  let elements: string[][] = [];
  let components: string[] = [];
  parser.onopensegment = (name) => segments.push({ name, elements: (elements = []) });
  parser.onelement = () => elements.push((components = []));
  parser.oncomponent = (value) => components.push(value);
  parser.write(new TextDecoder('latin1').decode(bytes));
  parser.end();
  return segments.length;
}

function best(fn: () => unknown, rounds: number): number {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function measure(name: string, text: string, records: number): void {
  const bytes = new TextEncoder().encode(text);
  if (ours(bytes) !== records)
    throw new Error(`${name}: mapped ${ours(bytes)} records, expected ${records}`);
  const oursMs = best(() => ours(bytes), 5);
  const peerMs = best(() => peer(bytes), 5);
  const perSec = (ms: number) => Math.round((records / ms) * 1000);
  console.log(`${name}: ${records} container records, ${(bytes.length / 1e6).toFixed(1)} MB`);
  console.log(
    `  portcullis parse+validate+map: ${perSec(oursMs).toLocaleString('en')} records/s (${oursMs.toFixed(0)} ms)`,
  );
  console.log(
    `  edifact npm parse only:        ${perSec(peerMs).toLocaleString('en')} records/s (${peerMs.toFixed(0)} ms)`,
  );
  console.log(`  ratio portcullis / peer: ${(peerMs / oursMs).toFixed(2)}×`);
}

export async function run(): Promise<void> {
  const rnd = random(42);
  const cs = consignments(8_000, rnd);
  const units = cs.reduce((s, c) => s + c.equipment.length, 0);
  measure(
    'CUSCAR',
    writeCuscar({
      envelope,
      documentNumber: 'M1',
      consignmentsPerMessage: 500,
      vessel: { imo: IMO, name: 'MAERSK ESSEN' },
      voyageNumber: '412W',
      consignments: cs,
    }),
    units,
  );
  measure(
    'COARRI',
    writeCoarri({ envelope, documentNumber: 'D1', events: events(20_000, rnd) as never }),
    20_000,
  );
  await Promise.resolve();
}
