// Names screened per second against the full bundled OFAC SDN list (every programme, with
// aliases): Portcullis' screening index against fuse.js (Bitap fuzzy search, the usual
// JavaScript choice) as the peer, on the same labelled names (docs/screening.md), with recall and
// precision for both. The Portcullis run screens a day of Antwerp-sized intake (60,000 names,
// 10% variants of narcotics designations); fuse.js is timed on a sample of 30 variants and
// 30 decoys, as it scans every list name per query (both are reported on that sample too).
import Fuse from 'fuse.js';
import { normalizeName } from '../src/intel/normalize/normalize-name.ts';
import {
  generateLabelledSet,
  type LabelledName,
} from '../src/intel/screening/evaluation/labelled-set.ts';
import {
  screeningQuality,
  type ScreeningQuality,
} from '../src/intel/screening/evaluation/screening-quality.ts';
import { resultLine, resultsDigest } from '../src/intel/screening/evaluation/results-digest.ts';
import { buildScreeningIndex } from '../src/intel/screening/screening-index.ts';
import { screenName } from '../src/intel/screening/screen-name.ts';
import { loadNameParts, loadSdnEntries } from '../test/intel/load-watchlist.ts';

export const title = 'Watchlist screening against the full OFAC SDN list';

const DAY = 60_000;
const PEER_SAMPLE = 60;
/** fuse.js scores 0 (exact) to 1; this cut-off gave its best recall at usable precision. */
const FUSE_THRESHOLD = 0.3;
/** Digest of every hit of the 60k day (test/intel/screening-results.test.ts records the same). */
const RECORDED_DIGEST = '068ee133d6313b43a80b186577590fa79b30b431bc2d35061ba314ea5ce119df';

/** CPU seconds of this process since `from`: the machine is shared, so wall time overstates. */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
}

function line(label: string, names: number, seconds: number, q: ScreeningQuality): void {
  const rate = names / seconds;
  console.log(
    `${label.padEnd(24)} ${Math.round(rate).toLocaleString('en').padStart(9)} names per CPU-s  recall ${q.recall.toFixed(4)}  precision ${q.precision.toFixed(4)}  (${names} names in ${seconds.toFixed(2)} CPU-s)`,
  );
}

export function run(): Promise<void> {
  const entries = loadSdnEntries();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const keyOf = (id: string | undefined): string | undefined =>
    id === undefined ? undefined : normalizeName(byId.get(id)?.name ?? '').key;
  const t = performance.now();
  const index = buildScreeningIndex(entries);
  console.log(
    `index: ${entries.length} entries, ${index.names.length} names and aliases, built in ${((performance.now() - t) / 1000).toFixed(2)} s`,
  );
  const set = generateLabelledSet(entries, loadNameParts(), {
    seed: 7,
    variants: DAY / 10,
    decoys: (DAY * 9) / 10,
  });
  const canonical = (item: LabelledName, ids: string[]): string[] => {
    const key = keyOf(item.expected);
    return ids.map((id) =>
      key !== undefined && keyOf(id) === key ? (item.expected as string) : id,
    );
  };

  let cpu = process.cpuUsage();
  const hits = set.map((item) =>
    screenName(
      index,
      item.country === undefined ? { name: item.name } : { name: item.name, country: item.country },
      { limit: 10 },
    ),
  );
  const oursSeconds = cpuSeconds(cpu);
  const digest = resultsDigest();
  hits.forEach((h, k) => digest.add(resultLine(set[k]?.name ?? '', h)));
  const ours = hits.map((h) => h.map((x) => x.entry.id));
  let i = 0;
  const oursQ = screeningQuality(set, (item) => canonical(item, ours[i++] ?? []));

  const fuse = new Fuse(
    index.names.map((n) => ({ text: n.text, id: index.entries[n.entry]?.id ?? '' })),
    { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD },
  );
  // Half variants, half decoys, so the peer's recall rests on more than a handful of names.
  const sample = [
    ...set.filter((x) => x.expected !== undefined).slice(0, PEER_SAMPLE / 2),
    ...set.filter((x) => x.expected === undefined).slice(0, PEER_SAMPLE / 2),
  ];
  cpu = process.cpuUsage();
  const theirs = sample.map((item) => [
    ...new Set(fuse.search(item.name, { limit: 10 }).map((r) => r.item.id)),
  ]);
  const fuseSeconds = cpuSeconds(cpu);
  let j = 0;
  const fuseQ = screeningQuality(sample, (item) => canonical(item, theirs[j++] ?? []));
  const oursSampleQ = screeningQuality(sample, (item) =>
    canonical(item, ours[set.indexOf(item)] ?? []),
  );

  line('portcullis (60k day)', set.length, oursSeconds, oursQ);
  const hex = digest.hex();
  const same = hex === RECORDED_DIGEST ? 'identical to' : 'DIFFERENT from';
  console.log(`results: ${hex.slice(0, 16)}…, ${same} the recorded results`);
  line(
    'portcullis (sample)',
    sample.length,
    (oursSeconds * sample.length) / set.length,
    oursSampleQ,
  );
  line('fuse.js (sample)', sample.length, fuseSeconds, fuseQ);
  const ratio = set.length / oursSeconds / (sample.length / fuseSeconds);
  console.log(
    `ratio: portcullis screens ${ratio.toFixed(0)}× as many names per second as fuse.js; a 60,000-name day takes ${oursSeconds.toFixed(2)} CPU-s (budget 5 s)`,
  );
  return Promise.resolve();
}
