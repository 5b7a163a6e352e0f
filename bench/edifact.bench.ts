// EDIFACT syntax layer throughput and memory: our reader (whole input and streamed) against the
// `edifact` npm package 1.2 (its Reader, and its bare streaming Parser) on the same bytes, in the
// same run, plus a baseline that only counts segment terminators. Peak RSS for a 100 MB
// interchange is measured in child processes (this file re-run with --rss-child). The input is a
// generated COARRI-like interchange with varied container numbers, so nothing under /work/shared
// is needed. Message mappers have their own figures in edifact-mapping.bench.ts; to time
// something else on these bytes, call `coarriInterchange()` / `coarriChunks()` exported below.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { containerCheckDigit } from '../src/core/identifiers/container-number.ts';
import { readInterchange, streamInterchange, tableOf } from '../src/ingest/edifact/syntax/index.ts';

export const title =
  'EDIFACT tokenizer + envelope checks (MB/s, segments/s, peak RSS) vs edifact npm';

/** The peer, described by the few members used (it ships no types). */
interface PeerParser {
  onopensegment: (name: string) => void;
  onelement: () => void;
  oncomponent: (value: string) => void;
  onclosesegment: () => void;
  encoding(level: string): void;
  write(chunk: string): void;
  end(): void;
}
const peer = createRequire(import.meta.url)('edifact') as { Parser: new () => PeerParser };

const MB = 1024 * 1024;
const SIZE_MB = Number(process.env.PORTCULLIS_BENCH_EDIFACT_MB ?? 32);
const RSS_MB = Number(process.env.PORTCULLIS_BENCH_EDIFACT_RSS_MB ?? 100);
/** The peer's whole-input form keeps every segment; above this size it is not run whole. */
const PEER_WHOLE_LIMIT_MB = 128;
const REPEATS = 3;
const OWNERS = ['MSCU', 'MAEU', 'CMAU', 'HLXU', 'OOLU', 'TGHU', 'CBHU', 'FCIU'];
const PORTS = ['BEANR', 'NLRTM', 'ECGYE', 'COCTG', 'PAMIT', 'ESALG', 'DEHAM', 'ITGOA'];

function containerNumber(n: number): string {
  const first10 = `${OWNERS[n % OWNERS.length] ?? 'MSCU'}${String((n * 7919) % 1_000_000).padStart(6, '0')}`;
  return `${first10}${containerCheckDigit(first10) % 10}`;
}

/** One COARRI-like message (about 1 KB) reporting `per` containers, like the COARRI sample. */
function coarriMessage(ref: number, per: number): string {
  const segs = [`UNH+${ref}+COARRI:D:95B:UN:ITG13`, `BGM+44+${35961879700000 + ref}+9`];
  segs.push(
    'TDT+20+031W+1+13+COS:172:20+++3ERX3:103::COSCO AFRICA',
    'LOC+11+ITGOA:139:6+VTE:TER:ZZZ',
  );
  segs.push('DTM+132:201602020000:203', 'NAD+CF+COE:172:20');
  for (let k = 0; k < per; k++) {
    const n = ref * per + k;
    segs.push(
      `EQD+CN+${containerNumber(n)}+45G1:102:5++3+5`,
      'TMD+3',
      `DTM+203:2016020309${String(n % 60).padStart(2, '0')}:203`,
    );
    segs.push(
      `LOC+9+${PORTS[n % PORTS.length] ?? 'BEANR'}:139:6`,
      `LOC+147+${380000 + (n % 9999)}::6`,
    );
    segs.push(
      `MEA+AAE+EGW+KGM:${4000 + ((n * 37) % 26000)}`,
      `SEL+H${53175 + n}+SH`,
      'FTX+AAA+++GENERAL CARGO?: TILES',
    );
  }
  segs.push(`CNT+16:${per}`);
  segs.push(`UNT+${segs.length + 1}+${ref}`);
  return `${segs.join("'\n")}'\n`;
}

