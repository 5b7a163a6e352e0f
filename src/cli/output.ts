/** CLI output helpers: human lines or one JSON document (`--json`), and exit codes. */
import { AppError } from '../core/app-error.ts';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostic.ts';

export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

export function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) console.log(`  ${formatDiagnostic(d)}`);
}

/** Fails the command with a message on stderr and a non-zero exit code, without a stack trace. */
export function fail(message: string, exitCode = 1): never {
  console.error(`portcullis: ${message}`);
  process.exit(exitCode);
}

/**
 * What a failed command prints on stderr: the message, then each diagnostic the error carries
 * (where a rule set, a table or an upload is wrong), one per line.
 */
export function errorLines(error: unknown): string[] {
  const message = error instanceof Error ? error.message : String(error);
  const diagnostics = error instanceof AppError ? (error.details?.diagnostics ?? []) : [];
  return [`portcullis: ${message}`, ...diagnostics.map((d) => `  ${formatDiagnostic(d)}`)];
}
