/**
 * File wrappers of the table model for the CLI: train from CSV files and write the model JSON,
 * score a CSV file into a scores CSV, evaluate a scores CSV against a labelled table.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import { rankingReport, type RankingReport } from '../../risk/evaluation/ranking-report.ts';
import type { GbdtParams } from '../../risk/gbdt/gbdt-params.ts';
import type { TableOptions } from '../../risk/table/fit-table-schema.ts';
import { parseLabelExpression, tableLabels } from '../../risk/table/label-expression.ts';
import { scoreTable } from '../../risk/table/score-table.ts';
import { parseTableModel, type TableModel } from '../../risk/table/table-model.ts';
import { trainTableModel } from '../../risk/table/train-table-model.ts';
import { readCsvTable } from './read-csv-table.ts';
import { formatScoresCsv, parseScoresCsv } from './scores-csv.ts';

export interface TrainFilesRequest {
  readonly tablePath: string;
  readonly validPath?: string;
  readonly outPath: string;
  readonly options: TableOptions;
  readonly params?: Partial<GbdtParams>;
}

export async function trainModelFiles(req: TrainFilesRequest): Promise<Result<TableModel>> {
  const train = await readCsvTable(req.tablePath);
  if (!train.ok) return fail(...train.diagnostics);
  const valid = req.validPath === undefined ? undefined : await readCsvTable(req.validPath);
  if (valid !== undefined && !valid.ok) return fail(...valid.diagnostics);
  const trained = trainTableModel({
    train: train.value,
    ...(valid === undefined ? {} : { valid: valid.value }),
    options: req.options,
    ...(req.params === undefined ? {} : { params: req.params }),
    dataSha256: train.value.sha256,
  });
  if (!trained.ok) return trained;
  await writeFile(req.outPath, JSON.stringify(trained.value));
  return trained;
}

export async function readModelFile(path: string): Promise<Result<TableModel>> {
  try {
    return parseTableModel(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    return fail(
      diagnostic('model.read', `cannot read model ${path}: ${(error as Error).message}`, {
        source: path,
      }),
    );
  }
}

export interface ScoreFilesRequest {
  readonly modelPath: string;
  readonly tablePath: string;
  readonly outPath: string;
  /** Column copied into the scores file to identify rows (optional). */
  readonly idColumn?: string;
  /** Number of top feature contributions written per row (0 = none). */
  readonly explain?: number;
}

export async function scoreModelFiles(req: ScoreFilesRequest): Promise<Result<{ rows: number }>> {
  const model = await readModelFile(req.modelPath);
  if (!model.ok) return fail(...model.diagnostics);
  const table = await readCsvTable(req.tablePath);
  if (!table.ok) return fail(...table.diagnostics);
  const scored = scoreTable(model.value, table.value, req.explain ?? 0);
  if (!scored.ok) return fail(...scored.diagnostics);
  const csv = formatScoresCsv(table.value, scored.value, req.idColumn);
  if (!csv.ok) return fail(...csv.diagnostics);
  await writeFile(req.outPath, csv.value);
  return ok({ rows: scored.value.scores.length });
}

export interface EvaluateFilesRequest {
  readonly scoresPath: string;
  readonly tablePath: string;
  readonly label: string;
  readonly budgets?: readonly number[];
}

export async function evaluateScoreFiles(
  req: EvaluateFilesRequest,
): Promise<Result<RankingReport>> {
  const table = await readCsvTable(req.tablePath);
  if (!table.ok) return fail(...table.diagnostics);
  const scoresFile = await readCsvTable(req.scoresPath);
  if (!scoresFile.ok) return fail(...scoresFile.diagnostics);
  const scores = parseScoresCsv(scoresFile.value);
  if (!scores.ok) return fail(...scores.diagnostics);
  if (scores.value.length !== table.value.rows.length) {
    const message = `${scores.value.length} scores for ${table.value.rows.length} table rows`;
    return fail(diagnostic('scores.row-count', message, { source: req.scoresPath }));
  }
  const labels = tableLabels(table.value, parseLabelExpression(req.label));
  if (!labels.ok) return fail(...labels.diagnostics);
  return ok(rankingReport(scores.value, labels.value, req.budgets));
}
