/**
 * Writes a simulated run to a folder in the formats the intake accepts, as their senders send
 * them (see sim-files.ts):
 *
 *   cuscar/<call>-<port of loading>.edi   baplie/<call>.edi   dcsa/<call>-<port of loading>.json
 *   codeco/<terminal>-<YYYYMMDDTHH>.edi   coarri/<terminal>-<YYYYMMDDTHH>.edi
 *   dcsa/<carrier>-<YYYYMMDDTHH>.json (Track & Trace 2.2)   csv/<day>.csv
 *   ground-truth.jsonl   register.jsonl   outcome-model.json   stats.json   config.json
 *
 * Memory stays bounded by a few days of moves plus the company register, so a year streams.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SimConfig } from '../sim-config.ts';
import type { SimDay } from '../sim-day.ts';
import { StatsCollector, type SimStats } from '../sim-stats.ts';
import { generateDays } from '../simulate.ts';
import { buildWorld } from '../world/world.ts';
import { entityTruths, registerEntry } from './entity-truths.ts';
import type { SimFile } from './sim-file.ts';
import { SimFileStream } from './sim-files.ts';

const FOLDERS = ['cuscar', 'baplie', 'codeco', 'coarri', 'dcsa', 'csv'];

export interface WriteResult {
  readonly outDir: string;
  readonly files: number;
  readonly bytes: number;
  readonly stats: SimStats;
}

export async function writeSimulation(
  config: SimConfig,
  outDir: string,
  onDay?: (day: SimDay) => void,
): Promise<WriteResult> {
  await Promise.all(FOLDERS.map((f) => mkdir(path.join(outDir, f), { recursive: true })));
  const world = buildWorld(config);
  const stats = new StatsCollector();
  const truth = await open(path.join(outDir, 'ground-truth.jsonl'), 'w');
  const stream = new SimFileStream(world.home.locode);
  let files = 0;
  let bytes = 0;
  const write = async (list: readonly SimFile[]) => {
    for (const f of list) {
      await writeFile(path.join(outDir, f.path), f.text);
      files++;
      bytes += Buffer.byteLength(f.text);
    }
  };
  try {
    for (const day of generateDays(config, world)) {
      await write(stream.add(day));
      for (const k of day.cases) await truth.write(`${JSON.stringify(k)}\n`);
      stats.add(day, world.home.locode);
      onDay?.(day);
    }
    await write(stream.finish());
    const companies = [...world.registry.all()].sort((a, b) => a.id.localeCompare(b.id));
    for (const e of entityTruths(companies)) await truth.write(`${JSON.stringify(e)}\n`);
    await writeFile(
      path.join(outDir, 'register.jsonl'),
      companies.map((c) => JSON.stringify(registerEntry(c))).join('\n') + '\n',
    );
  } finally {
    await truth.close();
  }
  const summary = stats.summary(world);
  await writeFile(
    path.join(outDir, 'outcome-model.json'),
    `${JSON.stringify(config.outcomeModel, null, 2)}\n`,
  );
  await writeFile(path.join(outDir, 'stats.json'), `${JSON.stringify(summary, null, 2)}\n`);
  await writeFile(path.join(outDir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  return { outDir, files: files + 5, bytes, stats: summary };
}
