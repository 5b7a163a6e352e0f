/**
 * Exact TreeSHAP for the explanation someone opens. Scoring explains the model with path
 * contributions (cheap, every container); when an officer opens a container, its current
 * assessment's model reasons are recomputed with exact TreeSHAP from the stored feature
 * snapshot and the model version that scored it, and the explanation says so (`method`).
 */
import {
  DEFAULT_ASSESSMENT_CONFIG,
  type RiskBand,
} from '../../risk/assessment/assessment-config.ts';
import { explanationText, modelReasons, type Reason } from '../../risk/assessment/explanation.ts';
import type { FeatureValues } from '../../risk/features/feature-vector.ts';
import { modelByVersion, type Db, type StoredAssessment } from '../../storage/index.ts';
import { isRiskModelDocument, loadRiskModel, type LoadedRiskModel } from './risk-model.ts';

interface StoredExplanation {
  readonly text: string;
  readonly reasons: readonly Reason[];
  readonly method?: string;
}

/** Loaded models by agency and version (a model version never changes once stored). */
export function createExactExplainer() {
  const models = new Map<string, LoadedRiskModel>();
  const modelOf = async (db: Db, agencyId: string, version: string) => {
    const key = `${agencyId}|${version}`;
    const cached = models.get(key);
    if (cached) return cached;
    const stored = await modelByVersion(db, agencyId, version);
    if (!stored || !isRiskModelDocument(stored.document)) return undefined;
    const model = loadRiskModel(stored.document, stored.version, stored.modelHash);
    models.set(key, model);
    return model;
  };
  return async (db: Db, a: StoredAssessment, values: FeatureValues | undefined) => {
    const explanation = a.explanation as StoredExplanation | null;
    if (!a.modelVersion || !values || !explanation?.reasons) return a;
    const model = await modelOf(db, a.agencyId, a.modelVersion);
    if (!model) return a;
    const config = DEFAULT_ASSESSMENT_CONFIG;
    const exact = model.exact({
      billNumber: a.billNumber,
      containerNumber: a.containerNumber,
      values,
    });
    const record = values as Readonly<Record<string, unknown>>;
    const others = explanation.reasons.filter((r) => r.kind !== 'model');
    const held = others.filter((r) => r.kind === 'lookout' && r.text.includes('(mandatory hold)'));
    const reasons = [...others, ...modelReasons(exact, (f) => record[f], config)].slice(
      0,
      Math.max(config.maxReasons, held.length),
    );
    const text = explanationText(a.band as RiskBand, a.score, a.mandatoryHold, reasons);
    return { ...a, explanation: { ...explanation, reasons, text, method: 'tree-shap' } };
  };
}
