/**
 * All rules of a set compiled into ONE function over the feature row: each rule's condition as
 * generate-row-condition.ts emits it, writing the rule's index into a reused Int32Array when it
 * fires. One call per container instead of one per rule, and no array of results. Which rules
 * are in force is decided once per scoring time, not per row: the function holds only the rules
 * in force, one function per distinct set of them, made when first needed (a rule set has few:
 * its validity dates cut time into a handful of spans). The source holds only row indexes,
 * finite number literals, and reads of the helpers array (string and set tests) by index.
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

/** The rules in force, over a row. */
type InForceProgram = (row: Float64Array, fired: Int32Array) => number;

function generateInForce(
  rules: readonly ProgramRule[],
  inForce: readonly boolean[],
  dictionary: FeatureDictionary,
): InForceProgram {
  const e = new RowEmitter(dictionary);
  const lines = rules.flatMap((rule, i) =>
    inForce[i] ? [`if (${emitRowCondition(rule.condition, e)}) f[n++] = ${i};`] : [],
  );
  const body = `let n = 0;\n${lines.join('\n')}\nreturn n;`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function('h', `return function rowRules(r, f) { ${body} };`) as (
    h: Helper[],
  ) => InForceProgram;
  return make(e.helpers);
}

export function generateRowProgram(
  rules: readonly ProgramRule[],
  dictionary: FeatureDictionary,
): RowRuleProgram {
  const programs = new Map<string, InForceProgram>();
  const programAt = (at: number) => {
    // Written as the negation of "not yet / no longer in force", as rule-set-evaluator.ts has it.
    const inForce = rules.map((r) => !(at < r.from) && !(at >= r.to));
    const key = inForce.map(Number).join('');
    let program = programs.get(key);
    if (!program) programs.set(key, (program = generateInForce(rules, inForce, dictionary)));
    return program;
  };
  let lastAt = NaN;
  let current: InForceProgram | undefined;
  return (row, at, fired) => {
    if (current === undefined || at !== lastAt) {
      current = programAt(at);
      lastAt = at;
    }
    return current(row, fired);
  };
}
