// Threshold sweep on one labelled set: `npx tsx test/intel/screening-threshold-sweep.ts [seed]`.
// Prints recall and precision per threshold, then the first misses and false alerts at the
// default threshold. The default was chosen with seed 1; the quality test uses other seeds.
import { normalizeName } from '../../src/intel/normalize/normalize-name.ts';
import { generateLabelledSet } from '../../src/intel/screening/evaluation/labelled-set.ts';
import { screeningQuality } from '../../src/intel/screening/evaluation/screening-quality.ts';
import { buildScreeningIndex } from '../../src/intel/screening/screening-index.ts';
import { DEFAULT_THRESHOLD, screenName } from '../../src/intel/screening/screen-name.ts';
import { loadNameParts, loadSdnEntries } from './load-watchlist.ts';

const seed = Number(process.argv[2] ?? 1);
const entries = loadSdnEntries();
const index = buildScreeningIndex(entries);
const keyOf = new Map(entries.map((e) => [e.id, normalizeName(e.name).key]));
const set = generateLabelledSet(entries, loadNameParts(), { seed, variants: 2000, decoys: 2000 });

for (const threshold of [0.7, 0.75, 0.78, 0.8, 0.82, 0.85]) {
  const q = screeningQuality(set, (item) => {
    const key = item.expected === undefined ? undefined : keyOf.get(item.expected);
    const query =
      item.country === undefined ? { name: item.name } : { name: item.name, country: item.country };
    return screenName(index, query, { threshold, limit: 10 }).map((h) =>
      key !== undefined && keyOf.get(h.entry.id) === key ? (item.expected as string) : h.entry.id,
    );
  });
  console.log(
    `threshold ${threshold}: recall ${q.recall.toFixed(4)}, precision ${q.precision.toFixed(4)}`,
  );
  if (threshold === DEFAULT_THRESHOLD) {
    for (const m of q.missed.slice(0, 20)) console.log(`  missed ${m.kind}: ${m.name}`);
    for (const f of q.falseAlerts.slice(0, 20)) console.log(`  false alert ${f.kind}: ${f.name}`);
  }
}
