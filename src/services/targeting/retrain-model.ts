/**
 * The retraining job: a training table from the assessments whose outcomes are known (their
 * stored feature snapshots, labelled found / not found; control-sample rows flagged and counted),
 * gradient-boosted trees trained on it, and the model registered as a candidate with the hash of
 * its training data.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import { MODEL_COLUMNS, toModelRow, type ModelRow } from '../../risk/features/to-model-row.ts';
import { matrixFromRows } from '../../risk/gbdt/feature-matrix.ts';
import type { GbdtParams } from '../../risk/gbdt/gbdt-params.ts';
import { trainGbdt } from '../../risk/gbdt/gbdt-trainer.ts';
import {
  insertModel,
  listLabelledAssessments,
  type Db,
  type ModelSummary,
} from '../../storage/index.ts';
import { unpackFeatures } from './feature-snapshot.ts';
import { encoderOf, RISK_MODEL_FORMAT, type RiskModelDocument } from './risk-model.ts';

export const DEFAULT_RETRAIN_PARAMS: Partial<GbdtParams> = {
  trees: 80,
  maxDepth: 4,
  learningRate: 0.1,
  minChildWeight: 2,
  seed: 7,
};

export async function retrainModel(
  tx: Db,
  agencyId: string,
  now: Date,
  params: Partial<GbdtParams> = DEFAULT_RETRAIN_PARAMS,
): Promise<ModelSummary> {
  const labelled = (await listLabelledAssessments(tx, agencyId, true)).flatMap((r) => {
    const values = unpackFeatures(r.features);
    return values ? [{ ...r, values }] : [];
  });
  const positives = labelled.filter((r) => r.found).length;
  if (positives === 0 || positives === labelled.length) {
    throw new AppError(
      'validation_failed',
      `retraining needs hits and misses: ${positives} of ${labelled.length} found`,
    );
  }
  const rows = labelled.map((r) =>
    toModelRow({
      billNumber: '',
      containerNumber: r.containerNumber,
      values: r.values,
    }),
  );
  const categories = categoriesOf(rows);
  const encode = encoderOf(categories);
  const matrix = matrixFromRows(
    MODEL_COLUMNS.map((c) => ({ name: c.name, kind: c.kind })),
    rows.map((r) => Array.from(encode(r))),
  );
  const labels = labelled.map((r) => (r.found ? 1 : 0));
  const sha = createHash('sha256').update(JSON.stringify({ rows, labels })).digest('hex');
  const trained = trainGbdt({ matrix, labels, params, dataSha256: sha });
  if (!trained.ok)
    throw new AppError('validation_failed', trained.diagnostics.map((d) => d.message).join('; '));
  const document: RiskModelDocument = {
    format: RISK_MODEL_FORMAT,
    gbdt: trained.value,
    categories,
  };
  const modelHash = createHash('sha256').update(JSON.stringify(document)).digest('hex');
  return insertModel(tx, {
    agencyId,
    version: `gbdt-${now.toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${modelHash.slice(0, 8)}`,
    modelHash,
    trainingDataSha256: sha,
    document,
    metadata: {
      rows: labelled.length,
      positives,
      controlRows: labelled.filter((r) => r.reason === 'control').length,
      controlPositives: labelled.filter((r) => r.reason === 'control' && r.found).length,
      trees: trained.value.trees.length,
      params,
    },
    createdAt: now,
  });
}

function categoriesOf(rows: readonly ModelRow[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  MODEL_COLUMNS.forEach((c, i) => {
    if (c.kind !== 'categorical') return;
    const seen = new Set<string>();
    for (const r of rows) {
      const v = r[i];
      if (typeof v === 'string') seen.add(v);
    }
    out[c.name] = [...seen].sort();
  });
  return out;
}
