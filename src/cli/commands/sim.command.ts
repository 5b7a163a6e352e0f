/**
 * `portcullis sim`: simulates a port's container traffic over a period and writes it to a folder
 * in the intake's formats (EDIFACT CUSCAR, BAPLIE, CODECO; DCSA JSON; CSV), with the ground truth
 * of the planted smuggling cases and entities, the outcome model and the run's statistics.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { formatDiagnostic } from '../../core/diagnostic.ts';
import {
  formatStats,
  simConfig,
  TYPOLOGIES,
  validateSimConfig,
  writeSimulation,
  type SimConfigOverrides,
  type Typology,
} from '../../sim/index.ts';
import { fail, printJson } from '../output.ts';

interface SimOptions {
  port: string;
  days: number;
  seed: string;
  out: string;
  start?: string;
  containersPerDay?: number;
  reeferShare?: number;
  rate: Partial<Record<Typology, number>>;
  json?: boolean;
}

const num = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new InvalidArgumentError('not a number');
  return n;
};

function rate(
  v: string,
  previous: Partial<Record<Typology, number>>,
): Partial<Record<Typology, number>> {
  const [name = '', value = ''] = v.split('=');
  if (!(TYPOLOGIES as readonly string[]).includes(name))
    throw new InvalidArgumentError(`typology must be one of ${TYPOLOGIES.join(', ')}`);
  return { ...previous, [name]: num(value) };
}

function overrides(o: SimOptions): SimConfigOverrides {
  return {
    port: o.port.toUpperCase(),
    days: o.days,
    seed: o.seed,
    ...(o.start ? { startDate: o.start } : {}),
    ...(o.containersPerDay !== undefined ? { containersPerDay: o.containersPerDay } : {}),
    ...(o.reeferShare !== undefined ? { reeferShare: o.reeferShare } : {}),
    typologyRates: o.rate,
  };
}

async function run(o: SimOptions): Promise<void> {
  const checked = validateSimConfig(simConfig(overrides(o)));
  if (!checked.ok) return fail(checked.diagnostics.map(formatDiagnostic).join('\n'));
  const started = performance.now();
  const result = await writeSimulation(checked.value, o.out, (day) => {
    if (!o.json)
      console.log(
        `${day.date}: ${day.calls.length} calls, ${day.containerEvents.length} container events, ${day.cases.length} cases`,
      );
  });
  const seconds = (performance.now() - started) / 1000;
  if (o.json)
    return printJson({
      outDir: result.outDir,
      files: result.files,
      bytes: result.bytes,
      seconds,
      stats: result.stats,
    });
  console.log(
    `Wrote ${result.files} files (${(result.bytes / 1e6).toFixed(1)} MB) to ${result.outDir} in ${seconds.toFixed(1)} s`,
  );
  for (const line of formatStats(result.stats)) console.log(line);
}

export function registerSimCommand(program: Command): void {
  program
    .command('sim')
    .description(
      "simulate a port's container traffic with planted smuggling cases and write it in the intake's formats",
    )
    .option('--port <locode>', 'UN/LOCODE of the port', 'BEANR')
    .option('--days <n>', 'number of days', num, 1)
    .option('--seed <seed>', 'random seed (same seed, same bytes)', 'portcullis')
    .requiredOption('--out <dir>', 'output folder')
    .option('--start <date>', 'first day, YYYY-MM-DD')
    .option('--containers-per-day <n>', 'containers moved per day (Antwerp: about 20,500)', num)
    .option('--reefer-share <share>', 'share of discharged full containers that are reefers', num)
    .option(
      '--rate <typology=rate>',
      `cases per container for a typology (${TYPOLOGIES.join(', ')}); repeatable`,
      rate,
      {},
    )
    .option('--json', 'print the result as JSON')
    .action(run);
}
