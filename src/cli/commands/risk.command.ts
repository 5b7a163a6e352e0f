/**
 * `portcullis risk score|calls|queue|assessment|plan|outcome|evaluate|model|scanner`: runs
 * pending scoring jobs, lists vessel calls and their queues (risk-reads.command.ts and
 * risk-calls.command.ts, with one container's assessment), makes scan plans with a control sample, evaluates targeted against
 * control scans on the recorded outcomes, and manages the model registry.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig } from '../../services/config.ts';
import type { TargetingContext } from '../../services/targeting/targeting-context.ts';
import type { TargetingEvaluation } from '../../services/targeting/targeting-evaluation.ts';
import { printJson } from '../output.ts';
import { registerRiskHistoryCommand } from './risk-history.command.ts';
import { registerRiskReadCommands } from './risk-reads.command.ts';

export interface RiskCommonOptions {
  dataDir?: string;
  agency: string;
  json?: boolean;
}

export async function withTargeting<T>(
  options: RiskCommonOptions,
  body: (ctx: TargetingContext) => Promise<T>,
): Promise<T> {
  const config = loadConfig(undefined, options.dataDir ? { dataDir: options.dataDir } : {});
  const { createAppContext } = await import('../../services/app-context.ts');
  const { targetingContext } = await import('../../services/targeting/targeting-context.ts');
  const context = await createAppContext(config);
  try {
    return await body(targetingContext(context, options.agency));
  } finally {
    await context.close();
  }
}

export const riskCommon = (c: Command) =>
  c
    .option('--agency <id>', 'agency whose data is targeted', 'local')
    .option('--data-dir <dir>', 'embedded database directory')
    .option('--json', 'print the result as JSON');

const num = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new InvalidArgumentError('not a number');
  return n;
};

const show = (o: RiskCommonOptions, value: unknown, text: () => string) =>
  o.json ? printJson(value) : console.log(text());

export function registerRiskCommand(program: Command): void {
  const risk = program
    .command('risk')
    .description('score containers, plan scans, evaluate targeting');
  riskCommon(risk.command('score'))
    .description('run pending scoring jobs')
    .option('--limit <n>', 'jobs at most', num, 1_000)
    .action(async (o: RiskCommonOptions & { limit: number }) => {
      const run = await withTargeting(o, (c) => c.targeting.scorePending(c.operator, o.limit));
      show(
        o,
        run,
        () =>
          `Scored ${run.containers} containers from ${run.jobs} filings (${run.failed} failed).`,
      );
    });
  registerRiskReadCommands(risk);
  registerPlan(risk);
  registerOutcome(risk);
  registerEvaluate(risk);
  registerModel(risk);
  registerScanner(risk);
  registerRiskHistoryCommand(risk);
}

function registerPlan(risk: Command) {
  riskCommon(risk.command('plan'))
    .description('make the scan plan of a vessel call (<IMO>:<voyage>:<port>)')
    .requiredOption('--call <id>', 'vessel call id')
    .option('--terminal <code>', 'terminal')
    .option('--shift <name>', 'shift label')
    .option('--hours <n>', 'shift length in hours', num)
    .option('--capacity <n>', 'containers to plan (default: scanners × hours)', num)
    .option('--control-share <x>', 'fixed control share (default: tuned by the bandit)', num)
    .option('--seed <text>', 'seed of the control draw')
    .action(
      async (
        o: RiskCommonOptions & {
          call: string;
          terminal?: string;
          shift?: string;
          hours?: number;
          capacity?: number;
          controlShare?: number;
          seed?: string;
        },
      ) => {
        const { call, dataDir: _d, agency: _a, json: _j, ...options } = o;
        const plan = await withTargeting(o, (c) =>
          c.targeting.makeScanPlan(c.operator, call, options),
        );
        show(o, plan, () => {
          const count = (r: string) => plan.selections.filter((s) => s.reason === r).length;
          return [
            `Plan ${plan.id}: capacity ${plan.capacity}, control share ${(plan.controlShare * 100).toFixed(1)}%`,
            `  holds ${count('hold')}, targeted ${count('targeted')}, control ${count('control')} ` +
              `(drawn from ${plan.controlPool}, propensity ${plan.controlPropensity.toFixed(4)})`,
            ...plan.selections.map(
              (s) =>
                `  ${s.containerNumber}  ${s.reason.padEnd(8)} ${s.score.toFixed(3)}  p=${s.propensity.toFixed(4)}`,
            ),
          ].join('\n');
        });
      },
    );
}

function registerOutcome(risk: Command) {
  riskCommon(risk.command('outcome').argument('<container>', 'container number'))
    .description('record what a scan or inspection found (linked to the plan that selected it)')
    .option('--found', 'drugs were found')
    .option('--seizure', 'a seizure followed')
    .action(
      async (container: string, o: RiskCommonOptions & { found?: boolean; seizure?: boolean }) => {
        const input = {
          containerNumber: container,
          found: o.found === true,
          seizure: o.seizure === true,
        };
        const r = await withTargeting(o, (c) => c.targeting.recordOutcome(c.operator, input));
        show(
          o,
          r,
          () =>
            `Recorded ${container}: ${input.found ? 'found' : 'nothing found'} (${r.reason ?? 'unplanned'})`,
        );
      },
    );
}

/** Budgets given in percent, as fractions: each in (0, 100]. */
const percents = (v: string) =>
  v.split(',').map((p) => {
    const n = Number(p.trim());
    if (!(n > 0 && n <= 100))
      throw new InvalidArgumentError(`"${p}" is not a percentage in (0, 100]`);
    return n / 100;
  });

