/**
 * A rule set compiled over feature rows (generate-row-program.ts): the fast path of scoring.
 * Same result as evaluateRuleSet over the feature record — the rules in force that fired,
 * heaviest first, with rendered reasons, and 1 − Π(1 − weight) — for a fraction of the cost:
 * no feature record is built, all rules run in one generated function, and fired rules are
 * indexes in a reused array until a caller asks for more.
 */
import type { FeatureDictionary } from '../features/feature-dictionary.ts';
import { generateRowProgram, type RowRuleProgram } from './generate-row-program.ts';
import type { FiredRule, RuleEvaluation } from './rule-set-evaluator.ts';
import type { CheckedRule, RuleSet } from './rule.ts';
import { renderRowReason, rowReasonTemplate, type RowReasonTemplate } from './row-reason.ts';

export interface RowRule {
  readonly rule: CheckedRule;
  readonly weight: number;
  /** The reason text for a row; `constantReason` when no placeholder of the template reads the
   *  row. */
  readonly reason: (row: Float64Array) => string;
  readonly constantReason: string | undefined;
  /** The reason template split once, for callers that word it their own way. */
  readonly template: RowReasonTemplate;
}

export interface RowRuleSet {
  readonly id: string;
  readonly version: string;
  /** The active rules, in rule-set order (the index `fired` cells hold). */
  readonly rules: readonly RowRule[];
  readonly program: RowRuleProgram;
  /** Position of each rule when sorted heaviest first (ties in rule-set order). */
  readonly rank: Int32Array;
  readonly dictionary: FeatureDictionary;
}

/** The rules that fired on one row: a buffer reused from row to row by its owner. */
export interface RowRuleHits {
  /** Indexes into `rules` of the fired rules, heaviest first; `count` cells are meaningful. */
  readonly fired: Int32Array;
  count: number;
  /** 1 − Π(1 − weight) over the fired rules. */
  score: number;
}

export function compileRowRuleSet(set: RuleSet, dictionary: FeatureDictionary): RowRuleSet {
  const active = set.rules.filter((r) => r.definition.status === 'active');
  const rules = active.map((rule) => {
    const template = rowReasonTemplate(rule.definition.reason, dictionary);
    const constant = template.cells.length === 0 ? template.pieces[0]! : undefined;
    return {
      rule,
      weight: rule.definition.weight,
      reason:
        constant === undefined
          ? (row: Float64Array) => renderRowReason(template, row)
          : () => constant,
      constantReason: constant,
      template,
    };
  });
  const program = generateRowProgram(
    active.map((r) => ({ condition: r.condition, from: r.validFromMs, to: r.validToMs })),
    dictionary,
  );
  // Array.prototype.sort is stable: equal weights keep rule-set order, as evaluateRuleSet's do.
  const order = rules.map((_, i) => i).sort((a, b) => rules[b]!.weight - rules[a]!.weight);
  const rank = new Int32Array(rules.length);
  order.forEach((rule, position) => (rank[rule] = position));
  return { id: set.id, version: set.version, rules, program, rank, dictionary };
}

export function createRowRuleHits(set: RowRuleSet): RowRuleHits {
  return { fired: new Int32Array(set.rules.length), count: 0, score: 0 };
}

/** Runs the rules in force at `at` over `row` into `hits`. */
export function fireRowRules(
  set: RowRuleSet,
  row: Float64Array,
  at: number,
  hits: RowRuleHits,
): void {
  const fired = hits.fired;
  const n = set.program(row, at, fired);
  // The score multiplies in rule-set order, as evaluateRuleSet does (same rounding).
  let miss = 1;
  for (let i = 0; i < n; i++) miss *= 1 - set.rules[fired[i]!]!.weight;
  // Heaviest first: an insertion sort by rank of the few that fired.
  const rank = set.rank;
  for (let i = 1; i < n; i++) {
    const x = fired[i]!;
    let j = i - 1;
    while (j >= 0 && rank[fired[j]!]! > rank[x]!) fired[j + 1] = fired[j--]!;
    fired[j + 1] = x;
  }
  hits.count = n;
  hits.score = 1 - miss;
}

/** The whole evaluation, as evaluateRuleSet returns it over the feature record. */
export function evaluateRowRules(set: RowRuleSet, row: Float64Array, at: number): RuleEvaluation {
  const hits = createRowRuleHits(set);
  fireRowRules(set, row, at, hits);
  const fired: FiredRule[] = [];
  for (let i = 0; i < hits.count; i++) {
    const r = set.rules[hits.fired[i]!]!;
    const d = r.rule.definition;
    fired.push({
      id: d.id,
      version: d.version,
      owner: d.owner,
      title: d.title,
      weight: d.weight,
      reason: r.reason(row),
    });
  }
  return { ruleSetId: set.id, ruleSetVersion: set.version, fired, score: hits.score };
}
