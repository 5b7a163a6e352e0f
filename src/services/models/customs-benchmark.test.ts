/**
 * The customs benchmark's train → valid check (never the test split): a small model must rank
 * validation declarations well above chance. Skipped when the shared data is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../core/result.ts';
import { rankingReport } from '../../risk/evaluation/ranking-report.ts';
import { parseLabelExpression, tableLabels } from '../../risk/table/label-expression.ts';
import { scoreTable } from '../../risk/table/score-table.ts';
import { trainTableModel } from '../../risk/table/train-table-model.ts';
import { readCsvTable } from './read-csv-table.ts';

const DATA = '/work/shared/data/customs';
const present = existsSync(path.join(DATA, 'df_syn_train_eng.csv'));
const skipped = present ? '' : ` (skipped: ${DATA} not found)`;

describe.skipIf(!present)(`customs benchmark, train → valid${skipped}`, () => {
  it('ranks frauds in the validation quarter far above the base rate', async () => {
    const train = unwrap(await readCsvTable(path.join(DATA, 'df_syn_train_eng.csv')));
    const valid = unwrap(await readCsvTable(path.join(DATA, 'df_syn_valid_eng.csv')));
    const model = unwrap(
      trainTableModel({
        train,
        valid,
        options: { label: 'Fraud', drop: ['Declaration ID', 'Critical Fraud'] },
        params: { trees: 40, learningRate: 0.3, earlyStoppingRounds: 0 },
      }),
    );
    const { scores } = unwrap(scoreTable(model, valid));
    const labels = unwrap(tableLabels(valid, parseLabelExpression('Fraud')));
    const report = rankingReport(scores, labels);
    expect(report.auc).toBeGreaterThan(0.78);
    expect(report.budgets[2]!.precision).toBeGreaterThan(0.7);
  }, 120_000);
});
