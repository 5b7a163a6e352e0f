// DCSA Track & Trace and CSV manifest intake throughput, each as a ratio against its peer in the
// same run: DCSA parse + validate + map against plain JSON.parse of the same bytes, and the CSV
// manifest reader against csv-parse alone on the same text. Inputs are generated (no /work/shared).
import { parse as csvParse } from 'csv-parse/sync';
import type { Consignment } from '../src/core/cargo/consignment.ts';
import type { ContainerEvent, TransportEvent } from '../src/core/cargo/events.ts';
import {
  containerCheckDigit,
  type ContainerNumber,
} from '../src/core/identifiers/container-number.ts';
import type { ImoNumber } from '../src/core/identifiers/imo-number.ts';
import type { UnLocode } from '../src/core/identifiers/un-locode.ts';
import { parseCsvManifest } from '../src/ingest/csv/parse-csv-manifest.ts';
import { writeCsvManifest } from '../src/ingest/csv/write-csv-manifest.ts';
import { parseDcsaEvents } from '../src/ingest/dcsa/parse-dcsa-events.ts';
import { writeDcsaEvents } from '../src/ingest/dcsa/write-dcsa-events.ts';

export const title = 'DCSA T&T and CSV manifest intake';

const EVENTS = 20_000;
const BILLS = 2_000;
const ITEMS_PER_BILL = 5;
const PORTS = ['BEANR', 'NLRTM', 'DEHAM', 'ECGYE', 'COCTG', 'PAMIT', 'ESALG'] as UnLocode[];
const TYPES = ['LOAD', 'DISC', 'GTIN', 'GTOT'] as const;

function container(i: number): ContainerNumber {
  const first10 = `MSKU${String(i % 1_000_000).padStart(6, '0')}`;
  return `${first10}${containerCheckDigit(first10)}` as ContainerNumber;
}

function containerEvents(n: number): ContainerEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    eventType: TYPES[i % TYPES.length] ?? 'LOAD',
    classifier: 'ACT',
    containerNumber: container(i),
    eventAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z'),
    location: PORTS[i % PORTS.length] ?? ('BEANR' as UnLocode),
    fullEmpty: i % 3 === 0 ? 'empty' : 'full',
    transportCall: {
      mode: 'VESSEL',
      vesselImo: '9321483' as ImoNumber,
      voyageNumber: `24${i % 50}N`,
    },
    seals: [{ number: `SL${i}`, source: 'CAR', type: 'BLT' }],
    billNumbers: [`BILL${Math.floor(i / 4)}`],
    sourceEventId: `0b6e${String(i).padStart(4, '0').slice(-4)}-1111-4a2b-8c3d-${String(i).padStart(12, '0')}`,
  }));
}

function transportEvents(n: number): TransportEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    eventType: i % 2 === 0 ? 'ARRI' : 'DEPA',
    classifier: 'EST',
    vesselImo: '9321483' as ImoNumber,
    voyageNumber: '2409N',
    location: PORTS[i % PORTS.length] ?? ('BEANR' as UnLocode),
    eventAt: '2026-02-10T22:00:00Z',
  }));
}

function consignments(): Consignment[] {
  return Array.from({ length: BILLS }, (_, b) => ({
    billNumber: `MAEU${String(b).padStart(9, '0')}`,
    billKind: 'master',
    route: {
      portOfLoading: 'ECGYE' as UnLocode,
      transshipmentPorts: ['PAMIT' as UnLocode],
      portOfDischarge: 'BEANR' as UnLocode,
    },
    parties: [{ role: 'shipper', name: `Exportadora ${b}, S.A.`, address: { city: 'Guayaquil' } }],
    goods: Array.from({ length: ITEMS_PER_BILL }, (_, g) => ({
      sequence: g + 1,
      description: 'Fresh bananas, "Cavendish"',
      packages: { count: 1080, kind: 'CT' },
      grossWeightKg: 19_980.5,
      containerNumbers: [container(b * ITEMS_PER_BILL + g)],
    })),
    equipment: Array.from({ length: ITEMS_PER_BILL }, (_, g) => ({
      containerNumber: container(b * ITEMS_PER_BILL + g),
      isoSizeType: '45R1',
      seals: [{ number: `ML${b}-${g}` }],
    })),
  }));
}

/** Best of several timed runs, in items per second. */
function rate(items: number, fn: () => unknown, runs = 7): number {
  fn();
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return items / (best / 1000);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export function run(): Promise<void> {
  const events = { container: containerEvents(EVENTS), transport: transportEvents(EVENTS / 10) };
  const total = EVENTS + EVENTS / 10;
  for (const version of ['2.2', '3.0'] as const) {
    const text = writeDcsaEvents(events, version);
    const check = parseDcsaEvents(text);
    if (check.diagnostics.length > 0 || check.records.containerEvents.length !== EVENTS)
      throw new Error('benchmark input did not map cleanly');
    const ours = rate(total, () => parseDcsaEvents(text));
    const peer = rate(total, () => JSON.parse(text));
    console.log(
      `DCSA ${version}: ${fmt(ours)} events/s parse+validate+map vs JSON.parse ${fmt(peer)} events/s (peer) → ratio ${(ours / peer).toFixed(3)} (${(text.length / 1e6).toFixed(1)} MB, ${total} events)`,
    );
  }
  const csv = writeCsvManifest(consignments());
  const rows = BILLS * ITEMS_PER_BILL;
  const check = parseCsvManifest(csv);
  if (check.diagnostics.length > 0 || check.records.consignments.length !== BILLS)
    throw new Error('benchmark manifest did not map cleanly');
  const ours = rate(rows, () => parseCsvManifest(csv));
  const peer = rate(rows, () =>
    csvParse(csv, {
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }),
  );
  console.log(
    `CSV manifest: ${fmt(ours)} rows/s parse+validate+group vs csv-parse alone ${fmt(peer)} rows/s (peer) → ratio ${(ours / peer).toFixed(3)} (${(csv.length / 1e6).toFixed(1)} MB, ${rows} rows)`,
  );
  return Promise.resolve();
}
