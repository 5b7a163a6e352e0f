/**
 * Running a rule set: compile every rule once, then for each container return the rules in
 * force that fired, with their weights and rendered reasons, and the combined rule score
 * (1 − Π(1 − weight): independent pieces of evidence, never above 1).
 */
import { compileCondition, type CompiledCondition } from './compile-condition.ts';
import type { FeatureRecord } from './evaluate-condition.ts';
import { compileReason } from './reason-template.ts';
import { isRuleInForce, type CheckedRule, type RuleSet } from './rule.ts';

export interface CompiledRule {
  readonly rule: CheckedRule;
  readonly test: CompiledCondition;
  readonly reason: (values: FeatureRecord) => string;
}

export interface CompiledRuleSet {
  readonly id: string;
  readonly version: string;
  readonly rules: readonly CompiledRule[];
}

export interface FiredRule {
  readonly id: string;
  readonly version: number;
  readonly owner: string;
  readonly title: string;
  readonly weight: number;
  readonly reason: string;
}

export interface RuleEvaluation {
  readonly ruleSetId: string;
  readonly ruleSetVersion: string;
  /** Fired rules, heaviest first. */
  readonly fired: readonly FiredRule[];
  readonly score: number;
}

/** Compiles the rules that can ever be in force (drafts and retired rules are left out). */
export function compileRuleSet(set: RuleSet): CompiledRuleSet {
  const rules = set.rules
    .filter((r) => r.definition.status === 'active')
    .map((rule) => ({
      rule,
      test: compileCondition(rule.condition),
      reason: compileReason(rule.definition.reason),
    }));
  return { id: set.id, version: set.version, rules };
}

export function evaluateRuleSet(
  set: CompiledRuleSet,
  values: FeatureRecord,
  at: number,
): RuleEvaluation {
  const fired: FiredRule[] = [];
  let miss = 1;
  for (const { rule, test, reason } of set.rules) {
    if (!isRuleInForce(rule, at) || !test(values)) continue;
    const d = rule.definition;
    miss *= 1 - d.weight;
    fired.push({
      id: d.id,
      version: d.version,
      owner: d.owner,
      title: d.title,
      weight: d.weight,
      reason: reason(values),
    });
  }
  if (fired.length > 1) fired.sort((a, b) => b.weight - a.weight);
  return { ruleSetId: set.id, ruleSetVersion: set.version, fired, score: 1 - miss };
}
