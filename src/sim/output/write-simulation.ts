/**
 * Writes a simulated run to a folder in the formats the intake accepts, one day at a time:
 *
 *   cuscar/<call>-<port of loading>.edi   baplie/<call>.edi   codeco/<day>.edi
 *   dcsa/<day>.json (Track & Trace 2.2)   csv/<day>.csv
 *   ground-truth.jsonl   register.jsonl   outcome-model.json   stats.json   config.json
 *
 * Memory stays bounded by one day plus the company register, so a year streams.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeDcsaEvents } from '../../ingest/dcsa/index.ts';
import type { SimConfig } from '../sim-config.ts';
import type { SimDay } from '../sim-day.ts';
import { StatsCollector, type SimStats } from '../sim-stats.ts';
import { generateDays } from '../simulate.ts';
import { buildWorld } from '../world/world.ts';
import { edifactFiles } from './edifact-output.ts';
import { entityTruths, registerEntry } from './entity-truths.ts';
import { csvFile } from './csv-output.ts';

const FOLDERS = ['cuscar', 'baplie', 'codeco', 'dcsa', 'csv'];

export interface WriteResult {
  readonly outDir: string;
  readonly files: number;
  readonly bytes: number;
  readonly stats: SimStats;
}

/** A simulated day's files (path relative to the output folder, and text), for callers that ingest without writing to disk. */
export function simDayFiles(
  day: SimDay,
  home: string,
): { path: string; text: string; preparedAt: string }[] {
  const files = edifactFiles(day, home);
  files.push({
    path: `dcsa/${day.date}.json`,
    preparedAt: `${day.date}T23:59:00Z`,
    text: writeDcsaEvents(
      { container: day.containerEvents, transport: day.transportEvents },
      '2.2',
    ),
  });
  const csv = csvFile(day);
  if (csv) files.push({ ...csv, preparedAt: `${day.date}T23:59:00Z` });
  return files;
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
  let files = 0;
  let bytes = 0;
  try {
    for (const day of generateDays(config, world)) {
      for (const f of simDayFiles(day, world.home.locode)) {
        await writeFile(path.join(outDir, f.path), f.text);
        files++;
        bytes += Buffer.byteLength(f.text);
      }
      for (const k of day.cases) await truth.write(`${JSON.stringify(k)}\n`);
      stats.add(day, world.home.locode);
      onDay?.(day);
    }
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
