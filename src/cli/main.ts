/**
 * The `portcullis` command: one commander program, every command in its own module under
 * commands/. Errors reach the user without a stack trace: one line, then the diagnostics that say
 * where the input is wrong.
 */
import { Command, CommanderError } from 'commander';
import { errorLines } from './output.ts';
import { registerAuditCommand } from './commands/audit.command.ts';
import { registerBackupCommands } from './commands/backup.command.ts';
import { registerDemoCommand } from './commands/demo.command.ts';
import { registerIngestCommand } from './commands/ingest.command.ts';
import { registerInitCommand } from './commands/init.command.ts';
import { registerModelCommand } from './commands/model.command.ts';
import { registerRiskCommand } from './commands/risk.command.ts';
import { registerRulesCommand } from './commands/rules.command.ts';
import { registerSenderCommand } from './commands/sender.command.ts';
import { registerServeCommand } from './commands/serve.command.ts';
import { registerSimCommand } from './commands/sim.command.ts';
import { registerValidateCommand } from './commands/validate.command.ts';
import { registerOutcomesCommands } from './commands/outcomes.commands.ts';
import { registerExchangeCommands } from './commands/exchange.commands.ts';
import { registerEntitiesCommands } from './commands/entities.commands.ts';
import { registerSecurityCommands } from './commands/security.commands.ts';

export function buildProgram(): Command {
  const program = new Command('portcullis')
    .description(
      'Portcullis: cargo intake, container targeting and intelligence exchange for customs and police services',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });
  registerAuditCommand(program);
  registerBackupCommands(program);
  registerDemoCommand(program);
  registerIngestCommand(program);
  registerInitCommand(program);
  registerModelCommand(program);
  registerRiskCommand(program);
  registerRulesCommand(program);
  registerSenderCommand(program);
  registerServeCommand(program);
  registerSimCommand(program);
  registerValidateCommand(program);
  registerOutcomesCommands(program);
  registerExchangeCommands(program);
  registerEntitiesCommands(program);
  registerSecurityCommands(program);
  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  for (const line of errorLines(error)) console.error(line);
  process.exit(1);
}
