/** What the account and API key commands share: the node's context, the operator, stdin, options. */
import type { Command } from 'commander';
import { createActor, type Actor } from '../../services/access/actor.ts';
import type { AppContext } from '../../services/app-context.ts';
import { loadConfig } from '../../services/config.ts';
import { fail } from '../output.ts';

export interface CommonOptions {
  readonly dataDir?: string;
  readonly agency: string;
  readonly json?: boolean;
}

export const withCommon = (c: Command) =>
  c
    .option('--agency <id>', 'agency the account or key belongs to', 'local')
    .option('--data-dir <dir>', 'embedded database directory')
    .option('--json', 'print the result as JSON');

export async function withContext<T>(
  options: CommonOptions,
  body: (context: AppContext, operator: Actor) => Promise<T>,
): Promise<T> {
  const config = loadConfig(undefined, options.dataDir ? { dataDir: options.dataDir } : {});
  const { createAppContext } = await import('../../services/app-context.ts');
  const context = await createAppContext(config);
  const operator = createActor({
    kind: 'user',
    id: 'cli',
    agencyId: options.agency,
    roles: ['admin'],
  });
  try {
    return await body(context, operator);
  } finally {
    await context.close();
  }
}

/** The whole of standard input without its final line break (a password piped in). */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    fail('--password-stdin: pipe the password in, e.g. `printf %s "$PW" |`', 2);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];

export function parseDate(flag: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) fail(`${flag} "${value}" is not a date (ISO 8601)`, 2);
  return date;
}
