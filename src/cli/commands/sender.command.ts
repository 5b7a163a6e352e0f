/**
 * `portcullis sender add|key|list`: registers the carriers and terminals that send cargo data,
 * with their intake policy, and issues their API keys (printed once; only a hash is kept).
 */
import type { Command } from 'commander';
import { loadConfig } from '../../services/config.ts';
import type { IntakeContext } from '../../services/intake/intake-context.ts';
import { fail, printJson } from '../output.ts';

interface Common {
  dataDir?: string;
  agency: string;
  json?: boolean;
}

async function withIntake<T>(options: Common, body: (ctx: IntakeContext) => Promise<T>) {
  const config = loadConfig(undefined, options.dataDir ? { dataDir: options.dataDir } : {});
  const { createAppContext } = await import('../../services/app-context.ts');
  const { intakeContext } = await import('../../services/intake/intake-context.ts');
  const context = await createAppContext(config);
  try {
    return await body(intakeContext(context, options.agency));
  } finally {
    await context.close();
  }
}

const common = (c: Command) =>
  c
    .option('--agency <id>', 'agency that receives the data', 'local')
    .option('--data-dir <dir>', 'embedded database directory')
    .option('--json', 'print the result as JSON');

export function registerSenderCommand(program: Command): void {
  const sender = program
    .command('sender')
    .description('carriers and terminals that send cargo data, and their API keys');
  common(sender.command('add').argument('<name>', 'the sender, e.g. "Maersk Line"'))
    .description('register a sender')
    .option('--kind <kind>', 'carrier or terminal', 'carrier')
    .option('--all-or-nothing', 'reject a whole message when one record is invalid')
    .option(
      '--reject-unt-count',
      'reject a message whose UNT segment count is wrong (default: warn)',
    )
    .action(
      async (
        name: string,
        o: Common & { kind: string; allOrNothing?: boolean; rejectUntCount?: boolean },
      ) => {
        if (o.kind !== 'carrier' && o.kind !== 'terminal')
          fail(`--kind must be carrier or terminal, not "${o.kind}"`, 2);
        const policy = {
          acceptance: o.allOrNothing ? 'all-or-nothing' : 'partial',
          untCount: o.rejectUntCount ? 'reject' : 'warning',
        } as const;
        const view = await withIntake(o, (ctx) =>
          ctx.senders.addSender(ctx.operator, {
            name,
            kind: o.kind as 'carrier' | 'terminal',
            policy,
          }),
        );
        if (o.json) printJson(view);
        else console.log(`Sender ${view.name} (${view.kind}) registered: ${view.id}`);
      },
    );
  common(sender.command('key').argument('<id>', 'sender id'))
    .description('issue an API key for a sender (printed once)')
    .option('--expires <date>', 'expiry date (ISO 8601)')
    .action(async (id: string, o: Common & { expires?: string }) => {
      const expiresAt = o.expires === undefined ? undefined : new Date(o.expires);
      if (expiresAt && Number.isNaN(expiresAt.getTime()))
        fail(`--expires "${o.expires}" is not a date`, 2);
      const issued = await withIntake(o, (ctx) =>
        ctx.senders.issueKey(ctx.operator, id, expiresAt ? { expiresAt } : {}),
      );
      if (o.json) printJson(issued);
      else console.log(`API key for sender ${id} (shown once, keep it safe):\n${issued.key}`);
    });
  common(sender.command('list'))
    .description('list the senders of the agency')
    .action(async (o: Common) => {
      const list = await withIntake(o, (ctx) => ctx.senders.listSenders(ctx.operator));
      if (o.json) printJson(list);
      else
        for (const s of list)
          console.log(
            `${s.id}  ${s.kind.padEnd(8)}  ${s.name}  (${s.policy.acceptance}, UNT ${s.policy.untCount})`,
          );
    });
}
