/**
 * The active rule set and model of an agency, compiled once per version and cached: a rule set
 * by its stored id, a model by its hash, and the row scorer of each pair. All of them share one
 * feature dictionary for the life of the process. The agency's band thresholds are calibrated
 * on its recent scores and refreshed every ten minutes. Scoring asks once per job.
 */
import { AppError } from '../../core/app-error.ts';
import {
  createFeatureDictionary,
  type FeatureDictionary,
} from '../../risk/features/feature-dictionary.ts';
import { parseRuleSet } from '../../risk/rules/parse-rule-set.ts';
import { compileRowRuleSet, type RowRuleSet } from '../../risk/rules/row-rule-set.ts';
import { createRowScorer, type RowScorer } from '../../risk/scoring/row-scorer.ts';
import { activeModel, activeRuleSet, recentScores, type Db } from '../../storage/index.ts';
import {
  DEFAULT_ASSESSMENT_CONFIG,
  type AssessmentConfig,
} from '../../risk/assessment/assessment-config.ts';
import { calibrateBands } from '../../risk/assessment/band-calibration.ts';
import { defaultRuleSet } from './default-rule-set.ts';
import { isRiskModelDocument, loadRiskModel, type LoadedRiskModel } from './risk-model.ts';

export interface ActiveVersions {
  /** Band thresholds calibrated on the agency's recent scores (see band-calibration.ts). */
  readonly bands: AssessmentConfig;
  readonly rules: RowRuleSet;
  readonly model: LoadedRiskModel | undefined;
  readonly scorer: RowScorer;
  readonly dictionary: FeatureDictionary;
}

/** Scores the bands are calibrated on, and how long a calibration holds. */
const CALIBRATION_SCORES = 20_000;
const BANDS_REFRESH_MS = 10 * 60_000;

export function createVersionCache() {
  const dictionary = createFeatureDictionary();
  const rules = new Map<string, RowRuleSet>();
  const models = new Map<string, LoadedRiskModel>();
  const scorers = new Map<string, RowScorer>();
  const bands = new Map<string, { at: number; config: AssessmentConfig }>();
  const bandsOf = async (db: Db, agencyId: string, now: number) => {
    const known = bands.get(agencyId);
    if (known && now - known.at < BANDS_REFRESH_MS) return known.config;
    const scores = await recentScores(db, agencyId, CALIBRATION_SCORES);
    const config = calibrateBands(scores, DEFAULT_ASSESSMENT_CONFIG);
    bands.set(agencyId, { at: now, config });
    return config;
  };
  return async (db: Db, agencyId: string, now = Date.now()): Promise<ActiveVersions> => {
    const storedRules = await activeRuleSet(db, agencyId);
    const key = storedRules?.id ?? 'default';
    let compiled = rules.get(key);
    if (!compiled) {
      const set = storedRules ? ruleSetOf(storedRules.document) : defaultRuleSet().set;
      compiled = compileRowRuleSet(set, dictionary);
      rules.set(key, compiled);
    }
    const stored = await activeModel(db, agencyId);
    let model: LoadedRiskModel | undefined;
    if (stored) {
      model = models.get(stored.modelHash);
      if (!model) {
        if (!isRiskModelDocument(stored.document)) {
          throw new AppError('internal_error', `model ${stored.version} is not a risk model`);
        }
        model = loadRiskModel(stored.document, stored.version, stored.modelHash);
        models.set(stored.modelHash, model);
      }
    }
    const pair = `${key}|${model?.hash ?? ''}`;
    let scorer = scorers.get(pair);
    if (!scorer) {
      scorer = createRowScorer(compiled, model?.rowModel(dictionary));
      scorers.set(pair, scorer);
    }
    return { bands: await bandsOf(db, agencyId, now), rules: compiled, model, scorer, dictionary };
  };
}

function ruleSetOf(document: unknown) {
  const parsed = parseRuleSet(document);
  if (!parsed.ok) throw new AppError('internal_error', 'the active rule set no longer parses');
  return parsed.value;
}
