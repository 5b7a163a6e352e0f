/**
 * `portcullis apikey create|list|rotate|revoke`: API keys of machine clients (scoped to the agency,
 * roles and permissions) or, with `--sender`, of a cargo sender.
 */
import type { Command } from 'commander';
import {
  createMachineKeyService,
  createSenderKeyService,
  DEFAULT_ROTATION_GRACE_SECONDS,
} from '../../services/auth/index.ts';
import { createSenderService } from '../../services/intake/sender.service.ts';
import { fail, printJson } from '../output.ts';
import { collect, parseDate, withCommon, withContext, type CommonOptions } from './security-cli.ts';

interface KeyOptions extends CommonOptions {
  readonly sender?: string;
}

interface CreateOptions extends KeyOptions {
  readonly name?: string;
  readonly role: string[];
  readonly permission: string[];
  readonly expires?: string;
}

interface Issued {
  readonly id: string;
  readonly key: string;
}

interface KeyLine {
  readonly id: string;
  readonly name?: string;
  readonly permissions: readonly string[];
  readonly expiresAt?: string;
  readonly revokedAt?: string;
}

function printKey(o: CommonOptions, issued: Issued) {
  if (o.json) printJson(issued);
  else console.log(`API key ${issued.id} (shown once, keep it safe):\n${issued.key}`);
}

const graceSeconds = (hours: string | undefined) => {
  if (hours === undefined) return DEFAULT_ROTATION_GRACE_SECONDS;
  const n = Number(hours);
  if (!Number.isFinite(n) || n < 0) fail(`--grace-hours "${hours}" is not a number of hours`, 2);
  return Math.round(n * 3600);
};

export function registerApiKeyCommands(program: Command): void {
  const apikey = program
    .command('apikey')
    .description('API keys of machine clients and cargo senders');
  const senderOption = (c: Command) =>
    c.option('--sender <id>', 'a cargo sender’s keys instead of a machine client’s');
  senderOption(withCommon(apikey.command('create')))
    .description('issue a key (printed once)')
    .option('--name <name>', 'what the machine client is (machine clients)')
    .option('--role <role>', 'a role of the key (repeat; machine clients)', collect, [])
    .option('--permission <p>', 'narrow the key to this permission (repeat)', collect, [])
    .option('--expires <date>', 'expiry (ISO 8601)')
    .action(async (o: CreateOptions) => {
      const expiresAt = parseDate('--expires', o.expires);
      const common = { permissions: o.permission, ...(expiresAt ? { expiresAt } : {}) };
      const issued = await withContext<Issued>(o, (context, operator) => {
        if (o.sender !== undefined)
          return createSenderService(context).issueKey(operator, o.sender, common);
        if (!o.name || o.role.length === 0)
          fail('apikey create: give --name and at least one --role (or --sender)', 2);
        return createMachineKeyService(context).create(operator, {
          name: o.name,
          roles: o.role,
          ...common,
        });
      });
      printKey(o, issued);
    });
  senderOption(withCommon(apikey.command('list')))
    .description('list keys (never the keys themselves)')
    .action(async (o: KeyOptions) => {
      const keys = await withContext<readonly KeyLine[]>(o, (context, operator) =>
        o.sender !== undefined
          ? createSenderKeyService(context).list(operator, o.sender)
          : createMachineKeyService(context).list(operator),
      );
      if (o.json) printJson(keys);
      else
        for (const k of keys) {
          const state = k.revokedAt
            ? `revoked ${k.revokedAt}`
            : k.expiresAt
              ? `expires ${k.expiresAt}`
              : 'no expiry';
          const name = k.name === undefined ? '' : `${k.name} `;
          console.log(`${k.id}  ${name}[${k.permissions.join(' ')}]  ${state}`);
        }
    });
  senderOption(withCommon(apikey.command('rotate').argument('<id>', 'key id')))
    .description('issue a new key with the same scope; the old one works for the grace period')
    .option('--grace-hours <n>', 'how long the old key keeps working', '24')
    .action(async (id: string, o: KeyOptions & { graceHours?: string }) => {
      const grace = graceSeconds(o.graceHours);
      const issued = await withContext<Issued>(o, (context, operator) =>
        o.sender !== undefined
          ? createSenderKeyService(context).rotate(operator, o.sender, id, grace)
          : createMachineKeyService(context).rotate(operator, id, grace),
      );
      printKey(o, issued);
    });
  senderOption(withCommon(apikey.command('revoke').argument('<id>', 'key id')))
    .description('revoke a key at once')
    .action(async (id: string, o: KeyOptions) => {
      await withContext(o, (context, operator) =>
        o.sender !== undefined
          ? createSenderKeyService(context).revoke(operator, o.sender, id)
          : createMachineKeyService(context).revoke(operator, id),
      );
      console.log(`API key ${id} revoked.`);
    });
}
