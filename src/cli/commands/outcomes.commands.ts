/** `portcullis outcome …` and `portcullis stats`: scan, inspection and seizure records; effectiveness figures. */
import type { Command } from 'commander';
import type { Actor } from '../../services/access/actor.ts';
import type { AppContext } from '../../services/app-context.ts';
import type { EffectivenessReport } from '../../services/outcomes/index.ts';
import { loadConfig } from '../../services/config.ts';
import { printJson } from '../output.ts';
import { riskCommon, type RiskCommonOptions } from './risk.command.ts';

async function withContext<T>(
  o: RiskCommonOptions,
  body: (context: AppContext, operator: Actor) => Promise<T>,
): Promise<T> {
  const config = loadConfig(undefined, o.dataDir ? { dataDir: o.dataDir } : {});
  const { createAppContext } = await import('../../services/app-context.ts');
  const { createActor } = await import('../../services/access/actor.ts');
  const context = await createAppContext(config);
  // The local operator reads as a supervisor of the agency: outcomes and statistics.
  const operator = createActor({
    kind: 'user',
    id: 'cli',
    agencyId: o.agency,
    roles: ['supervisor'],
  });
  try {
    return await body(context, operator);
  } finally {
    await context.close();
  }
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');

export function formatEffectiveness(r: EffectivenessReport): string {
  const lines = [
    `Effectiveness ${r.from.slice(0, 10)} – ${r.to.slice(0, 10)} by ${r.groupBy} (${r.confidence * 100}% Wilson intervals)`,
  ];
  for (const g of r.groups) {
    const arm = (name: 'targeted' | 'control') => {
      const a = g.arms[name];
      return `${name} ${a.hits}/${a.scans} ${pct(a.hitRate.rate)} [${pct(a.hitRate.low)}, ${pct(a.hitRate.high)}] ${a.kgPerScan.toFixed(1)} kg/scan`;
    };
    const lift = Number.isFinite(g.lift) ? `, ${g.lift.toFixed(1)}× control` : '';
    lines.push(`  ${g.group}: ${arm('targeted')}; ${arm('control')}${lift}`);
  }
  if (r.groups.length === 0) lines.push('  no examined selections in the period');
  return lines.join('\n');
}

export function registerOutcomesCommands(program: Command): void {
  riskCommon(program.command('stats'))
    .description(
      'effectiveness: hits and kg per scan, targeted against control; seizures by port and year',
    )
    .option('--by <group>', 'all, rule, route or period', 'all')
    .option('--from <date>', 'first day (ISO 8601)')
    .option('--to <date>', 'day after the last (ISO 8601)')
    .option('--seizures', 'seizures by port and year instead')
    .action(
      async (
        o: RiskCommonOptions & { by: string; from?: string; to?: string; seizures?: boolean },
      ) => {
        const { createStatsService } = await import('../../services/outcomes/index.ts');
        await withContext(o, async (context, operator) => {
          const stats = createStatsService({ database: context.database, clock: context.clock });
          if (o.seizures) {
            const rows = await stats.seizures(operator);
            if (o.json) return printJson(rows);
            console.log('port   year  seizures  containers  net kg  packages');
            for (const r of rows)
              console.log(
                `${r.port}  ${r.year}  ${String(r.seizures).padStart(8)}  ${String(r.containers).padStart(10)}  ${r.netKg.toFixed(1).padStart(6)}  ${String(r.packages).padStart(8)}`,
              );
            return;
          }
          const report = await stats.effectiveness(operator, {
            from: o.from,
            to: o.to,
            groupBy: o.by,
          });
          return o.json ? printJson(report) : console.log(formatEffectiveness(report));
        });
      },
    );
  const outcome = program
    .command('outcome')
    .description('selected containers and what their scans found');
  riskCommon(outcome.command('list'))
    .description('selections with their workflow state')
    .option('--call <id>', 'vessel call <IMO>:<voyage>:<port>')
    .option('--state <state>', 'selected, scanned, inspected, seized or released')
    .action(async (o: RiskCommonOptions & { call?: string; state?: string }) => {
      const { createOutcomesService } = await import('../../services/outcomes/index.ts');
      await withContext(o, async (context, operator) => {
        const service = createOutcomesService({ database: context.database, clock: context.clock });
        const items = await service.listSelections(operator, {
          callId: o.call,
          state: o.state,
          limit: 5000,
        });
        if (o.json) return printJson(items);
        for (const s of items)
          console.log(
            `${s.id}  ${s.containerNumber}  ${s.callId}  ${s.state.padEnd(9)} v${s.version}  ${s.reason}${s.mandatoryHold ? ' (hold)' : ''}`,
          );
      });
    });
  riskCommon(outcome.command('show').argument('<id>', 'selection id'))
    .description('one selection with its history, scan, inspection, seizures and custody')
    .action(async (id: string, o: RiskCommonOptions) => {
      const { createOutcomesService } = await import('../../services/outcomes/index.ts');
      await withContext(o, async (context, operator) => {
        const service = createOutcomesService({ database: context.database, clock: context.clock });
        printJson(await service.getSelection(operator, id));
      });
    });
}
