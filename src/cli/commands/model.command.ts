/**
 * `portcullis model train|score|evaluate`: gradient-boosted trees trained on a labelled CSV table
 * (encodings fitted on the training table only), scores for any table with the same columns,
 * and precision/recall at inspection budgets with ROC AUC.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { Diagnostic } from '../../core/diagnostic.ts';
import {
  evaluateScoreFiles,
  scoreModelFiles,
  trainModelFiles,
} from '../../services/models/model-files.ts';
import {
  CATEGORICAL_ENCODINGS,
  type CategoricalEncoding,
  type GbdtParams,
} from '../../services/models/model-options.ts';
import { fail, printDiagnostics, printJson } from '../output.ts';

const num = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new InvalidArgumentError('not a number');
  return n;
};
const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function failWith(diagnostics: readonly Diagnostic[]): never {
  printDiagnostics(diagnostics);
  return fail(diagnostics[0]?.message ?? 'failed');
}

export function registerModelCommand(program: Command): void {
  const model = program
    .command('model')
    .description('train, apply and evaluate risk models on labelled tables (CSV)');
  registerTrain(model);
  registerScore(model);
  registerEvaluate(model);
}

interface TrainOptions {
  table: string;
  valid?: string;
  label: string;
  drop?: string[];
  categorical?: string[];
  numeric?: string[];
  out: string;
  encoding: CategoricalEncoding;
  json?: boolean;
  trees?: number;
  depth?: number;
  leaves?: number;
  learningRate?: number;
  lambda?: number;
  gamma?: number;
  minChildWeight?: number;
  subsample?: number;
  colsample?: number;
  scalePosWeight?: number;
  earlyStopping?: number;
  metric?: GbdtParams['evalMetric'];
  seed?: number;
}

function paramsOf(o: TrainOptions): Partial<GbdtParams> {
  const entries: [keyof GbdtParams, unknown][] = [
    ['trees', o.trees],
    ['maxDepth', o.depth],
    ['maxLeaves', o.leaves],
    ['growPolicy', o.leaves === undefined ? undefined : 'lossguide'],
    ['learningRate', o.learningRate],
    ['lambda', o.lambda],
    ['gamma', o.gamma],
    ['minChildWeight', o.minChildWeight],
    ['subsample', o.subsample],
    ['colsample', o.colsample],
    ['scalePosWeight', o.scalePosWeight],
    ['earlyStoppingRounds', o.earlyStopping],
    ['evalMetric', o.metric],
    ['seed', o.seed],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

function registerTrain(model: Command): void {
  model
    .command('train')
    .description('train gradient-boosted trees on a labelled table and write the model JSON')
    .requiredOption('--table <csv>', 'training table (CSV with a header row)')
    .option('--valid <csv>', 'validation table, for early stopping (never the test table)')
    .requiredOption('--label <expr>', 'label column (0/1) or comparison, e.g. "Critical Fraud==2"')
    .option('--drop <columns>', 'comma-separated columns that are not features', list)
    .option(
      '--categorical <columns>',
      'treat these columns as categorical (default: inferred)',
      list,
    )
    .option('--numeric <columns>', 'treat these columns as numbers (default: inferred)', list)
    .requiredOption('--out <json>', 'model file to write')
    .option(
      '--encoding <mode>',
      `high-cardinality categoricals: ${CATEGORICAL_ENCODINGS.join('|')}`,
      'target',
    )
    .option('--trees <n>', 'maximum number of trees (default 300)', num)
    .option('--depth <n>', 'maximum tree depth (default 6)', num)
    .option('--leaves <n>', 'maximum leaves per tree; grows best-first (loss-guided)', num)
    .option('--learning-rate <x>', 'shrinkage per tree (default 0.1)', num)
    .option('--lambda <x>', 'L2 regularisation of leaf values (default 1)', num)
    .option('--gamma <x>', 'minimum gain to split (default 0)', num)
    .option('--min-child-weight <x>', 'minimum hessian sum per child (default 1)', num)
    .option('--subsample <x>', 'row fraction per tree (default 1)', num)
    .option('--colsample <x>', 'feature fraction per tree (default 1)', num)
    .option('--scale-pos-weight <x>', 'weight of positive rows (default 1)', num)
    .option(
      '--early-stopping <n>',
      'stop after n trees without improvement on --valid (default 30)',
      num,
    )
    .option('--metric <name>', 'validation metric: logloss|auc (default logloss)')
    .option('--seed <n>', 'random seed for subsampling and target-encoding folds', num)
    .option('--json', 'print the training summary as JSON')
    .action(runTrain);
}

async function runTrain(o: TrainOptions): Promise<void> {
  if (!(CATEGORICAL_ENCODINGS as readonly string[]).includes(o.encoding)) {
    fail(`--encoding must be one of ${CATEGORICAL_ENCODINGS.join(', ')}`);
  }
  const started = performance.now();
  const result = await trainModelFiles({
    tablePath: o.table,
    ...(o.valid === undefined ? {} : { validPath: o.valid }),
    outPath: o.out,
    options: {
      label: o.label,
      drop: o.drop ?? [],
      categoricalEncoding: o.encoding,
      kinds: Object.fromEntries([
        ...(o.categorical ?? []).map((c) => [c, 'categorical'] as const),
        ...(o.numeric ?? []).map((c) => [c, 'numeric'] as const),
      ]),
      ...(o.seed === undefined ? {} : { seed: o.seed }),
    },
    params: paramsOf(o),
  });
  if (!result.ok) failWith(result.diagnostics);
  const t = result.value.gbdt.training;
  const summary = {
    model: o.out,
    rows: t.rows,
    positives: t.positives,
    features: result.value.gbdt.features.length,
    trees: result.value.gbdt.trees.length,
    bestIteration: t.bestIteration,
    validMetric: t.validMetric ?? null,
    dataSha256: t.dataSha256 ?? null,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  };
  if (o.json) {
    printJson(summary);
    return;
  }
  printDiagnostics(result.diagnostics);
  console.log(
    `Trained ${summary.trees} trees on ${t.rows} rows (${t.positives} positive), ` +
      `${summary.features} features, in ${summary.seconds} s → ${o.out}`,
  );
  if (t.validMetric)
    console.log(`Validation ${t.validMetric.name}: ${t.validMetric.value.toFixed(4)}`);
}

function registerScore(model: Command): void {
  model
    .command('score')
    .description(
      'score every row of a table; writes "row,score" (row = 1-based data row, input order)',
    )
    .requiredOption('--model <json>', 'model file from "model train"')
    .requiredOption('--table <csv>', 'table to score (same columns as the training table)')
    .requiredOption('--out <csv>', 'scores file to write')
    .option('--id <column>', 'also copy this column into the scores file (row,<id>,score)')
    .option('--explain <k>', 'add an "explanation" column with the k largest contributions', num)
    .option('--json', 'print the result as JSON')
    .action(
      async (o: {
        model: string;
        table: string;
        out: string;
        id?: string;
        explain?: number;
        json?: boolean;
      }) => {
        const result = await scoreModelFiles({
          modelPath: o.model,
          tablePath: o.table,
          outPath: o.out,
          ...(o.id === undefined ? {} : { idColumn: o.id }),
          ...(o.explain === undefined ? {} : { explain: o.explain }),
        });
        if (!result.ok) failWith(result.diagnostics);
        if (o.json) printJson({ scores: o.out, rows: result.value.rows });
        else console.log(`Scored ${result.value.rows} rows → ${o.out}`);
      },
    );
}

function registerEvaluate(model: Command): void {
  model
    .command('evaluate')
    .description(
      'precision and recall at 1/2/5/10% inspection budgets (ties by row order) and ROC AUC',
    )
    .requiredOption(
      '--scores <csv>',
      'scores file from "model score" (column "score", input order)',
    )
    .requiredOption('--table <csv>', 'the labelled table that was scored')
    .requiredOption('--label <expr>', 'label column (0/1) or comparison, e.g. "Critical Fraud==2"')
    .option('--budgets <percents>', 'comma-separated budgets in percent (default 1,2,5,10)', list)
    .option('--json', 'print the report as JSON')
    .action(
      async (o: {
        scores: string;
        table: string;
        label: string;
        budgets?: string[];
        json?: boolean;
      }) => {
        const budgets = o.budgets?.map((b) => Number(b) / 100);
        if (budgets?.some((b) => !(b > 0 && b <= 1)))
          fail('--budgets must be percentages in (0, 100]');
        const result = await evaluateScoreFiles({
          scoresPath: o.scores,
          tablePath: o.table,
          label: o.label,
          ...(budgets === undefined ? {} : { budgets }),
        });
        if (!result.ok) failWith(result.diagnostics);
        const r = result.value;
        if (o.json) return printJson(r);
        console.log(`${r.rows} rows, ${r.positives} positive; ROC AUC ${r.auc.toFixed(4)}`);
        for (const b of r.budgets) {
          const pct = `${+(b.fraction * 100).toFixed(2)}%`;
          console.log(
            `  top ${pct.padStart(4)} (${b.inspected} rows): precision ${b.precision.toFixed(3)}, recall ${b.recall.toFixed(3)}`,
          );
        }
      },
    );
}
