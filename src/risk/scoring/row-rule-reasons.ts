/**
 * The fired rules' reasons as an explanation words them (ruleReasonText: "Rule ID: " and the
 * reason as a clause, without its final full stop), prepared per rule once: a reason without
 * placeholders is one shared Reason (assessments are read-only); one with placeholders is its
 * template with "Rule ID: " joined to the first piece and the full stop taken off the last, so
 * that filling it for a row gives the text at once.
 */
import {
  reasonClause,
  ruleReasonHead,
  ruleReasonText,
  type Reason,
} from '../assessment/explanation.ts';
import type { RowRuleSet } from '../rules/row-rule-set.ts';
import { renderRowReason, type RowReasonTemplate } from '../rules/row-reason.ts';

/** The reason of rule `k` (index into the rule set's rules) for `row`. */
export type RowRuleReasons = (k: number, row: Float64Array) => Reason;

type Prepared =
  | { readonly kind: 'constant'; readonly reason: Reason }
  | { readonly kind: 'template'; readonly template: RowReasonTemplate }
  /** The full stop would come from a value: the reason is rendered, then made a clause. */
  | { readonly kind: 'rendered' };

export function createRowRuleReasons(rules: RowRuleSet): RowRuleReasons {
  const prepared = rules.rules.map((r): Prepared => {
    const id = r.rule.definition.id;
    if (r.constantReason !== undefined)
      return {
        kind: 'constant',
        reason: { kind: 'rule', ref: id, text: ruleReasonText(id, r.constantReason) },
      };
    const { pieces } = r.template;
    const last = pieces[pieces.length - 1]!;
    if (last === '') return { kind: 'rendered' };
    const words = [ruleReasonHead(id) + pieces[0]!, ...pieces.slice(1, -1), reasonClause(last)];
    return { kind: 'template', template: { ...r.template, pieces: words } };
  });
  return (k, row) => {
    const p = prepared[k]!;
    if (p.kind === 'constant') return p.reason;
    const r = rules.rules[k]!;
    const id = r.rule.definition.id;
    const text =
      p.kind === 'template' ? renderRowReason(p.template, row) : ruleReasonText(id, r.reason(row));
    return { kind: 'rule', ref: id, text };
  };
}