/** The interchange as text chunks of about 64 KB, generated lazily (for bounded-memory runs). */
export function* coarriChunks(targetBytes: number): Generator<string> {
  let size = 0;
  let ref = 1;
  let chunk = "UNA:+.? 'UNB+UNOC:3+ITGOAVTE+COSCO+160204:1728+BENCH1'\n";
  while (size + chunk.length < targetBytes) {
    chunk += coarriMessage(ref++, 3);
    if (chunk.length < 64 * 1024) continue;
    size += chunk.length;
    yield chunk;
    chunk = '';
  }
  yield `${chunk}UNZ+${ref - 1}+BENCH1'\n`;
}

export function coarriInterchange(targetBytes: number): string {
  return [...coarriChunks(targetBytes)].join('');
}

/** Best of REPEATS runs, in seconds, with the count the run reported. */
async function best(
  fn: () => number | Promise<number>,
): Promise<{ seconds: number; count: number }> {
  let seconds = Number.POSITIVE_INFINITY;
  let count = 0;
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    count = await fn();
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  }
  return { seconds, count };
}

function countTerminators(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 39) n++;
  return n;
}

function oursWhole(bytes: Uint8Array): number {
  const r = readInterchange(bytes);
  // Counted from each message's table: `segments` would make an object per segment on demand.
  return r.messages.reduce((n, m) => n + tableOf(m).count, 2);
}

async function oursStreamed(chunks: readonly Uint8Array[]): Promise<number> {
  let n = 2;
  for await (const m of streamInterchange(toAsync(chunks))) n += tableOf(m).count;
  return n;
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

/**
 * The peer's Reader minus its validator: its bundled segment definitions reject real cargo data
 * (they throw on the TDT of every sample here), so its Parser builds the same segment list.
 */
function peerWhole(text: string): number {
  const all: { name: string; elements: string[][] }[] = [];
  let elements: string[][] = [];
  let components: string[] = [];
  const parser = new peer.Parser();
  parser.encoding('UNOC');
  parser.onopensegment = (name) => void all.push({ name, elements: (elements = []) });
  parser.onelement = () => void elements.push((components = []));
  parser.oncomponent = (value) => void components.push(value);
  parser.onclosesegment = () => undefined;
  parser.write(text);
  parser.end();
  return all.length;
}

/** The peer's streaming parser building the same segment arrays, dropped per message as ours does. */
function peerStreamed(chunks: Iterable<string>): number {
  const parser = new peer.Parser();
  parser.encoding('UNOC');
  let segments = 0;
  let message: { name: string; elements: string[][] }[] = [];
  let elements: string[][] = [];
  let components: string[] = [];
  parser.onopensegment = (name) => {
    if (name === 'UNH') message = [];
    message.push({ name, elements: (elements = []) });
  };
  parser.onelement = () => elements.push((components = []));
  parser.oncomponent = (value) => components.push(value);
  parser.onclosesegment = () => void segments++;
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return segments;
}

interface Rate {
  readonly seconds: number;
  readonly count: number;
}

/** One figure line; `peer` is the peer's MB/s in the same mode (whole input or streamed). */
function line(label: string, r: Rate, mb: number, peer?: { rate: number; mode: string }): string {
  const rate = mb / r.seconds;
  const ratio = peer ? `  (${(rate / peer.rate).toFixed(2)}× edifact npm ${peer.mode})` : '';
  const segments = (r.count / r.seconds / 1e6).toFixed(2);
  return `${label.padEnd(42)} ${rate.toFixed(1).padStart(7)} MB/s ${segments.padStart(6)} M segments/s${ratio}`;
}

async function throughput(): Promise<void> {
  const text = coarriInterchange(SIZE_MB * MB);
  const bytes = new TextEncoder().encode(text);
  const mb = bytes.length / MB;
  const byteChunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 64 * 1024)
    byteChunks.push(bytes.subarray(i, i + 64 * 1024));
  const textChunks = byteChunks.map((c) => new TextDecoder().decode(c));
  console.log(
    `input: generated COARRI interchange, ${mb.toFixed(1)} MB, best of ${REPEATS} runs each`,
  );
  const whole = mb <= PEER_WHOLE_LIMIT_MB ? await best(() => peerWhole(text)) : undefined;
  const streamed = await best(() => peerStreamed(textChunks));
  const peerWholeRate = whole ? { rate: mb / whole.seconds, mode: 'whole input' } : undefined;
  const peerStreamRate = { rate: mb / streamed.seconds, mode: 'streamed' };
  if (whole) console.log(line('edifact npm, all segments (whole input)', whole, mb));
  else console.log(`edifact npm whole-input run skipped: input above ${PEER_WHOLE_LIMIT_MB} MB`);
  console.log(line('edifact npm Parser (streamed, callbacks)', streamed, mb));
  const oursWholeRate = await best(() => oursWhole(bytes));
  console.log(line('ours readInterchange (whole input)', oursWholeRate, mb, peerWholeRate));
  const oursStreamRate = await best(() => oursStreamed(byteChunks));
  console.log(line('ours streamInterchange (64 KB chunks)', oursStreamRate, mb, peerStreamRate));
  const scan = await best(() => countTerminators(bytes));
  console.log(line('baseline: count segment terminators', scan, mb, peerStreamRate));
}

