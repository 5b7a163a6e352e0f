/**
 * `portcullis risk history import <files…>`: counts past bills (CSV manifests with `filed_at`
 * and an optional `outcome` column, docs/csv-manifest.md "History import") into the agency's
 * party and route history, one file per transaction, so a node that goes live knows its
 * shippers and consignees from the first day. Prints per file the bills imported, already
 * counted and rejected, with each diagnostic; `--json` prints the reports. Exits 1 when a
 * bill was rejected.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatDiagnostic } from '../../core/diagnostic.ts';
import type { HistoryImportReport } from '../../services/targeting/index.ts';
import { printJson } from '../output.ts';
import { riskCommon, withTargeting, type RiskCommonOptions } from './risk.command.ts';

export function formatHistoryReport(r: HistoryImportReport): string[] {
  const span = r.from ? `, filed ${r.from.slice(0, 10)} to ${r.to?.slice(0, 10)}` : '';
  return [
    `${r.file}: ${r.imported} bills imported${span}, ${r.alreadyCounted} already counted, ${r.rejected} rejected; ${r.seizures} seizures, ${r.hits} other hits`,
    ...r.diagnostics.map((d) => `  ${formatDiagnostic(d)}`),
  ];
}

export function registerRiskHistoryCommand(risk: Command): void {
  const history = risk.command('history').description("the agency's party and route history");
  riskCommon(history.command('import').argument('<files...>', 'CSV manifests of past bills'))
    .description('count past bills (with filed_at and outcome columns) into the history')
    .action(async (files: string[], o: RiskCommonOptions) => {
      const reports = await withTargeting(o, async (c) => {
        const out: HistoryImportReport[] = [];
        for (const name of files) {
          const text = await readFile(name, 'utf8');
          out.push(await c.targeting.importHistory(c.operator, { name, text }));
        }
        return out;
      });
      if (o.json) printJson(reports);
      else for (const r of reports) console.log(formatHistoryReport(r).join('\n'));
      process.exitCode = reports.some((r) => r.rejected > 0) ? 1 : 0;
    });
}
