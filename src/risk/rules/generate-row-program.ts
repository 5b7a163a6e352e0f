/**
 * All rules of a set compiled into ONE function over the feature row: each rule's condition as
 * generate-row-condition.ts emits it, behind its validity check, writing the rule's index into a
 * reused Int32Array when it fires. One call per container instead of one per rule, and no array
 * of results. The source holds only row indexes, finite number literals, and reads of the
 * constants array (validity bounds) and the helpers array (string and set tests) by index.
 */
import type { FeatureDictionary } from '../features/feature-dictionary.ts';
import { emitRowCondition, RowEmitter, type Helper } from './generate-row-condition.ts';
import type { Condition } from './condition.ts';

export interface ProgramRule {
  readonly condition: Condition;
  /** In force from (inclusive) … to (exclusive), in ms since the epoch; may be ±Infinity. */
  readonly from: number;
  readonly to: number;
}

/** Writes the index of every rule in force at `at` that holds on `row` into `fired`, in rule
 *  order; returns how many. `fired` must hold one cell per rule. */
export type RowRuleProgram = (row: Float64Array, at: number, fired: Int32Array) => number;

export function generateRowProgram(
  rules: readonly ProgramRule[],
  dictionary: FeatureDictionary,
): RowRuleProgram {
  const e = new RowEmitter(dictionary);
  const constants: number[] = [];
  const constant = (x: number) => `k[${constants.push(x) - 1}]`;
  const lines = rules.map((rule, i) => {
    // Written as the negation of "not yet / no longer in force", as rule-set-evaluator.ts has it.
    const from = rule.from === -Infinity ? '' : `!(at < ${constant(rule.from)}) && `;
    const test = `${from}!(at >= ${constant(rule.to)}) && ${emitRowCondition(rule.condition, e)}`;
    return `if (${test}) f[n++] = ${i};`;
  });
  const body = `let n = 0;\n${lines.join('\n')}\nreturn n;`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function('h', 'k', `return function rowRules(r, at, f) { ${body} };`) as (
    h: Helper[],
    k: Float64Array,
  ) => RowRuleProgram;
  return make(e.helpers, Float64Array.from(constants));
}
