/**
 * `portcullis user …` (local accounts: add, list, disable, enable, passwd, totp) and
 * `portcullis apikey …` (API keys of machine clients and cargo senders: create, list, rotate,
 * revoke). Passwords are read from standard input (`--password-stdin`), never from arguments;
 * keys are printed once.
 */
import type { Command } from 'commander';
import { registerRetentionCommand } from './retention.command.ts';
import { registerApiKeyCommands } from './security-apikey.commands.ts';
import { registerUserCommands } from './security-user.commands.ts';

export function registerSecurityCommands(program: Command): void {
  registerUserCommands(program);
  registerApiKeyCommands(program);
  registerRetentionCommand(program);
}