const pct = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(100 * x).toFixed(2)}%`);
/** A ratio: n/a when undefined (no scans), ∞ when the control sample found nothing. */
const times = (x: number) => (Number.isNaN(x) ? 'n/a' : x === Infinity ? '∞' : x.toFixed(2));

export function formatEvaluation(e: TargetingEvaluation): string {
  const rate = (name: string, r: TargetingEvaluation['targeted']) =>
    `${name.padEnd(9)} ${r.hits}/${r.trials} = ${pct(r.rate)}  (95% CI ${pct(r.low)} – ${pct(r.high)})`;
  return [
    `Recorded outcomes: ${e.outcomes}; scored ${e.ranking.rows}, hits ${e.ranking.positives}; ROC AUC ${e.ranking.auc.toFixed(3)}`,
    ...e.ranking.budgets.map(
      (b) =>
        `  at ${pct(b.fraction)}: precision ${pct(b.precision)}, recall ${pct(b.recall)} (${b.inspected} inspected)`,
    ),
    rate('targeted', e.targeted),
    rate('control', e.control),
    rate('holds', e.holds),
    `ratio     ${times(e.ratio.estimate)}× (95% CI ${times(e.ratio.low)} – ${times(e.ratio.high)})`,
    `difference ${pct(e.difference.estimate)} (95% CI ${pct(e.difference.low)} – ${pct(e.difference.high)})`,
  ].join('\n');
}

function registerEvaluate(risk: Command) {
  riskCommon(risk.command('evaluate'))
    .description(
      'precision and recall at n%, ROC AUC, targeted against control hit rates with confidence intervals',
    )
    .option(
      '--budgets <percents>',
      'comma-separated inspection budgets in percent, as for "model evaluate" (default 1,2,5,10)',
      percents,
    )
    .action(async (o: RiskCommonOptions & { budgets?: number[] }) => {
      const e = await withTargeting(o, (c) => c.targeting.evaluate(c.operator, o.budgets));
      show(o, e, () => formatEvaluation(e));
    });
}

function registerModel(risk: Command) {
  const model = risk.command('model').description('the model registry');
  riskCommon(model.command('list'))
    .description('registered models with their status')
    .action(async (o: RiskCommonOptions) => {
      const list = await withTargeting(o, (c) => c.targeting.listModels(c.operator));
      show(o, list, () =>
        list.length === 0
          ? 'No model registered: containers are scored by the rules alone ("risk model train").'
          : list
              .map(
                (m) =>
                  `${m.version}  ${m.status}  data ${m.trainingDataSha256.slice(0, 12)}  ${m.createdAt}`,
              )
              .join('\n'),
      );
    });
  riskCommon(model.command('train'))
    .description('retrain on the recorded outcomes; registers a candidate')
    .action(async (o: RiskCommonOptions) => {
      const m = await withTargeting(o, (c) => c.targeting.retrainModel(c.operator));
      show(o, m, () => `Registered ${m.version} (candidate): ${JSON.stringify(m.metadata)}`);
    });
  riskCommon(model.command('activate').argument('<version>'))
    .description('make a model version the active one')
    .action(async (version: string, o: RiskCommonOptions) => {
      const m = await withTargeting(o, (c) => c.targeting.activateModel(c.operator, version));
      show(o, m, () => `Active model: ${m.version}`);
    });
}

function registerScanner(risk: Command) {
  riskCommon(risk.command('scanner').argument('<name>'))
    .description('configure a scanner and its throughput')
    .requiredOption('--port <locode>', 'port')
    .option('--terminal <code>', 'terminal (default: the whole port)', '')
    .requiredOption('--per-hour <n>', 'containers per hour', num)
    .action(
      async (
        name: string,
        o: RiskCommonOptions & { port: string; terminal: string; perHour: number },
      ) => {
        await withTargeting(o, (c) =>
          c.targeting.addScanner(c.operator, {
            name,
            port: o.port,
            terminal: o.terminal,
            containersPerHour: o.perHour,
          }),
        );
        show(
          o,
          { name },
          () => `Scanner ${name} at ${o.port}${o.terminal ? `/${o.terminal}` : ''}: ${o.perHour}/h`,
        );
      },
    );
}
