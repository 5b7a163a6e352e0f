/**
 * The active rule set and model of an agency, compiled once per version and cached: a rule set
 * by its stored id, a model by its hash. Scoring asks for them once per job.
 */
import { AppError } from '../../core/app-error.ts';
import { parseRuleSet } from '../../risk/rules/parse-rule-set.ts';
import { compileRuleSet, type CompiledRuleSet } from '../../risk/rules/rule-set-evaluator.ts';
import { activeModel, activeRuleSet, type Db } from '../../storage/index.ts';
import { defaultRuleSet } from './default-rule-set.ts';
import { isRiskModelDocument, loadRiskModel, type LoadedRiskModel } from './risk-model.ts';

export interface ActiveVersions {
  readonly rules: CompiledRuleSet;
  readonly model: LoadedRiskModel | undefined;
}

export function createVersionCache() {
  const rules = new Map<string, CompiledRuleSet>();
  const models = new Map<string, LoadedRiskModel>();
  return async (db: Db, agencyId: string): Promise<ActiveVersions> => {
    const storedRules = await activeRuleSet(db, agencyId);
    const key = storedRules?.id ?? 'default';
    let compiled = rules.get(key);
    if (!compiled) {
      compiled = compileRuleSet(
        storedRules ? ruleSetOf(storedRules.document) : defaultRuleSet().set,
      );
      rules.set(key, compiled);
    }
    const stored = await activeModel(db, agencyId);
    if (!stored) return { rules: compiled, model: undefined };
    let model = models.get(stored.modelHash);
    if (!model) {
      if (!isRiskModelDocument(stored.document)) {
        throw new AppError('internal_error', `model ${stored.version} is not a risk model`);
      }
      model = loadRiskModel(stored.document, stored.version, stored.modelHash);
      models.set(stored.modelHash, model);
    }
    return { rules: compiled, model };
  };
}

function ruleSetOf(document: unknown) {
  const parsed = parseRuleSet(document);
  if (!parsed.ok) throw new AppError('internal_error', 'the active rule set no longer parses');
  return parsed.value;
}
