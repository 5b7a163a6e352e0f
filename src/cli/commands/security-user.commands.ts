/** `portcullis user add|list|disable|enable|passwd|totp`: local accounts of people. */
import type { Command } from 'commander';
import { createAccountAdmin, createLocalAccount } from '../../services/auth/index.ts';
import { printJson } from '../output.ts';
import { collect, readStdin, withCommon, withContext, type CommonOptions } from './security-cli.ts';

interface AddOptions extends CommonOptions {
  readonly role: string[];
  readonly displayName?: string;
  readonly passwordStdin?: boolean;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('local accounts of people who sign in');
  withCommon(user.command('add').argument('<username>', 'lower-case sign-in name'))
    .description(
      'create a local account (without --password-stdin it signs in only through OpenID Connect)',
    )
    .requiredOption('--role <role>', 'a role (repeat for several)', collect, [])
    .option('--display-name <name>', 'the name shown in the web app')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (username: string, o: AddOptions) => {
      const password = o.passwordStdin ? await readStdin() : undefined;
      const created = await withContext(o, (context) =>
        createLocalAccount(
          context.database,
          {
            username,
            displayName: o.displayName ?? username,
            agencyId: o.agency,
            roles: o.role,
            ...(password === undefined ? {} : { password }),
          },
          { clock: context.clock },
        ),
      );
      if (o.json) printJson(created);
      else
        console.log(
          `User ${created.username} (${created.roles.join(', ')}) created in ${created.agencyId}: ${created.id}`,
        );
    });
  withCommon(user.command('list'))
    .description('list the accounts of the agency')
    .action(async (o: CommonOptions) => {
      const users = await withContext(o, (context) => createAccountAdmin(context).list(o.agency));
      if (o.json) printJson(users);
      else
        for (const u of users)
          console.log(
            `${u.username.padEnd(20)} ${u.status.padEnd(8)} ${u.roles.join(',').padEnd(30)} ${u.hasPassword ? 'password' : 'single sign-on'}  ${u.displayName}`,
          );
    });
  for (const [name, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const)
    withCommon(user.command(name).argument('<username>'))
      .description(`${name} an account${name === 'disable' ? ' (its sessions end at once)' : ''}`)
      .action(async (username: string, o: CommonOptions) => {
        await withContext(o, (context) => createAccountAdmin(context).setStatus(username, status));
        console.log(`User ${username} ${status}.`);
      });
  withCommon(user.command('passwd').argument('<username>'))
    .description('set a new password, read from standard input (the sessions of the account end)')
    .requiredOption('--password-stdin', 'read the password from standard input')
    .action(async (username: string, o: CommonOptions) => {
      const password = await readStdin();
      await withContext(o, (context) =>
        createAccountAdmin(context).setPassword(username, password),
      );
      console.log(`Password of ${username} changed.`);
    });
  withCommon(user.command('totp').argument('<username>'))
    .description(
      'enrol a TOTP second factor (prints the secret), confirm it with a code, or remove it',
    )
    .option('--confirm <code>', 'confirm the enrolment with a code from the authenticator')
    .option('--remove', 'remove the second factor')
    .action(async (username: string, o: CommonOptions & { confirm?: string; remove?: boolean }) => {
      await withContext(o, async (context) => {
        const admin = createAccountAdmin(context);
        if (o.remove) {
          const removed = await admin.removeTotp(username);
          console.log(
            removed ? `Second factor of ${username} removed.` : `${username} had no second factor.`,
          );
        } else if (o.confirm !== undefined) {
          await admin.confirmTotp(username, o.confirm);
          console.log(`Second factor of ${username} confirmed: sign-in now asks for a code.`);
        } else {
          const enrolment = await admin.enrolTotp(username);
          if (o.json) printJson(enrolment);
          else
            console.log(
              `Secret (add it to the authenticator app, then run with --confirm <code>):\n${enrolment.secret}\n${enrolment.otpauthUri}`,
            );
        }
      });
    });
}
