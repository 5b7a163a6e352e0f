/**
 * The bundled default rule set (data/rules/default-rules.json), used until an agency activates
 * one of its own.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unwrap } from '../../core/result.ts';
import { parseRuleSetJson } from '../../risk/rules/parse-rule-set.ts';
import type { RuleSet } from '../../risk/rules/rule.ts';

const PATH = fileURLToPath(new URL('../../../data/rules/default-rules.json', import.meta.url));

let cached: { text: string; set: RuleSet } | undefined;

export function defaultRuleSet(): { text: string; set: RuleSet } {
  if (!cached) {
    const text = readFileSync(PATH, 'utf8');
    cached = { text, set: unwrap(parseRuleSetJson(text, 'default-rules.json')) };
  }
  return cached;
}
