/**
 * Running a rule set: compile every rule once, then for each container return the rules in
 * force that fired, with their weights and rendered reasons, and the combined rule score
 * (1 − Π(1 − weight): independent pieces of evidence, never above 1).
 */
import type { CompiledCondition } from './compile-condition.ts';
import { generateCondition } from './generate-condition.ts';
import type { FeatureRecord } from './evaluate-condition.ts';
import { compileReason } from './reason-template.ts';
import type { CheckedRule, RuleSet } from './rule.ts';

export interface CompiledRule {
  readonly rule: CheckedRule;
  readonly test: CompiledCondition;
  readonly reason: (values: FeatureRecord) => string;
  /** Validity bounds, copied flat for the per-container loop. */
  readonly from: number;
  readonly to: number;
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
      test: generateCondition(rule.condition),
      reason: compileReason(rule.definition.reason),
      from: rule.validFromMs,
      to: rule.validToMs,
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
  const rules = set.rules;
  for (let i = 0; i < rules.length; i++) {
    // Only active rules are compiled: in force means within the validity period.
    const { rule, test, reason, from, to } = rules[i]!;
    if (at < from || at >= to || !test(values)) continue;
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
