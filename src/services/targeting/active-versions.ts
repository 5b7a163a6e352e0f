/**
 * The active rule set and model of an agency, compiled once per version and cached: a rule set
 * by its stored id, a model by its hash, and the row scorer of each pair. All of them share one
 * feature dictionary for the life of the process. Scoring asks for them once per job.
 */
import { AppError } from '../../core/app-error.ts';
import {
  createFeatureDictionary,
  type FeatureDictionary,
} from '../../risk/features/feature-dictionary.ts';
import { parseRuleSet } from '../../risk/rules/parse-rule-set.ts';
import { compileRowRuleSet, type RowRuleSet } from '../../risk/rules/row-rule-set.ts';
import { createRowScorer, type RowScorer } from '../../risk/scoring/row-scorer.ts';
import { activeModel, activeRuleSet, type Db } from '../../storage/index.ts';
import { defaultRuleSet } from './default-rule-set.ts';
import { isRiskModelDocument, loadRiskModel, type LoadedRiskModel } from './risk-model.ts';

export interface ActiveVersions {
  readonly rules: RowRuleSet;
  readonly model: LoadedRiskModel | undefined;
  readonly scorer: RowScorer;
  readonly dictionary: FeatureDictionary;
}

export function createVersionCache() {
  const dictionary = createFeatureDictionary();
  const rules = new Map<string, RowRuleSet>();
  const models = new Map<string, LoadedRiskModel>();
  const scorers = new Map<string, RowScorer>();
  return async (db: Db, agencyId: string): Promise<ActiveVersions> => {
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
    return { rules: compiled, model, scorer, dictionary };
  };
}

function ruleSetOf(document: unknown) {
  const parsed = parseRuleSet(document);
  if (!parsed.ok) throw new AppError('internal_error', 'the active rule set no longer parses');
  return parsed.value;
}
