/**
 * Analyst rules: declarative, versioned, owned by an agency, valid for a period, with a weight
 * and a reason text whose {feature} placeholders are filled with the container's values (in
 * English, and in the languages the rule gives translations for).
 */
import type { Condition } from './condition.ts';
import type { ReasonTranslations } from './reason-translations.ts';

export const RULE_STATUSES = ['draft', 'active', 'retired'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** A rule as written (JSON or YAML). */
export interface RuleDefinition {
  readonly id: string;
  readonly version: number;
  /** Agency that owns the rule and alone may change it. */
  readonly owner: string;
  readonly title: string;
  /** Reason shown in explanations, e.g. "Bananas from {originCountry} via {transshipmentPorts}". */
  readonly reason: string;
  /** The reason in other languages (fr, nl), with the same placeholders; English otherwise. */
  readonly reasonTranslations?: ReasonTranslations;
  /** Strength in (0, 1]: the share of risk the rule adds when it fires. */
  readonly weight: number;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly status: RuleStatus;
  /** The condition in the rule language (see docs/rules.md). */
  readonly condition: string;
  /** Where the typology comes from (report, year, page). */
  readonly source?: string;
  readonly tags?: readonly string[];
}

/** A rule whose condition parsed and type-checked. */
export interface CheckedRule {
  readonly definition: RuleDefinition;
  readonly condition: Condition;
  /** Validity bounds in epoch milliseconds (from inclusive, to exclusive). */
  readonly validFromMs: number;
  readonly validToMs: number;
}

export interface RuleSet {
  readonly id: string;
  readonly version: string;
  readonly rules: readonly CheckedRule[];
}

/** Whether a rule applies at a moment: active, and within its validity period. */
export function isRuleInForce(rule: CheckedRule, at: number): boolean {
  return rule.definition.status === 'active' && at >= rule.validFromMs && at < rule.validToMs;
}
