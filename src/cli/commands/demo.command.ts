/**
 * `portcullis demo`: the README's main job. Creates the database, fills it with the simulated demo
 * world through the real intake and targeting paths (once: a marker in the data directory says it
 * was done), then serves the API on it.
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, type Config } from '../../services/config.ts';
import type { DemoSignIn } from '../demo/demo-accounts.ts';
import { DEFAULT_DEMO_OPTIONS, type DemoOptions } from '../demo/demo-world.ts';
import { fail, printJson } from '../output.ts';

interface DemoSummary {
  readonly signIns?: readonly DemoSignIn[];
  readonly [key: string]: unknown;
}

/** The demo's sign-ins as a small table: one account per role. */
function signInTable(signIns: readonly DemoSignIn[]): string {
  const width = Math.max(8, ...signIns.map((s) => s.username.length));
  const lines = signIns.map(
    (s) => `  ${s.username.padEnd(width)}  ${s.password.padEnd(24)}  ${s.role}`,
  );
  return ['Sign in to the web app as (agency local):', ...lines].join('\n');
}

interface DemoFlags {
  days: string;
  upcomingDays: string;
  seed: string;
  containersPerDay: string;
  serve: boolean;
  port?: string;
  json?: boolean;
}

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    fail(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`, 2);
  return n;
}

function demoOptions(flags: DemoFlags): DemoOptions {
  return {
    ...DEFAULT_DEMO_OPTIONS,
    days: wholeNumber('days', flags.days, 1, 60),
    upcomingDays: wholeNumber('upcoming-days', flags.upcomingDays, 0, 14),
    containersPerDay: wholeNumber('containers-per-day', flags.containersPerDay, 100, 25_000),
    seed: flags.seed,
  };
}

async function seedOnce(config: Config, options: DemoOptions, json: boolean): Promise<unknown> {
  const marker = path.join(config.dataDir, 'demo.json');
  if (existsSync(marker)) {
    if (!json)
      console.log(`Demo data already loaded (${marker}); remove the data directory to start over.`);
    return JSON.parse(await readFile(marker, 'utf8')) as unknown;
  }
  const { createAppContext } = await import('../../services/app-context.ts');
  const { seedDemo } = await import('../demo/seed-demo.ts');
  const context = await createAppContext(config);
  try {
    if (!json)
      console.log(
        `Simulating Antwerp up to now: ${options.days} days of history and ${options.upcomingDays} of arrivals ahead (${options.containersPerDay} containers a day); files prepared after now are held back…`,
      );
    const summary = await seedDemo(
      context,
      options,
      json ? () => undefined : (line) => console.log(`  ${line}`),
    );
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(
      marker,
      JSON.stringify({ options, summary, at: new Date().toISOString() }, null, 2),
    );
    return { options, summary };
  } finally {
    await context.close();
  }
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'fill the database with a simulated port (history with scan outcomes, upcoming arrivals) and serve it',
    )
    .option(
      '--days <n>',
      'days (of 24 hours before now) whose vessel calls are history, with scans and outcomes',
      String(DEFAULT_DEMO_OPTIONS.days),
    )
    .option(
      '--upcoming-days <n>',
      'days (of 24 hours after now) whose arrivals are scored and left to plan',
      String(DEFAULT_DEMO_OPTIONS.upcomingDays),
    )
    .option('--seed <seed>', 'simulation seed (same seed, same world)', DEFAULT_DEMO_OPTIONS.seed)
    .option(
      '--containers-per-day <n>',
      'port volume (Antwerp moves about 20,500 a day)',
      String(DEFAULT_DEMO_OPTIONS.containersPerDay),
    )
    .option('--no-serve', 'fill the database and exit (for scripts)')
    .option('-p, --port <port>', 'HTTP port (default: $PORTCULLIS_PORT or 8080)')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: DemoFlags) => {
      const config = loadConfig(
        undefined,
        flags.port !== undefined ? { port: Number(flags.port) } : {},
      );
      const started = performance.now();
      const result = await seedOnce(config, demoOptions(flags), flags.json === true);
      const { signIns = [], ...summary } = (result as { summary?: DemoSummary }).summary ?? {};
      if (flags.json) printJson(result);
      else
        console.log(
          `Demo data ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`,
        );
      const showSignIns = () => {
        if (!flags.json && signIns.length > 0) console.log(`\n${signInTable(signIns)}`);
      };
      if (!flags.serve) return showSignIns();
      const { startServer } = await import('../../server/main.ts');
      const running = await startServer(config);
      console.log(
        `\nPortcullis is running.\n  web app: ${running.url}/\n  health:  ${running.url}/health/ready\n  API:     ${running.url}/openapi.json`,
      );
      showSignIns();
      console.log('Stop with Ctrl-C.');
    });
}