interface RssReport {
  readonly maxRssMB: number;
  readonly inputMB: number;
  readonly segments: number;
  readonly seconds: number;
}

/** Child side: stream a generated interchange of `mb` through one reader and report max RSS. */
async function rssChild(kind: string, mb: number): Promise<void> {
  const t0 = performance.now();
  let segments = 0;
  let input = 0;
  const encoder = new TextEncoder();
  const chunks = function* (): Generator<string> {
    for (const c of coarriChunks(mb * MB)) {
      input += c.length;
      yield c;
    }
  };
  if (kind === 'ours') {
    const bytes = (function* () {
      for (const c of chunks()) yield encoder.encode(c);
    })();
    for await (const m of streamInterchange(toAsync(bytes))) segments += m.segments.length;
  } else if (kind === 'peer-streamed') segments = peerStreamed(chunks());
  else if (kind === 'peer-whole') segments = peerWhole([...chunks()].join(''));
  else for (const c of chunks()) segments += c.length > 0 ? 0 : 1;
  const report: RssReport = {
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    inputMB: input / MB,
    segments,
    seconds: (performance.now() - t0) / 1000,
  };
  console.log(JSON.stringify(report));
}

function runChild(kind: string, heapMB: number): RssReport | string {
  const file = fileURLToPath(import.meta.url);
  const args = [
    `--max-old-space-size=${heapMB}`,
    '--import',
    'tsx',
    file,
    '--rss-child',
    kind,
    String(RSS_MB),
  ];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !last.startsWith('{'))
    return `did not complete (exit ${r.status ?? r.signal}; heap capped at ${heapMB} MB)`;
  return JSON.parse(last) as RssReport;
}

function memory(): void {
  console.log(`peak RSS streaming a generated ${RSS_MB} MB interchange (child processes):`);
  const rows: [string, string, number][] = [
    ['generator only (no parsing)', 'baseline', 1024],
    ['ours streamInterchange', 'ours', 1024],
    ['edifact npm Parser (streamed, callbacks)', 'peer-streamed', 1024],
    ['edifact npm, all segments (whole input)', 'peer-whole', 4096],
  ];
  for (const [label, kind, heap] of rows) {
    const r = runChild(kind, heap);
    const text =
      typeof r === 'string'
        ? r
        : `${r.maxRssMB.toFixed(0)} MB max RSS, ${r.inputMB.toFixed(0)} MB in ${r.seconds.toFixed(1)} s`;
    console.log(`  ${label.padEnd(44)} ${text}`);
  }
}

export async function run(): Promise<void> {
  await throughput();
  memory();
}

const argv = process.argv;
if (argv[2] === '--rss-child' && fileURLToPath(import.meta.url) === argv[1]) {
  await rssChild(argv[3] ?? 'ours', Number(argv[4] ?? 100));
}
