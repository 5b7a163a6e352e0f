// Traffic simulator throughput and memory: containers generated per second for a simulated month
// at Antwerp's volume (about 20,500 containers a day), against a named peer measured in the same
// run — serialising the very same day records with JSON.stringify, the least any output must pay —
// and the peak retained heap over the run against the retained heap after the first day (bounded memory: the ratio
// stays near 1 however long the run).
//
//   npm run bench sim                      a month (30 days)
//   SIM_BENCH_DAYS=365 npm run bench sim   the year run, measured, nothing extrapolated
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateDays, simConfig } from '../src/sim/index.ts';

export const title = 'Traffic simulator: containers generated per second and peak memory';

const DAYS = Number(process.env.SIM_BENCH_DAYS ?? 30);

// Retained heap is measured after a full collection, so the figure is what the run keeps, not
// what the collector has not reclaimed yet.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** CPU seconds (user + system) since `since`: stable on a shared machine where wall time is not. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
}

function retainedHeapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

export async function run(): Promise<void> {
  const config = simConfig({ seed: 'bench', days: DAYS });
  let containers = 0;
  let generateMs = 0;
  let stringifyMs = 0;
  let bytes = 0;
  let firstHeap = 0;
  let peakHeap = 0;
  let peakRss = 0;
  let generateCpu = 0;
  let stringifyCpu = 0;
  let started = performance.now();
  let cpu = process.cpuUsage();
  for (const day of generateDays(config)) {
    generateMs += performance.now() - started;
    generateCpu += cpuSeconds(cpu);
    containers += day.calls.reduce((n, c) => n + c.discharged.length + c.loaded.length, 0);
    const t = performance.now();
    const c = process.cpuUsage();
    bytes += JSON.stringify(day).length;
    stringifyMs += performance.now() - t;
    stringifyCpu += cpuSeconds(c);
    const heap = retainedHeapMb();
    if (day.index === 0) firstHeap = heap;
    peakHeap = Math.max(peakHeap, heap);
    peakRss = Math.max(peakRss, process.memoryUsage().rss / 1e6);
    if ((day.index + 1) % 30 === 0) {
      const cpuSoFar = generateCpu.toFixed(0);
      console.log(
        `  … ${day.index + 1} days, ${containers} containers, ${cpuSoFar} CPU-s generating, retained heap ${heap.toFixed(0)} MB`,
      );
    }
    started = performance.now();
    cpu = process.cpuUsage();
  }
  const generated = containers / (generateMs / 1000);
  const serialised = containers / (stringifyMs / 1000);
  const perCpu = (seconds: number) => Math.round(containers / seconds);
  const gb = (bytes / 1e9).toFixed(2);
  console.log(
    `simulated ${DAYS} days at ${config.port}: ${containers} containers moved (${gb} GB as JSON)`,
  );
  console.log(
    `generate:            ${Math.round(generated)} containers/s wall (${(generateMs / 1000).toFixed(1)} s), ${perCpu(generateCpu)} per CPU-second`,
  );
  console.log(
    `peer JSON.stringify: ${Math.round(serialised)} containers/s wall (${(stringifyMs / 1000).toFixed(1)} s), ${perCpu(stringifyCpu)} per CPU-second`,
  );
  console.log(
    `ratio generate / JSON.stringify of the same records: ${(generated / serialised).toFixed(2)} (wall), ${(stringifyCpu / generateCpu).toFixed(2)} (CPU)`,
  );
  console.log(
    `retained heap after day 1: ${firstHeap.toFixed(0)} MB; peak retained heap: ${peakHeap.toFixed(0)} MB (ratio ${(peakHeap / firstHeap).toFixed(2)}); peak RSS: ${peakRss.toFixed(0)} MB`,
  );
  await Promise.resolve();
}
