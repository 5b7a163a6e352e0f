/**
 * `portcullis ingest <files…>`: takes EDIFACT, DCSA JSON and CSV files (format detected per
 * file) through the same intake as the HTTP API, with a progress bar, and prints a summary per
 * file: records accepted and quarantined, and the diagnostics (`--json` for all of it).
 */
import type { Command } from 'commander';
import { access, constants, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.ts';
import { loadConfig } from '../../services/config.ts';
import type { Acknowledgement } from '../../services/intake/acknowledgement.ts';
import { fail, printDiagnostics, printJson } from '../output.ts';

interface IngestOptions {
  sender: string;
  agency: string;
  dataDir?: string;
  json?: boolean;
  progress?: boolean;
}

export interface FileSummary {
  readonly file: string;
  readonly format: string;
  readonly status: string;
  readonly acknowledgementId: string;
  readonly replayed: boolean;
  readonly accepted: number;
  readonly quarantined: number;
  readonly quarantinedRecords: readonly { key: string; kind: string; reason: string }[];
  readonly diagnostics: readonly Diagnostic[];
}

export function summaryOf(file: string, ack: Acknowledgement, replayed: boolean): FileSummary {
  const accepted = ack.units
    .map((u) => u.accepted)
    .reduce((n, a) => n + a.consignments + a.equipment + a.containerEvents + a.transportEvents, 0);
  const quarantinedRecords = ack.units.flatMap((u) =>
    u.quarantined.map((q) => ({ key: q.key, kind: q.kind, reason: q.reason })),
  );
  return {
    file,
    format: ack.format ?? 'unknown',
    status: ack.status,
    acknowledgementId: ack.id,
    replayed,
    accepted,
    quarantined: quarantinedRecords.length,
    quarantinedRecords,
    diagnostics: [...ack.diagnostics, ...ack.units.flatMap((u) => u.diagnostics)],
  };
}

/** The progress bar on standard error (a terminal), or nothing. */
export async function progressBar(
  total: number,
  enabled: boolean,
  stream: NodeJS.WritableStream = process.stderr,
) {
  if (!enabled) return { increment: (_: number, __: string) => undefined, stop: () => undefined };
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    {
      format: 'ingest [{bar}] {value}/{total} files | {file}',
      stream,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    increment: (n: number, file: string) => bar.increment(n, { file }),
    stop: () => bar.stop(),
  };
}

/** Every file must be readable before anything is submitted, so a typo never leaves a batch half done. */
async function requireReadable(files: readonly string[]): Promise<void> {
  const unreadable: string[] = [];
  for (const file of files) {
    await access(file, constants.R_OK).catch(() => unreadable.push(file));
  }
  if (unreadable.length > 0) {
    fail(`cannot read ${unreadable.map((f) => `"${f}"`).join(', ')}; nothing was ingested`, 2);
  }
}

function report(summaries: readonly FileSummary[], json: boolean | undefined): void {
  if (json) printJson({ files: summaries });
  else summaries.forEach(printSummary);
}

function printSummary(s: FileSummary): void {
  const replay = s.replayed ? ' (resubmission: first acknowledgement)' : '';
  console.log(
    `${s.file}: ${s.format}, ${s.status}${replay}, ${s.accepted} accepted, ${s.quarantined} quarantined`,
  );
  const shown = s.diagnostics.filter((d) => d.severity !== 'info');
  printDiagnostics(shown.slice(0, 20));
  if (shown.length > 20) console.log(`  … and ${shown.length - 20} more (use --json)`);
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description(
      'take cargo files (EDIFACT, DCSA Track & Trace JSON, CSV manifests) into the intake',
    )
    .argument('<files...>', 'files to ingest; the format of each is detected')
    .option(
      '--sender <name-or-id>',
      'the sender the files come from (created as a carrier if new)',
      'local-files',
    )
    .option('--agency <id>', 'agency that receives the data', 'local')
    .option('--data-dir <dir>', 'embedded database directory')
    .option(
      '--json',
      'print one JSON document: per file, records accepted, quarantined, diagnostics',
    )
    .option('--no-progress', 'no progress bar')
    .action(async (files: string[], o: IngestOptions) => {
      const config = loadConfig(undefined, o.dataDir ? { dataDir: o.dataDir } : {});
      await requireReadable(files);
      const { createAppContext } = await import('../../services/app-context.ts');
      const { intakeContext } = await import('../../services/intake/intake-context.ts');
      const context = await createAppContext(config);
      const summaries: FileSummary[] = [];
      try {
        const ctx = intakeContext(context, o.agency);
        const actor = ctx.actorOf(await ctx.senderNamed(o.sender));
        const bar = await progressBar(
          files.length,
          o.progress !== false && !o.json && process.stderr.isTTY,
        );
        for (const file of files) {
          const bytes = new Uint8Array(await readFile(file));
          const outcome = await ctx.intake.submit(actor, {
            bytes,
            contentType: 'application/octet-stream',
            filename: path.basename(file),
          });
          summaries.push(summaryOf(file, outcome.acknowledgement, outcome.replayed));
          bar.increment(1, path.basename(file));
        }
        bar.stop();
      } finally {
        await context.close();
        // What was acknowledged is reported even when a later file fails.
        report(summaries, o.json);
      }
      process.exitCode = summaries.some((s) => s.status === 'rejected') ? 1 : 0;
    });
}
