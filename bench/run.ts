// `npm run bench [name…]`: runs every bench/*.bench.ts (or those whose file name contains one of
// the given words). Each benchmark prints its figures as ratios against a named peer measured in
// the same run; none of them is a test and none asserts a time.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface BenchModule {
  readonly title: string;
  run(): Promise<void>;
}

const dir = import.meta.dirname;
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchModule;
  console.log(`\n## ${mod.title} (${file})`);
  const started = performance.now();
  await mod.run();
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
