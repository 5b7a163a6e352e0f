/** `portcullis validate <kind> <value>`: checks one identifier and says exactly what is wrong. */
import type { Command } from 'commander';
import {
  IDENTIFIER_KINDS,
  validateIdentifier,
  type IdentifierKind,
} from '../../services/identifier-validation.service.ts';
import { fail, printDiagnostics, printJson } from '../output.ts';

export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description(`check an identifier: ${IDENTIFIER_KINDS.join(', ')}`)
    .argument('<kind>', `one of ${IDENTIFIER_KINDS.join(', ')}`)
    .argument('<value>', 'the identifier, e.g. CSQU3054383')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  portcullis validate container CSQU3054383\n  portcullis validate locode BEANR --json\n\nExit code 0 when valid, 1 when invalid, 2 on bad usage.',
    )
    .action((kind: string, value: string, options: { json?: boolean }) => {
      if (!(IDENTIFIER_KINDS as readonly string[]).includes(kind)) {
        fail(`unknown kind "${kind}"; expected one of ${IDENTIFIER_KINDS.join(', ')}`, 2);
      }
      const result = validateIdentifier(kind as IdentifierKind, value);
      if (options.json) printJson(result);
      else if (result.valid) {
        console.log(
          `valid ${kind}: ${result.value}${result.notes.length ? ` (${result.notes.join('; ')})` : ''}`,
        );
      } else {
        console.log(`invalid ${kind}: ${value}`);
        printDiagnostics(result.diagnostics);
      }
      process.exitCode = result.valid ? 0 : 1;
    });
}
